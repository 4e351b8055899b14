package org.articleatlas.geodata.geojson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Small literal GeoJSON files for the tests. */
final class GeoJsonFixtures {

    /**
     * Three countries: a Polygon with a string id, a MultiPolygon with a number id, a Polygon
     * with no id; properties that exercise every inferred type.
     */
    static final String COUNTRIES = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "id": "TJ",
               "properties": {"name": "Tajikistan", "iso_a2": "TJ", "pop": 9750000, "area": 143100,
                              "member": true, "tags": ["asia", "landlocked"], "meta": {"capital": "Dushanbe"},
                              "mixed": 1},
               "geometry": {"type": "Polygon",
                            "coordinates": [[[67, 37], [75, 37], [75, 41], [67, 41], [67, 37]]]}},
              {"type": "Feature", "id": 42,
               "geometry": {"type": "MultiPolygon",
                            "coordinates": [[[[-5, 42], [8, 42], [8, 51], [-5, 51], [-5, 42]]],
                                            [[[8.5, 41.3], [9.6, 41.3], [9.6, 43], [8.5, 43], [8.5, 41.3]]]]},
               "properties": {"name": "France", "iso_a2": "FR", "pop": 68000000, "area": 551695.5,
                              "member": false, "extra": "only here", "mixed": "one"}},
              {"type": "Feature",
               "properties": {"name": "Nowhere", "iso_a2": null, "pop": 1, "area": 2, "mixed": true},
               "geometry": {"coordinates": [[[-20, -10], [-18, -10], [-18, -8], [-20, -10]]], "type": "Polygon"}}
            ]}
            """;

    private GeoJsonFixtures() {
    }

    static Path write(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        if (name.endsWith(".gz")) {
            Files.write(file, gzip(text.getBytes(StandardCharsets.UTF_8)));
        } else {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        return file;
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    /** A feature collection around the given features' JSON. */
    static String collection(String... features) {
        return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",\n", features) + "]}";
    }

    static String feature(String id, String geometry) {
        return "{\"type\": \"Feature\", \"id\": \"" + id + "\", \"properties\": {}, \"geometry\": " + geometry + "}";
    }

    static String point(double lon, double lat) {
        return "{\"type\": \"Point\", \"coordinates\": [" + lon + ", " + lat + "]}";
    }
}
