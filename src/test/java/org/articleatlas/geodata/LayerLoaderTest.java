package org.articleatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerLoaderTest {

    private static final String POINT = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "id": "a", "properties": {"name": "A"}, "geometry": {"type": "Point", "coordinates": [68.78, 38.56]}}
            ]}""";

    @TempDir
    Path dir;

    @Test
    void aBrokenLayerIsReportedInOneLineAndTheOthersLoad() throws Exception {
        Files.writeString(dir.resolve("good.geojson"), POINT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("truncated.geojson"), POINT.substring(0, 60), StandardCharsets.UTF_8);
        Files.write(dir.resolve("empty.geojson"), new byte[0]);
        Files.writeString(dir.resolve("banana.geojson"), "{\"type\": \"Banana\"}", StandardCharsets.UTF_8);
        try (LayerSet layers = new LayerLoader().open(List.of(dir))) {
            assertThat(layers.layers()).extracting(Layer::name).containsExactly("good");
            assertThat(layers.problems()).hasSize(3);
            assertThat(layers.problems()).allSatisfy(p -> {
                assertThat(p.message()).startsWith(p.file().toString() + ": ").doesNotContain("\n");
            });
        }
    }

    @Test
    void theCatalogNamesAndOrdersLayersAndAFolderOfTheUsersAddsItsOwn() throws Exception {
        Path extra = Files.createDirectory(dir.resolve("extra"));
        Files.writeString(dir.resolve("b.geojson"), POINT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.geojson"), POINT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("catalog.json"), """
                {"layers": [{"name": "bases", "file": "b.geojson", "kind": "landmarks"}]}""", StandardCharsets.UTF_8);
        Files.writeString(extra.resolve("mine.geojson"), POINT, StandardCharsets.UTF_8);
        try (LayerSet layers = new LayerLoader().open(List.of(dir, extra))) {
            assertThat(layers.layers()).extracting(Layer::name).containsExactly("bases", "a", "mine");
            assertThat(layers.firstOf(LayerKind.LANDMARKS).map(Layer::name)).contains("bases");
            assertThat(layers.named("mine").orElseThrow().features().getCount(org.geotools.api.data.Query.ALL)).isEqualTo(1);
        }
    }

    @Test
    void aFileHandedOverAloneIsALayerByTheFolderRule() throws Exception {
        Path downloaded = Files.writeString(dir.resolve("downloaded.json"), POINT, StandardCharsets.UTF_8);
        Path notes = Files.writeString(dir.resolve("notes.json"), "{\"articles\": []}", StandardCharsets.UTF_8);
        Path layer = Files.writeString(dir.resolve("Mine.GeoJSON"), "not even JSON", StandardCharsets.UTF_8);
        Path article = Files.writeString(dir.resolve("article.txt"), "Douchanbé", StandardCharsets.UTF_8);
        assertThat(LayerLoader.isLayerFile(downloaded)).isTrue();
        assertThat(LayerLoader.isLayerFile(layer)).as("a .geojson file is a layer, even a broken one").isTrue();
        assertThat(LayerLoader.isLayerFile(notes)).isFalse();
        assertThat(LayerLoader.isLayerFile(article)).isFalse();
        assertThat(LayerLoader.isLayerFile(dir.resolve("missing.json"))).isFalse();
    }

    @Test
    void aJsonFileIsALayerWhenItIsGeoJsonAndATableWhenItIsNot() throws Exception {
        Files.writeString(dir.resolve("downloaded.json"), POINT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("feature.json"), """
                {"properties": {"name": "B"}, "type": "Feature",
                 "geometry": {"type": "Point", "coordinates": [74.85, 42.85]}}""", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("lengths.json"), """
                {"source": "a table", "pairs": [{"type": "Point"}]}""", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("list.json"), "[1, 2]", StandardCharsets.UTF_8);
        try (LayerSet layers = new LayerLoader().open(List.of(dir))) {
            assertThat(layers.layers()).extracting(Layer::name).containsExactlyInAnyOrder("downloaded", "feature");
            assertThat(layers.problems()).isEmpty();
        }
    }

    @Test
    void aFolderThatDoesNotExistIsAProblemNotAFailure() {
        try (LayerSet layers = new LayerLoader().open(List.of(dir.resolve("nowhere")))) {
            assertThat(layers.layers()).isEmpty();
            assertThat(layers.problems()).extracting(LayerProblem::message).containsExactly(dir.resolve("nowhere") + ": no such folder");
        }
    }

    @Test
    void readingWhenUsedDefersAFileUntilItsFeaturesAreAskedFor() throws Exception {
        Files.writeString(dir.resolve("truncated.geojson"), POINT.substring(0, 60), StandardCharsets.UTF_8);
        try (LayerSet layers = new LayerLoader(LayerLoader.Reading.WHEN_USED).open(List.of(dir))) {
            assertThat(layers.problems()).isEmpty();
            Layer layer = layers.layers().get(0);
            org.assertj.core.api.Assertions.assertThatThrownBy(layer::features)
                    .hasMessageStartingWith(dir.resolve("truncated.geojson") + ": ");
        }
    }
}
