package org.articleatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision and recall on the held-out passages written by annotators who had not read the
 * geoparser, as floors at the figures measured when they were last improved
 * (docs/benchmarks.md): a change that loses ground on them fails here.
 */
class GeoparseHeldOutTest {

    private static final Path PASSAGES = Path.of("src/test/resources/org/articleatlas/geoparse");

    @ParameterizedTest(name = "{0} {1} passages: precision ≥ {2}, recall ≥ {3}")
    @CsvSource({
            // Lowered in h-mouths: rivers sit at their mouth, this annotator marks them mid-course (heldout2/README.md)
            "heldout, fr-, 0.945, 0.945",
            "heldout, en-, 0.961, 0.937",
            "heldout2, fr-, 0.971, 0.966",
            // Precision lowered by one mention on 2026-11-24: "known to U.S. soldiers as K2" (the Karshi-Khanabad base's
            // nickname) is now read as the peak, since two-letter feature names are read; the gold marks no place there.
            "heldout2, en-, 0.961, 0.965",
            "heldout3, fr-, 0.970, 0.970",
            "heldout3, en-, 0.963, 0.963",
            "heldout4, fr-, 0.977, 0.988",
            "heldout4, en-, 0.980, 0.990",
            "heldout5, fr-, 0.949, 0.967",
            "heldout5, en-, 0.980, 0.955",
            "heldout6, fr-, 0.975, 0.936",
            "heldout6, en-, 0.999, 0.975",
            "heldout7, fr-, 0.966, 0.920",
            "heldout7, en-, 0.978, 0.885",
            "heldout8, fr-, 0.963, 0.888",
            "heldout8, en-, 0.963, 0.918",
            "heldout9, fr-, 0.980, 0.944",
            "heldout9, en-, 0.958, 0.969",
            "heldout10, fr-, 0.978, 0.933",
            "heldout10, en-, 0.951, 0.916",
            "heldout11, fr-, 0.952, 0.919",
            "heldout11, en-, 0.959, 0.864",
            "heldout12, fr-, 0.953, 0.916",
            "heldout12, en-, 0.945, 0.910",
            "heldout13, fr-, 0.944, 0.879",
            "heldout13, en-, 0.962, 0.856",
            // Study sets written blind on 2026-11-24 (h-eval14, h-eval15, h-eval16: English only); first measures in
            // docs/benchmarks.md, before any change made after reading them.
            "heldout14, fr-, 0.962, 0.952",
            "heldout14, en-, 0.980, 0.966",
            "heldout15, fr-, 0.927, 0.856",
            "heldout15, en-, 0.958, 0.907",
            "heldout16, en-, 0.955, 0.910",
    })
    void precisionAndRecallStayAtOrAboveTheirMeasuredFloor(String set, String language, double precision,
            double recall) throws Exception {
        GeoparseEvaluation.Score score = GeoparseEvaluation.run(RealAtlas.geoparser(), PASSAGES.resolve(set), language);
        // A failure on a set kept unseen must not print its passages' words, only its figures.
        String shown = UnseenSets.NAMES.contains(set) ? score.figures() : score.toString();
        assertThat(score.precision()).as(shown).isGreaterThanOrEqualTo(precision);
        assertThat(score.recall()).as(shown).isGreaterThanOrEqualTo(recall);
    }
}
