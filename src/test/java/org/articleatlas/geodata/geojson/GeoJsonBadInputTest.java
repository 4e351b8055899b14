package org.articleatlas.geodata.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geotools.api.data.FileDataStore;
import org.geotools.api.data.FileDataStoreFinder;
import org.geotools.api.data.Query;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** Bad files are refused with one line; bad features are skipped or repaired with one line each. */
class GeoJsonBadInputTest {

    @TempDir
    Path folder;

    /** Opens {@code file} through the finder, expects a refusal, and checks a good file still opens. */
    private String refusal(Path file) throws IOException {
        FileDataStore store = FileDataStoreFinder.getDataStore(file.toFile());
        assertThat(store).as("the finder hands out a store; the refusal comes on first use").isNotNull();
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(store::getFeatureSource);
        assertThat(thrown).isInstanceOf(IOException.class);
        String message = thrown.getMessage();
        assertThat(message).doesNotContain("\n", "\r", "Exception", "\tat ");
        assertThatThrownBy(store::getSchema).isInstanceOf(IOException.class).hasMessage(message);
        assertGoodFileStillOpens();
        return message;
    }

    private void assertGoodFileStillOpens() throws IOException {
        Path good = GeoJsonFixtures.write(folder, "good.geojson", GeoJsonFixtures.COUNTRIES);
        assertThat(FileDataStoreFinder.getDataStore(good.toFile()).getFeatureSource().getCount(Query.ALL))
                .isEqualTo(3);
    }

    private Path write(String name, String text) throws IOException {
        return GeoJsonFixtures.write(folder, name, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "truncated JSON|{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\"|"
                + "the JSON ends too early (truncated file?) at line 1, column 62",
        "not JSON|hello world|not valid JSON: Unrecognized token 'hello': was expecting (JSON String, Number, "
                + "Array, Object or token 'null', 'true' or 'false') at line 1, column 7",
        "XML|<?xml version=\"1.0\"?><kml/>|not valid JSON: Unexpected character ('<' (code 60)): expected a valid "
                + "value (JSON String, Number, Array, Object or token 'null', 'true' or 'false') at line 1, column 1",
        "an array|[1, 2]|not GeoJSON: the document is an array, not an object",
        "white space only|`   `|the file holds only white space, no JSON",
        "no type|{\"features\": []}|not GeoJSON: the top-level object has no \"type\"",
        "type not a string|{\"type\": 7}|not GeoJSON: the top-level \"type\" is not a string",
        "wrong type|{\"type\": \"Banana\", \"features\": []}|not GeoJSON: \"type\" is \"Banana\"; expected "
                + "FeatureCollection, Feature or a geometry type",
        "TopoJSON|{\"type\": \"Topology\", \"objects\": {}, \"arcs\": []}|is TopoJSON (\"type\": \"Topology\"), "
                + "not GeoJSON; convert it to GeoJSON first",
        "no features|{\"type\": \"FeatureCollection\"}|not GeoJSON: the FeatureCollection has no \"features\"",
        "features not an array|{\"type\": \"FeatureCollection\", \"features\": {}}|not GeoJSON: the "
                + "FeatureCollection's \"features\" is not an array",
        "NaN|{\"type\": \"Point\", \"coordinates\": [NaN, 1]}|not valid JSON: NaN is not a JSON number (NaN and "
                + "Infinity are not allowed) at line 1, column 38",
        "Infinity|{\"type\": \"Point\", \"coordinates\": [1, Infinity]}|not valid JSON: Infinity is not a JSON "
                + "number (NaN and Infinity are not allowed) at line 1, column 46",
        "-Infinity|{\"type\": \"Point\", \"coordinates\": [1, -Infinity]}|not valid JSON: -Infinity is not a JSON "
                + "number (NaN and Infinity are not allowed) at line 1, column 47",
        "trailing garbage|{\"type\": \"FeatureCollection\", \"features\": []} {}|unexpected content after the end "
                + "of the GeoJSON object at line 1, column 47",
        "projected CRS|{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": "
                + "\"urn:ogc:def:crs:EPSG::3857\"}}, \"features\": []}|declares the CRS "
                + "\"urn:ogc:def:crs:EPSG::3857\"; only WGS 84 longitude/latitude (CRS84) is supported",
        "latitude-first CRS|{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": "
                + "\"urn:ogc:def:crs:EPSG::4326\"}}, \"features\": []}|declares the CRS "
                + "\"urn:ogc:def:crs:EPSG::4326\"; only WGS 84 longitude/latitude (CRS84) is supported",
        "features twice|{\"type\": \"FeatureCollection\", \"features\": [], \"features\": []}|not GeoJSON: the "
                + "member \"features\" appears twice",
    })
    void refusesABadFileWithOneLineNamingTheFileAndTheReason(String what, String text, String reason)
            throws IOException {
        Path file = write("bad.geojson", text);

        assertThat(refusal(file)).isEqualTo(file + ": " + reason);
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path file = write("empty.geojson", "");

        assertThat(refusal(file)).isEqualTo(file + ": the file is empty (0 bytes)");
    }

