package org.articleatlas.geodata.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class GeoJsonFeatureWriterTest {

    @TempDir
    Path dir;

    private final GeometryFactory factory = new GeometryFactory();

    /** A clockwise square, as shapefiles and TopoJSON from them store exterior rings. */
    private Polygon clockwiseSquare() {
        return factory.createPolygon(new Coordinate[] {new Coordinate(68.1234567, 38.0), new Coordinate(68.1234567, 39.0),
            new Coordinate(69.0, 39.0), new Coordinate(69.0, 38.0), new Coordinate(68.1234567, 38.0)});
    }

    private List<OutputFeature> features() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", "TJ");
        properties.put("iso_n3", null);
        properties.put("length_km", 1172.0);
        return List.of(new OutputFeature("TJ", properties, factory.createMultiPolygon(new Polygon[] {clockwiseSquare()})));
    }

    @Test
    void writesRoundedCoordinatesCounterClockwiseExteriorsAndPlainNumbers() throws Exception {
        Path file = dir.resolve("layer.geojson");
        new GeoJsonFeatureWriter().write(file, features());

        String json = Files.readString(file);
        assertThat(json).startsWith("{\"type\":\"FeatureCollection\",\"features\":[");
        assertThat(json).contains("{\"type\":\"Feature\",\"id\":\"TJ\",\"properties\":{\"id\":\"TJ\",\"iso_n3\":null,\"length_km\":1172}");
        assertThat(json).contains("\"coordinates\":[[[[68.12346,38],[69,38],[69,39],[68.12346,39],[68.12346,38]]]]");
    }

    @Test
    void writesTheSameGzipBytesEveryTime() throws Exception {
        Path first = dir.resolve("first.geojson.gz");
        Path second = dir.resolve("second.geojson.gz");
        new GeoJsonFeatureWriter().write(first, features());
        Thread.sleep(1100);
        new GeoJsonFeatureWriter().write(second, features());

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(first))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("\"id\":\"TJ\"");
        }
        assertThat(Files.list(dir)).hasSize(2);
    }
}
