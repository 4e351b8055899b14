package org.articleatlas.geodata.geojson;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.geotools.api.feature.simple.SimpleFeature;

/**
 * Arbitrary bytes must either open or be refused with one line naming the file. Anything else
 * (an unchecked exception, a stack overflow, a multi-line message, a refusal made by the
 * reader's safety net for unchecked exceptions) is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ=1} this runs the seeds in
 * {@code src/test/resources/org/articleatlas/geodata/geojson/GeoJsonFuzzTestInputs/}.
 */
class GeoJsonFuzzTest {

    private static final String FILE = "fuzz.geojson";
    private static final long LIMIT = 1 << 20;

    @FuzzTest(maxDuration = "20s")
    @DictionaryEntries({"\"type\"", "\"FeatureCollection\"", "\"Feature\"", "\"features\"", "\"geometry\"",
        "\"properties\"", "\"coordinates\"", "\"geometries\"", "\"id\"", "\"crs\"", "\"Point\"", "\"MultiPoint\"",
        "\"LineString\"", "\"MultiLineString\"", "\"Polygon\"", "\"MultiPolygon\"", "\"GeometryCollection\"",
        "\"Topology\"", "[[", "]]", "[[[", "]]]", "null", "true", "1e999", "-180", "90.5", "NaN"})
    void opensAnyBytesOrRefusesThemWithOneLine(byte[] data) {
        readAndCheck(data, LIMIT);
        // A limit inside the input, so that the size guard is crossed mid-parse (or mid-inflate).
        readAndCheck(data, Math.max(1, data.length / 2));
    }

    private static void readAndCheck(byte[] data, long limit) {
        GeoJsonContent content;
        try {
            content = GeoJsonReader.read(FILE, new ByteArrayInputStream(data), "fuzz", limit);
        } catch (IOException e) {
            checkOneLine(e.getMessage(), e);
            // The reader's safety net turns unchecked exceptions into a refusal: still a bug.
            if (e.getCause() instanceof RuntimeException) {
                throw new AssertionError("the safety net caught a bug: " + e.getMessage(), e);
            }
            return;
        }
        for (String warning : content.warnings()) {
            checkOneLine(warning, null);
        }
        // Every stored row must make a feature of the inferred type.
        try (GeoJsonFeatureReader reader = new GeoJsonFeatureReader(content.featureType(), content.rows())) {
            while (reader.hasNext()) {
                SimpleFeature feature = reader.next();
                if (feature.getDefaultGeometry() == null) {
                    throw new AssertionError("a feature without geometry: " + feature.getID());
                }
            }
        }
    }

    private static void checkOneLine(String message, Throwable cause) {
        if (message == null || !message.startsWith(FILE + ": ") || message.contains("\n") || message.contains("\r")) {
            throw new AssertionError("not a one-line message naming the file: " + message, cause);
        }
    }
}
