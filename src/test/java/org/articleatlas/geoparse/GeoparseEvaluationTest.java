package org.articleatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Precision and recall on passages the geoparser was not written against, in each language. */
class GeoparseEvaluationTest {

    private static final Path PASSAGES = Path.of("src/test/resources/org/articleatlas/geoparse/eval");

    @ParameterizedTest(name = "{0} passages")
    @ValueSource(strings = {"fr-", "en-"})
    void precisionAndRecallAreAtLeastNinetyPercent(String language) throws Exception {
        GeoparseEvaluation.Score score = GeoparseEvaluation.run(RealAtlas.geoparser(), PASSAGES, language);
        assertThat(score.precision()).as(score.toString()).isGreaterThanOrEqualTo(0.90);
        assertThat(score.recall()).as(score.toString()).isGreaterThanOrEqualTo(0.90);
    }
}
