package org.articleatlas.geodata.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.geotools.api.data.DataStore;
import org.geotools.api.data.DataStoreFinder;
import org.geotools.api.data.FileDataStore;
import org.geotools.api.data.FileDataStoreFinder;
import org.geotools.api.data.Query;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.api.filter.Filter;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.geotools.filter.text.ecql.ECQL;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

class GeoJsonDataStoreTest {

    @TempDir
    Path folder;

    private SimpleFeatureSource countries() throws IOException {
        Path file = GeoJsonFixtures.write(folder, "countries.geojson", GeoJsonFixtures.COUNTRIES);
        return FileDataStoreFinder.getDataStore(file.toFile()).getFeatureSource();
    }

    private static List<String> ids(SimpleFeatureSource source, Filter filter) throws IOException {
        List<String> ids = new ArrayList<>();
        try (SimpleFeatureIterator it = source.getFeatures(filter).features()) {
            while (it.hasNext()) {
                ids.add(it.next().getID());
            }
        }
        return ids;
    }

    @ParameterizedTest
    @ValueSource(strings = {"countries.geojson", "countries.json", "countries.geojson.gz", "countries.json.gz",
        "Countries.GeoJSON"})
    void fileDataStoreFinderOpensEveryGeoJsonExtension(String name) throws IOException {
        Path file = GeoJsonFixtures.write(folder, name, GeoJsonFixtures.COUNTRIES);

        FileDataStore store = FileDataStoreFinder.getDataStore(file.toFile());

        assertThat(store).isInstanceOf(GeoJsonDataStore.class);
        assertThat(store.getFeatureSource()).isInstanceOf(SimpleFeatureSource.class);
        assertThat(store.getFeatureSource().getCount(Query.ALL)).isEqualTo(3);
        assertThat(store.getTypeNames()).containsExactly(name.substring(0, name.indexOf('.')));
        store.dispose();
    }

    @Test
    void fileDataStoreFinderIgnoresOtherExtensions() throws IOException {
        Path file = GeoJsonFixtures.write(folder, "countries.txt", GeoJsonFixtures.COUNTRIES);

        assertThat(FileDataStoreFinder.getDataStore(file.toFile())).isNull();
    }

    @Test
    void dataStoreFinderOpensAFileGivenAsUrlParameter() throws IOException {
        Path file = GeoJsonFixtures.write(folder, "countries.geojson", GeoJsonFixtures.COUNTRIES);

        DataStore store = DataStoreFinder.getDataStore(Map.of("url", file.toUri().toURL()));

        assertThat(store).isInstanceOf(GeoJsonDataStore.class);
        assertThat(store.getFeatureSource("countries").getCount(Query.ALL)).isEqualTo(3);
        store.dispose();
    }

    @Test
    void dataStoreFinderAcceptsTheUrlAsText() throws IOException {
        Path file = GeoJsonFixtures.write(folder, "countries.geojson", GeoJsonFixtures.COUNTRIES);

        DataStore store = DataStoreFinder.getDataStore(Map.of("url", file.toUri().toString()));

        assertThat(store).isInstanceOf(GeoJsonDataStore.class);
        store.dispose();
    }

    @Test
    void infersOneAttributePerPropertyKeyInFirstSeenOrderOverAllFeatures() throws IOException {
        SimpleFeatureType schema = countries().getSchema();

        assertThat(schema.getTypeName()).isEqualTo("countries");
        assertThat(schema.getAttributeDescriptors()).extracting(AttributeDescriptor::getLocalName)
                .containsExactly("geometry", "name", "iso_a2", "pop", "area", "member", "tags", "meta", "mixed",
                        "extra");
        assertThat(schema.getAttributeDescriptors())
                .extracting(d -> d.getType().getBinding().getSimpleName())
                .containsExactly("MultiPolygon", "String", "String", "Long", "Double", "Boolean", "List", "Map",
                        "String", "String");
        assertThat(schema.getGeometryDescriptor().getLocalName()).isEqualTo("geometry");
    }

