package org.articleatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogAndReferenceFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsTheCatalogWithDefaultsForWhatItLeavesOut() throws Exception {
        Files.writeString(dir.resolve("catalog.json"), """
                {"layers": [
                  {"name": "countries", "file": "c.geojson", "kind": "countries", "title_fr": "Pays",
                   "style": {"fill": "#ffffff", "stroke_width": 0.5}},
                  {"file": "extra.geojson.gz", "kind": "volcanoes", "visible": false}
                ]}""", StandardCharsets.UTF_8);
        LayerCatalog catalog = LayerCatalog.read(dir);
        CatalogEntry countries = catalog.entryFor("c.geojson").orElseThrow();
        assertThat(countries.kind()).isEqualTo(LayerKind.COUNTRIES);
        assertThat(countries.title("fr")).isEqualTo("Pays");
        assertThat(countries.title("en")).isEqualTo("countries");
        assertThat(countries.style().fill()).contains("#ffffff");
        assertThat(countries.style().strokeWidth()).isEqualTo(0.5);
        CatalogEntry extra = catalog.entryFor("extra.geojson.gz").orElseThrow();
        assertThat(extra.name()).isEqualTo("extra");
        assertThat(extra.kind()).isEqualTo(LayerKind.OTHER);
        assertThat(extra.visible()).isFalse();
    }

    @Test
    void aFolderWithoutCatalogHasAnEmptyOne() throws Exception {
        assertThat(LayerCatalog.read(dir).entries()).isEmpty();
    }

    @Test
    void aBrokenCatalogIsNamedInOneLine() throws Exception {
        Files.writeString(dir.resolve("catalog.json"), "{\"layers\": [", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LayerCatalog.read(dir))
                .isInstanceOf(GeodataException.class)
                .hasMessageStartingWith(dir.resolve("catalog.json") + ": invalid catalog JSON")
                .hasMessageNotContaining("\n");
    }

    @Test
    void officialLengthsAreFoundWhicheverWayThePairIsAsked() throws Exception {
        Files.writeString(dir.resolve("border-lengths.json"), """
                {"source": "CIA World Factbook", "borders": [
                  {"a": "AF", "b": "TJ", "length_km": 1357, "source": "Factbook: Tajikistan"},
                  {"a": "CN", "b": "KG", "length_km": 1063}
                ]}""", StandardCharsets.UTF_8);
        OfficialBorderLengths lengths = OfficialBorderLengths.read(dir);
        assertThat(lengths.lookup("TJ", "AF").orElseThrow().lengthKm()).isEqualTo(1357);
        assertThat(lengths.lookup("TJ", "AF").orElseThrow().source()).isEqualTo("Factbook: Tajikistan");
        assertThat(lengths.lookup("kg", "cn").orElseThrow().source()).isEqualTo("CIA World Factbook");
        assertThat(lengths.lookup("AF", "CN")).isEmpty();
    }
}
