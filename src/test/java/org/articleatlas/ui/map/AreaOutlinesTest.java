package org.articleatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerSet;
import org.articleatlas.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class AreaOutlinesTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @Test
    void namedCountriesAndRegionsHaveOutlinesSimpleEnoughToRedrawOnEveryPan() throws Exception {
        try (LayerSet layers = new LayerLoader(LayerLoader.Reading.WHEN_USED).open(List.of(Path.of("geodata")))) {
            AreaOutlines outlines = AreaOutlines.read(layers);

            Geometry tajikistan = outlines.outline("country:TJ").orElseThrow();
            Geometry russia = outlines.outline("country:RU").orElseThrow();
            Geometry centralAsia = outlines.outline("region:central-asia").orElseThrow();

            assertThat(tajikistan.covers(GEOMETRY.createPoint(new Coordinate(68.78, 38.56)))).as("Dushanbe").isTrue();
            assertThat(centralAsia.covers(GEOMETRY.createPoint(new Coordinate(74.59, 42.87)))).as("Bishkek").isTrue();
            assertThat(centralAsia.covers(GEOMETRY.createPoint(new Coordinate(37.62, 55.75)))).as("Moscow").isFalse();
            assertThat(russia.getNumPoints()).isBetween(500, 6000);
            assertThat(outlines.outline("country:ZZ")).isEmpty();
        }
    }

    @Test
    void aUserLayerIsReadWithItsFeatureNamesInTheInterfaceLanguage(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("rivers.geojson");
        Files.writeString(file, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"name_en":"Amu Darya","name_fr":"Amou-Daria"},
                  "geometry":{"type":"LineString","coordinates":[[67.0,37.2],[66.0,38.5],[60.0,42.5]]}}]}
                """);
        try (LayerSet set = new LayerLoader().openFiles(List.of(file))) {
            Overlay french = Overlay.read(set.layers().get(0), Language.FRENCH);
            Overlay english = Overlay.read(set.layers().get(0), Language.ENGLISH);

            assertThat(french.features()).hasSize(1);
            assertThat(french.features().get(0).name()).contains("Amou-Daria");
            assertThat(english.features().get(0).name()).contains("Amu Darya");
            assertThat(french.title(Language.FRENCH)).isEqualTo("rivers");
            assertThat(french.id()).isEqualTo(file.toAbsolutePath().toString());
        }
    }

    @Test
    void aFileThatIsNotALayerIsAProblemNamingIt(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("notes.geojson");
        Files.writeString(file, "this is not JSON");

        try (LayerSet set = new LayerLoader().openFiles(List.of(file))) {
            assertThat(set.layers()).isEmpty();
            assertThat(set.problems()).hasSize(1);
            assertThat(set.problems().get(0).message()).startsWith(file.toString());
        }
    }
}