    @Test
    void refusesAFileNestedTenThousandLevelsDeep() throws IOException {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        Path file = write("deep.geojson", GeoJsonFixtures.collection(
                "{\"type\": \"Feature\", \"properties\": {\"x\": " + deep + "}, \"geometry\": null}"));

        assertThat(refusal(file)).isEqualTo(file + ": nested too deeply (more than 64 levels of arrays and objects)"
                + " at line 1, column 145");
    }

    @Test
    void refusesAFileOverTheSizeLimitWithoutReadingIt() throws IOException {
        Path file = folder.resolve("huge.geojson");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(GeoJsonDataStore.MAX_FILE_BYTES + 1);
        }

        assertThat(refusal(file)).isEqualTo(file
                + ": the file is 256.0 MiB (268435457 bytes), over the size limit of 256 MiB");
    }

    @Test
    void refusesAGzipFileThatDeclaresMoreThanTheLimit() throws IOException {
        byte[] gzip = GeoJsonFixtures.gzip("{}".getBytes(StandardCharsets.US_ASCII));
        // The trailer's last four bytes are the decompressed size, little-endian: claim 300 MiB.
        int size = 300 * 1024 * 1024;
        for (int i = 0; i < 4; i++) {
            gzip[gzip.length - 4 + i] = (byte) (size >>> (8 * i));
        }
        Path file = folder.resolve("bomb.geojson.gz");
        Files.write(file, gzip);

        assertThat(refusal(file)).isEqualTo(file + ": the file decompresses to 300 MiB, over the size limit of 256 MiB");
    }

    @Test
    void stopsInflatingAGzipFileAtTheLimitWhenItsTrailerUndersells() throws IOException {
        // Two gzip members: the trailer read up front is the small last one's.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(GeoJsonFixtures.gzip(" ".repeat(5000).getBytes(StandardCharsets.US_ASCII)));
        bytes.write(GeoJsonFixtures.gzip("{}".getBytes(StandardCharsets.US_ASCII)));
        Path file = folder.resolve("sly.geojson.gz");
        Files.write(file, bytes.toByteArray());
        GeoJsonDataStore store = new GeoJsonDataStore(file, 1000);

        assertThatThrownBy(store::getSchema).isInstanceOf(IOException.class)
                .hasMessage(file + ": the file decompresses to more than the size limit of 1000 bytes");
    }

    @Test
    void refusesAGzFileThatIsNotCompressed() throws IOException {
        Path file = folder.resolve("plain.geojson.gz");
        Files.writeString(file, GeoJsonFixtures.COUNTRIES);

        assertThat(refusal(file)).isEqualTo(file + ": the file name ends in .gz but the file is not gzip-compressed");
    }

    @Test
    void refusesATruncatedGzipFile() throws IOException {
        byte[] gzip = GeoJsonFixtures.gzip(GeoJsonFixtures.COUNTRIES.getBytes(StandardCharsets.UTF_8));
        Path file = folder.resolve("cut.geojson.gz");
        Files.write(file, java.util.Arrays.copyOf(gzip, gzip.length / 2));

        assertThat(refusal(file)).isEqualTo(file
                + ": the gzip data is corrupt or truncated (Unexpected end of ZLIB input stream)");
    }

    @Test
    void refusesAMissingFile() throws IOException {
        Path file = folder.resolve("missing.geojson");

        assertThat(refusal(file)).isEqualTo(file + ": the file does not exist");
    }

    @Test
    void refusesBinaryGarbage() throws IOException {
        Path file = folder.resolve("image.json");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});

        assertThat(refusal(file)).startsWith(file + ": not valid JSON");
    }

    // ------------------------------------------------------------------ features

    private GeoJsonDataStore storeOf(String... features) throws IOException {
        Path file = write("layer.geojson", GeoJsonFixtures.collection(features));
        return (GeoJsonDataStore) FileDataStoreFinder.getDataStore(file.toFile());
    }

    private static List<String> ids(GeoJsonDataStore store) throws IOException {
        List<String> ids = new java.util.ArrayList<>();
        try (SimpleFeatureIterator it = store.getFeatureSource().getFeatures().features()) {
            while (it.hasNext()) {
                ids.add(it.next().getID());
            }
        }
        return ids;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "missing geometry|{\"type\": \"Feature\", \"id\": \"bad\", \"properties\": {}}|has no \"geometry\"; skipped",
        "null geometry|{\"type\": \"Feature\", \"id\": \"bad\", \"properties\": {}, \"geometry\": null}|"
                + "the geometry is null; skipped",
        "latitude 95|{\"type\": \"Feature\", \"id\": \"bad\", \"geometry\": {\"type\": \"Point\", \"coordinates\": "
                + "[10, 95]}}|latitude 95.0 is outside -90..90; skipped",
        "longitude 200|{\"type\": \"Feature\", \"id\": \"bad\", \"geometry\": {\"type\": \"LineString\", "
                + "\"coordinates\": [[0, 0], [200, 10]]}}|longitude 200.0 is outside -180..180; skipped",
        "string coordinate|{\"type\": \"Feature\", \"id\": \"bad\", \"geometry\": {\"type\": \"Point\", "
                + "\"coordinates\": [\"10\", 5]}}|a coordinate is a string, not a number; skipped",
        "null coordinate|{\"type\": \"Feature\", \"id\": \"bad\", \"geometry\": {\"type\": \"Point\", "
                + "\"coordinates\": [10, null]}}|a coordinate is null, not a number; skipped",
        "one value|{\"type\": \"Feature\", \"id\": \"bad\", \"geometry\": {\"type\": \"Point\", "
                + "\"coordinates\": [10]}}|a position has only 1 value; it needs a longitude and a latitude; skipped",
        "coordinates not an array|{\"type\": \"Feature\", \"id\": \"bad\", \"geometry\": {\"type\": \"Point\", "
                + "\"coordinates\": \"10 5\"}}|\"coordinates\" is a string, not an array; skipped",
        "huge number|{\"type\": \"Feature\", \"id\": \"bad\", \"geometry\": {\"type\": \"Point\", "
                + "\"coordinates\": [1e999, 5]}}|a coordinate is too large to be a number of degrees; skipped",
        "unknown geometry type|{\"type\": \"Feature\", \"id\": \"bad\", \"geometry\": {\"type\": \"Circle\", "
                + "\"coordinates\": [1, 5]}}|the geometry type \"Circle\" is not a GeoJSON type; skipped",
        "point with a line's coordinates|{\"type\": \"Feature\", \"id\": \"bad\", \"geometry\": {\"type\": \"Point\","
                + " \"coordinates\": [[1, 5], [2, 6]]}}|the Point coordinates are an array of positions where "
                + "one position was expected; skipped",
        "one-point line|{\"type\": \"Feature\", \"id\": \"bad\", \"geometry\": {\"type\": \"LineString\", "
                + "\"coordinates\": [[1, 5]]}}|a LineString has only 1 position; it needs at least 2; skipped",
        "two-point ring|{\"type\": \"Feature\", \"id\": \"bad\", \"geometry\": {\"type\": \"Polygon\", "
                + "\"coordinates\": [[[1, 5], [2, 6]]]}}|a polygon ring was not closed; closed it",
        "empty geometry|{\"type\": \"Feature\", \"id\": \"bad\", \"geometry\": {\"type\": \"MultiPolygon\", "
                + "\"coordinates\": []}}|the geometry is empty; skipped",
        "not a feature|{\"type\": \"Banana\", \"id\": \"bad\", \"geometry\": {\"type\": \"Point\", "
                + "\"coordinates\": [1, 5]}}|\"type\" is \"Banana\", not \"Feature\"; skipped",
        "geometry not an object|{\"type\": \"Feature\", \"id\": \"bad\", \"geometry\": [1, 5]}|"
                + "\"geometry\" is an array, not an object; skipped",
        "collection with a bad member|{\"type\": \"Feature\", \"id\": \"bad\", \"geometry\": {\"type\": "
                + "\"GeometryCollection\", \"geometries\": [{\"type\": \"Point\", \"coordinates\": [1, 91]}]}}|"
                + "latitude 91.0 is outside -90..90; skipped",
    })
    void skipsABadFeatureWithOneWarningNamingTheFileAndTheFeature(String what, String bad, String warning)
            throws IOException {
        GeoJsonDataStore store = storeOf(
                GeoJsonFixtures.feature("ok", GeoJsonFixtures.point(1, 2)),
                bad,
                GeoJsonFixtures.feature("fine", GeoJsonFixtures.point(3, 4)));

        assertThat(store.warnings()).first().isEqualTo(store.getFile() + ": feature 1 (id \"bad\"): " + warning);
        assertThat(ids(store)).containsExactly("ok", "fine");
    }

    @Test
    void keepsAFeatureWhoseIdOrPropertiesAreOfTheWrongKindAndSaysSo() throws IOException {
        GeoJsonDataStore store = storeOf(
                "{\"type\": \"Feature\", \"id\": {\"a\": 1}, \"properties\": {}, \"geometry\": "
                        + GeoJsonFixtures.point(1, 2) + "}",
                "{\"type\": \"Feature\", \"id\": \"p\", \"properties\": [1, 2], \"geometry\": "
                        + GeoJsonFixtures.point(3, 4) + "}");

        assertThat(ids(store)).containsExactly("layer.0", "p");
        assertThat(store.warnings()).containsExactly(
                store.getFile() + ": feature 0 (no id): \"id\" is neither a string nor a number; ignored",
                store.getFile() + ": feature 1 (id \"p\"): \"properties\" is not an object; ignored");
    }

    @Test
    void refusesALayerWithMorePropertyNamesThanItCanHold() throws IOException {
        StringBuilder features = new StringBuilder();
        for (int i = 0; i <= GeoJsonContent.MAX_ATTRIBUTES; i++) {
            features.append(i == 0 ? "" : ",").append("{\"type\": \"Feature\", \"properties\": {\"k").append(i)
                    .append("\": 1}, \"geometry\": ").append(GeoJsonFixtures.point(1, 2)).append('}');
        }
        Path file = write("wide.geojson", GeoJsonFixtures.collection(features.toString()));

        assertThat(refusal(file)).isEqualTo(file
                + ": the features have 2001 different property names, more than the 2000 a layer may have");
    }

    @Test
    void acceptsAnEmptyPropertyName() throws IOException {
        GeoJsonDataStore store = storeOf("{\"type\": \"Feature\", \"properties\": {\"\": \"blank\"}, "
                + "\"geometry\": " + GeoJsonFixtures.point(1, 2) + "}");

        assertThat(store.getFeatureSource().getFeatures().features().next().getAttribute("")).isEqualTo("blank");
    }

    @Test
    void refusesAJsonFileThatIsNotGeoJson() throws IOException {
        Path file = write("package.json", "{\"name\": \"article-atlas\", \"version\": \"1.0.0\"}");

        assertThat(refusal(file)).isEqualTo(file + ": not GeoJSON: the top-level object has no \"type\"");
    }

    @Test
    void refusesAGzipFileThatDecompressesToNothing() throws IOException {
        Path file = folder.resolve("nothing.geojson.gz");
        Files.write(file, GeoJsonFixtures.gzip(new byte[0]));

        assertThat(refusal(file)).isEqualTo(file + ": the file decompresses to nothing (0 bytes)");
    }

    @Test
    void namesAFeatureWithoutIdByItsIndexAlone() throws IOException {
        GeoJsonDataStore store = storeOf(GeoJsonFixtures.feature("ok", GeoJsonFixtures.point(1, 2)),
                "{\"type\": \"Feature\", \"geometry\": null}", "42");

        assertThat(store.warnings()).containsExactly(
                store.getFile() + ": feature 1 (no id): the geometry is null; skipped",
                store.getFile() + ": feature 2 (no id): is a number, not a Feature object; skipped");
    }

    @Test
    void closesAnUnclosedRingAndKeepsTheFeature() throws IOException {
        GeoJsonDataStore store = storeOf(GeoJsonFixtures.feature("open",
                "{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [4, 0], [4, 4], [0, 4]]]}"));

        assertThat(store.warnings()).containsExactly(
                store.getFile() + ": feature 0 (id \"open\"): a polygon ring was not closed; closed it");
        Polygon polygon = (Polygon) onlyGeometry(store);
        assertThat(polygon.getExteriorRing().isClosed()).isTrue();
        assertThat(polygon.getArea()).isEqualTo(16.0);
    }

    @Test
    void repairsASelfIntersectingPolygonAndKeepsItsArea() throws IOException {
        GeoJsonDataStore store = storeOf(GeoJsonFixtures.feature("bowtie",
                "{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [10, 10], [10, 0], [0, 10], [0, 0]]]}"));

        assertThat(store.warnings()).containsExactly(store.getFile()
                + ": feature 0 (id \"bowtie\"): invalid polygon (Self-intersection at 5 5); repaired with GeometryFixer");
        Geometry repaired = onlyGeometry(store);
        assertThat(repaired.isValid()).isTrue();
        assertThat(repaired.getArea()).isEqualTo(50.0);
    }

    @Test
    void skipsAPolygonWhoseRepairLeavesNothing() throws IOException {
        GeoJsonDataStore store = storeOf(
                GeoJsonFixtures.feature("flat",
                        "{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [1, 1], [2, 2], [0, 0]]]}"),
                GeoJsonFixtures.feature("ok", GeoJsonFixtures.point(1, 2)));

        assertThat(store.warnings()).containsExactly(store.getFile()
                + ": feature 0 (id \"flat\"): invalid polygon (Self-intersection at 1 1) that could not be repaired; "
                + "skipped");
        assertThat(ids(store)).containsExactly("ok");
    }

    @Test
    void givesARepeatedIdOnlyToItsFirstHolder() throws IOException {
        GeoJsonDataStore store = storeOf(
                GeoJsonFixtures.feature("x", GeoJsonFixtures.point(1, 2)),
                GeoJsonFixtures.feature("x", GeoJsonFixtures.point(3, 4)));

        assertThat(ids(store)).containsExactly("x", "layer.1");
        assertThat(store.warnings()).containsExactly(store.getFile()
                + ": feature 1 (id \"x\"): the id is used by an earlier feature; this one is called \"layer.1\"");
    }

    @Test
    void keepsAWarningOnOneLineWhateverTheIdHolds() throws IOException {
        GeoJsonDataStore store = storeOf("{\"type\": \"Feature\", \"id\": \"a\\nb\\u2028c\", \"geometry\": null}");

        assertThat(store.warnings()).containsExactly(
                store.getFile() + ": feature 0 (id \"a\\nb\\u2028c\"): the geometry is null; skipped");
    }

    @Test
    void readsTheRestOfAFileWhoseEveryOtherFeatureIsBad() throws IOException {
        StringBuilder features = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            features.append(i == 0 ? "" : ",").append(i % 2 == 0
                    ? GeoJsonFixtures.feature("f" + i, GeoJsonFixtures.point(i, i % 90))
                    : GeoJsonFixtures.feature("f" + i, GeoJsonFixtures.point(i, 95)));
        }
        GeoJsonDataStore store = storeOf(features.toString());

        assertThat(store.getFeatureSource().getCount(Query.ALL)).isEqualTo(50);
        assertThat(store.warnings()).hasSize(50).allSatisfy(w -> assertThat(w).endsWith("; skipped"));
    }

    private static Geometry onlyGeometry(GeoJsonDataStore store) throws IOException {
        try (SimpleFeatureIterator it = store.getFeatureSource().getFeatures().features()) {
            SimpleFeature feature = it.next();
            assertThat(it.hasNext()).isFalse();
            return (Geometry) feature.getDefaultGeometry();
        }
    }
}