    @Test
    void convertsValuesToTheInferredTypes() throws IOException {
        Map<String, SimpleFeature> byName = new java.util.HashMap<>();
        try (SimpleFeatureIterator it = countries().getFeatures().features()) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                byName.put((String) f.getAttribute("name"), f);
            }
        }
        SimpleFeature tajikistan = byName.get("Tajikistan");
        assertThat(tajikistan.getAttribute("pop")).isEqualTo(9_750_000L);
        assertThat(tajikistan.getAttribute("area")).isEqualTo(143_100.0);
        assertThat(tajikistan.getAttribute("member")).isEqualTo(true);
        assertThat(tajikistan.getAttribute("tags")).isEqualTo(List.of("asia", "landlocked"));
        assertThat(tajikistan.getAttribute("meta")).isEqualTo(Map.of("capital", "Dushanbe"));
        assertThat(tajikistan.getAttribute("mixed")).isEqualTo("1");
        assertThat(tajikistan.getAttribute("extra")).isNull();
        assertThat(byName.get("Nowhere").getAttribute("mixed")).isEqualTo("true");
        assertThat(byName.get("Nowhere").getAttribute("iso_a2")).isNull();
        assertThat(byName.get("France").getAttribute("area")).isEqualTo(551_695.5);
    }

    @Test
    void usesTheIdMemberWhenPresentAndTypeNameWithIndexOtherwise() throws IOException {
        assertThat(ids(countries(), Filter.INCLUDE)).containsExactly("TJ", "42", "countries.2");
    }

    @Test
    void promotesSinglePolygonsWhenTheLayerMixesPolygonAndMultiPolygon() throws IOException {
        try (SimpleFeatureIterator it = countries().getFeatures().features()) {
            while (it.hasNext()) {
                assertThat(it.next().getDefaultGeometry()).isInstanceOf(MultiPolygon.class);
            }
        }
    }

    @Test
    void boundsCoverAllFeatures() throws IOException {
        ReferencedEnvelope bounds = countries().getBounds();

        assertThat(bounds.getMinX()).isEqualTo(-20.0);
        assertThat(bounds.getMaxX()).isEqualTo(75.0);
        assertThat(bounds.getMinY()).isEqualTo(-10.0);
        assertThat(bounds.getMaxY()).isEqualTo(51.0);
    }

    @Test
    void crsIsWgs84WithLongitudeFirst() throws IOException {
        CoordinateReferenceSystem crs = countries().getSchema().getCoordinateReferenceSystem();

        assertThat(CRS.equalsIgnoreMetadata(crs, DefaultGeographicCRS.WGS84)).isTrue();
        assertThat(CRS.getAxisOrder(crs)).isEqualTo(CRS.AxisOrder.EAST_NORTH);
        assertThat(countries().getBounds().getCoordinateReferenceSystem()).isSameAs(crs);
    }

    @Test
    void attributeFilterSelectsMatchingFeatures() throws Exception {
        SimpleFeatureSource source = countries();
        Filter filter = ECQL.toFilter("iso_a2 = 'TJ'");

        assertThat(ids(source, filter)).containsExactly("TJ");
        assertThat(source.getCount(new Query("countries", filter))).isEqualTo(1);
        assertThat(ids(source, ECQL.toFilter("pop > 5000000"))).containsExactly("TJ", "42");
        assertThat(ids(source, ECQL.toFilter("IN ('42')"))).containsExactly("42");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "INTERSECTS(geometry, POINT(68.78 38.56));TJ",
        "INTERSECTS(geometry, POINT(2.35 48.86));42",
        "INTERSECTS(geometry, POINT(9 42));42",
        "INTERSECTS(geometry, POINT(0 0));''",
        "BBOX(geometry, 60, 30, 80, 45);TJ",
        "BBOX(geometry, -30, -20, 10, 45);42 countries.2",
        "DWITHIN(geometry, POINT(76 38), 2, kilometers) OR iso_a2 = 'FR';TJ 42",
        "NOT INTERSECTS(geometry, POINT(68.78 38.56));42 countries.2",
    })
    void spatialFiltersSelectMatchingFeatures(String ecql, String expected) throws Exception {
        SimpleFeatureSource source = countries();
        Filter filter = ECQL.toFilter(ecql);
        List<String> expectedIds = expected.isEmpty() ? List.of() : List.of(expected.split(" "));

        assertThat(ids(source, filter)).containsExactlyElementsOf(expectedIds);
        assertThat(source.getCount(new Query("countries", filter))).isEqualTo(expectedIds.size());
    }

    @Test
    void boundsOfAFilteredQueryCoverOnlyItsFeatures() throws Exception {
        ReferencedEnvelope bounds = countries().getBounds(new Query("countries", ECQL.toFilter("iso_a2 = 'TJ'")));

        assertThat(bounds.getMinX()).isEqualTo(67.0);
        assertThat(bounds.getMaxX()).isEqualTo(75.0);
    }

    @Test
    void gzipFileReadsLikeThePlainOne() throws IOException {
        Path gz = GeoJsonFixtures.write(folder, "countries.geojson.gz", GeoJsonFixtures.COUNTRIES);

        SimpleFeatureSource source = FileDataStoreFinder.getDataStore(gz.toFile()).getFeatureSource();

        assertThat(ids(source, Filter.INCLUDE)).containsExactly("TJ", "42", "countries.2");
        assertThat(source.getBounds()).isEqualTo(countries().getBounds());
    }

    @Test
    void readsAFileThatStartsWithAByteOrderMark() throws IOException {
        Path file = folder.resolve("bom.geojson");
        byte[] text = GeoJsonFixtures.COUNTRIES.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        java.nio.file.Files.write(file, withBom);

        assertThat(FileDataStoreFinder.getDataStore(file.toFile()).getFeatureSource().getCount(Query.ALL))
                .isEqualTo(3);
    }

    @Test
    void readsASingleFeatureAndABareGeometry() throws IOException {
        Path feature = GeoJsonFixtures.write(folder, "capital.geojson",
                "{\"type\":\"Feature\",\"id\":\"dushanbe\",\"properties\":{\"name\":\"Dushanbe\"},"
                        + "\"geometry\":" + GeoJsonFixtures.point(68.78, 38.56) + "}");
        Path geometry = GeoJsonFixtures.write(folder, "line.json",
                "{\"coordinates\":[[0,0],[1,1]],\"type\":\"LineString\"}");

        SimpleFeatureSource one = FileDataStoreFinder.getDataStore(feature.toFile()).getFeatureSource();
        SimpleFeatureSource bare = FileDataStoreFinder.getDataStore(geometry.toFile()).getFeatureSource();

        assertThat(ids(one, Filter.INCLUDE)).containsExactly("dushanbe");
        assertThat(one.getSchema().getGeometryDescriptor().getType().getBinding()).isEqualTo(Point.class);
        assertThat(ids(bare, Filter.INCLUDE)).containsExactly("line.0");
        assertThat(bare.getSchema().getAttributeCount()).isEqualTo(1);
    }

    @Test
    void readsEveryGeometryType() throws IOException {
        Path file = GeoJsonFixtures.write(folder, "shapes.geojson", GeoJsonFixtures.collection(
                GeoJsonFixtures.feature("p", GeoJsonFixtures.point(1, 2)),
                GeoJsonFixtures.feature("mp", "{\"type\":\"MultiPoint\",\"coordinates\":[[1,2],[3,4]]}"),
                GeoJsonFixtures.feature("l", "{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4,5]]}"),
                GeoJsonFixtures.feature("ml", "{\"type\":\"MultiLineString\",\"coordinates\":[[[1,2],[3,4]]]}"),
                GeoJsonFixtures.feature("pg", "{\"type\":\"Polygon\",\"coordinates\":"
                        + "[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[2,4],[4,4],[4,2],[2,2]]]}"),
                GeoJsonFixtures.feature("mpg", "{\"type\":\"MultiPolygon\",\"coordinates\":"
                        + "[[[[0,0],[1,0],[1,1],[0,0]]]]}"),
                GeoJsonFixtures.feature("gc", "{\"type\":\"GeometryCollection\",\"geometries\":["
                        + GeoJsonFixtures.point(5, 5) + ",{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}]}")));

        GeoJsonDataStore store = (GeoJsonDataStore) FileDataStoreFinder.getDataStore(file.toFile());
        List<String> types = new ArrayList<>();
        try (SimpleFeatureIterator it = store.getFeatureSource().getFeatures().features()) {
            while (it.hasNext()) {
                types.add(((Geometry) it.next().getDefaultGeometry()).getGeometryType());
            }
        }

        assertThat(types).containsExactly("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon",
                "MultiPolygon", "GeometryCollection");
        assertThat(store.getSchema().getGeometryDescriptor().getType().getBinding()).isEqualTo(Geometry.class);
        assertThat(store.warnings()).isEmpty();
    }

    @Test
    void emptyFeatureCollectionOpensWithNoFeatures() throws IOException {
        Path file = GeoJsonFixtures.write(folder, "none.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}");

        SimpleFeatureSource source = FileDataStoreFinder.getDataStore(file.toFile()).getFeatureSource();

        assertThat(source.getCount(Query.ALL)).isZero();
        assertThat(source.getBounds().isEmpty()).isTrue();
        assertThat(source.getSchema().getGeometryDescriptor().getType().getBinding()).isEqualTo(Geometry.class);
    }

    @Test
    void changingAReturnedFeatureDoesNotChangeTheStore() throws IOException {
        SimpleFeatureSource source = countries();
        try (SimpleFeatureIterator it = source.getFeatures().features()) {
            it.next().setAttribute("name", "changed");
        }

        try (SimpleFeatureIterator it = source.getFeatures().features()) {
            assertThat(it.next().getAttribute("name")).isEqualTo("Tajikistan");
        }
    }

    @Test
    void concurrentFirstAccessReadsTheFileOnceForAll() throws Exception {
        Path file = GeoJsonFixtures.write(folder, "countries.geojson", GeoJsonFixtures.COUNTRIES);
        GeoJsonDataStore store = new GeoJsonDataStore(file);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Object>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(store::content);
            }
            List<Object> contents = new ArrayList<>();
            for (Future<Object> result : pool.invokeAll(calls)) {
                contents.add(result.get());
            }
            assertThat(contents).allSatisfy(c -> assertThat(c).isSameAs(contents.get(0)));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void renamesAPropertyThatCollidesWithTheGeometryAttribute() throws IOException {
        Path file = GeoJsonFixtures.write(folder, "odd.geojson", GeoJsonFixtures.collection(
                "{\"type\":\"Feature\",\"properties\":{\"geometry\":\"round\"},\"geometry\":"
                        + GeoJsonFixtures.point(1, 2) + "}"));
        GeoJsonDataStore store = new GeoJsonDataStore(file);

        SimpleFeature feature = store.getFeatureSource().getFeatures().features().next();

        assertThat(feature.getAttribute("geometry_")).isEqualTo("round");
        assertThat(feature.getDefaultGeometry()).isInstanceOf(Point.class);
        assertThat(store.warnings()).containsExactly(
                file + ": property \"geometry\" is read as \"geometry_\" because the geometry has that name");
    }

    @Test
    void typeNameDropsGeoJsonJsonAndGzEndings() {
        assertThat(GeoJsonDataStore.typeNameOf(Path.of("a/borders.geojson.gz"))).isEqualTo("borders");
        assertThat(GeoJsonDataStore.typeNameOf(Path.of("cities.JSON"))).isEqualTo("cities");
        assertThat(GeoJsonDataStore.typeNameOf(Path.of("x.geo.json"))).isEqualTo("x.geo");
    }
}
