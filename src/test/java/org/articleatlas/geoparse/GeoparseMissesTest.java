package org.articleatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoparseMissesTest {

    @TempDir
    Path dir;

    @Test
    void eachErrorIsSortedByWhatWouldMendIt() throws Exception {
        Files.writeString(dir.resolve("fr-01.txt"),
                "Des délégués de Douchanbé ont rencontré à Zorbaville des élus venus de Paris, puis visité Kant.",
                StandardCharsets.UTF_8);
        // Douchanbé is right; Zorbaville exists nowhere; Paris is not marked; this Kant is put far from Kyrgyzstan.
        Files.writeString(dir.resolve("fr-01.gold.tsv"), String.join("\n",
                "Douchanbé\t1\t38.56\t68.77\tTJ",
                "Zorbaville\t1\t-40.00\t-120.00\tXX",
                "Kant\t1\t-30.00\t-100.00\tXX"), StandardCharsets.UTF_8);
        GeoparseMisses misses = new GeoparseMisses(RealAtlas.geoparser(), RealAtlas.gazetteer());

        List<GeoparseMisses.Error> errors = misses.errors(dir, "fr-");

        assertThat(errors).extracting(GeoparseMisses.Error::surface, GeoparseMisses.Error::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Paris", GeoparseMisses.Kind.SPURIOUS),
                org.assertj.core.groups.Tuple.tuple("Kant", GeoparseMisses.Kind.WRONG_PLACE),
                org.assertj.core.groups.Tuple.tuple("Kant", GeoparseMisses.Kind.NOT_A_CANDIDATE),
                org.assertj.core.groups.Tuple.tuple("Zorbaville", GeoparseMisses.Kind.NAME_ABSENT));
        assertThat(GeoparseMisses.counts(errors)).containsEntry(GeoparseMisses.Kind.NAME_ABSENT, 1).hasSize(4);
        assertThat(GeoparseMisses.listed("mine", errors)).contains("mine/fr-01: « Zorbaville » "
                + GeoparseMisses.Kind.NAME_ABSENT.description);
        // Only the name absent from the data counts by country; Kant is in the data, under another place.
        assertThat(GeoparseMisses.absentByCountry(errors)).containsExactly(java.util.Map.entry("XX", 1));
    }

    @Test
    void theWordsOfAnUnseenSetAreNeverListed() {
        List<GeoparseMisses.Error> none = List.of();
        for (String set : UnseenSets.NAMES) {
            assertThatThrownBy(() -> GeoparseMisses.listed(set, none)).hasMessageContaining("kept unseen");
        }
    }
}
