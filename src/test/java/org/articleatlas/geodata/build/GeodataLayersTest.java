package org.articleatlas.geodata.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Reads the committed layers in geodata/ as plain JSON, independently of the application's own reader. */
class GeodataLayersTest {

    private static final Path GEODATA = Path.of("geodata");
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private static Map<String, JsonNode> countries;
    private static Map<String, JsonNode> borders;
    private static Map<String, JsonNode> regions;

    @BeforeAll
    static void readLayers() throws IOException {
        countries = features("countries-10m.geojson.gz");
        borders = features("borders.geojson.gz");
        regions = features("regions.geojson.gz");
    }

    private static Map<String, JsonNode> features(String name) throws IOException {
        JsonNode collection;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(GEODATA.resolve(name)))) {
            collection = new ObjectMapper().readTree(in);
        }
        assertThat(collection.path("type").asText()).isEqualTo("FeatureCollection");
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode feature : collection.path("features")) {
            String id = feature.path("id").asText();
            assertThat(feature.path("properties").path("id").asText()).as("properties.id of %s", id).isEqualTo(id);
            assertThat(byId.put(id, feature)).as("duplicate id %s", id).isNull();
        }
        return byId;
    }

    @Test
    void countriesCoverEveryNaturalEarthEntityWithIsoCodesAndFrenchNames() {
        assertThat(countries).hasSizeGreaterThanOrEqualTo(240);
        JsonNode tajikistan = countries.get("TJ").path("properties");
        assertThat(tajikistan.path("name_fr").asText()).isEqualTo("Tadjikistan");
        assertThat(tajikistan.path("name_en").asText()).isEqualTo("Tajikistan");
        assertThat(tajikistan.path("iso_a3").asText()).isEqualTo("TJK");
        assertThat(tajikistan.path("iso_n3").asText()).isEqualTo("762");
        JsonNode somaliland = countries.get("ne-somaliland").path("properties");
        assertThat(somaliland.path("iso_a2").isNull()).isTrue();
        assertThat(somaliland.path("name_fr").asText()).isEqualTo("Somaliland");
    }

    @Test
    void everyCountryIsAValidMultiPolygon() {
        for (JsonNode feature : countries.values()) {
            assertThat(feature.path("geometry").path("type").asText()).isEqualTo("MultiPolygon");
            Geometry shape = geometry(feature.path("geometry"));
            assertThat(shape.isValid()).as("%s is valid", feature.path("id").asText()).isTrue();
        }
    }

    @Test
    void the50mCountriesAreThereToo() throws IOException {
        assertThat(features("countries-50m.geojson.gz")).hasSizeGreaterThanOrEqualTo(240).containsKeys("TJ", "RU", "FR");
    }

    @ParameterizedTest(name = "{0}: Factbook {1} km")
    @CsvSource({"AF-TJ, 1357", "CN-KG, 1063", "CN-TJ, 477", "KG-TJ, 984", "FI-RU, 1309"})
    void centralAsianAndFinnishBordersMeasureCloseToTheFactbook(String id, double factbookKm) {
        JsonNode border = borders.get(id);
        assertThat(border).as(id).isNotNull();
        // Natural Earth lines are generalised: shorter than the Factbook, never much longer.
        assertThat(border.path("properties").path("length_km").asDouble()).isBetween(factbookKm * 0.75, factbookKm * 1.05);
        assertThat(border.path("geometry").path("type").asText()).isEqualTo("MultiLineString");
    }

    @Test
    void bordersNameBothSidesInSortedOrder() {
        JsonNode p = borders.get("AF-TJ").path("properties");
        assertThat(p.path("a").asText()).isEqualTo("AF");
        assertThat(p.path("b").asText()).isEqualTo("TJ");
        assertThat(p.path("name_en").asText()).isEqualTo("Afghanistan – Tajikistan");
        assertThat(p.path("name_fr").asText()).isEqualTo("Afghanistan – Tadjikistan");
        for (JsonNode border : borders.values()) {
            String a = border.path("properties").path("a").asText();
            String b = border.path("properties").path("b").asText();
            assertThat(a).isLessThan(b);
            assertThat(border.path("id").asText()).isEqualTo(a + "-" + b);
            assertThat(countries).containsKeys(a, b);
        }
    }

    @Test
    void aBorderLiesOnTheOutlinesOfBothItsCountries() {
        Geometry border = geometry(borders.get("KG-TJ").path("geometry"));
        Geometry kyrgyzstan = geometry(countries.get("KG").path("geometry")).getBoundary();
        Geometry tajikistan = geometry(countries.get("TJ").path("geometry")).getBoundary();

        assertThat(kyrgyzstan.buffer(1e-5).covers(border)).isTrue();
        assertThat(tajikistan.buffer(1e-5).covers(border)).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}: {4}")
    @CsvSource({
        "central-asia,   Dushanbe,      68.787, 38.56, true",
        "north-caucasus, Beslan,        44.54,  43.19, true",
        "north-caucasus, Rostov-on-Don, 39.72,  47.23, false"})
    void regionsContainTheirPlaces(String region, String place, double lon, double lat, boolean inside) {
        Geometry area = geometry(regions.get(region).path("geometry"));

        assertThat(area.covers(FACTORY.createPoint(new Coordinate(lon, lat)))).as(place).isEqualTo(inside);
    }

    @Test
    void regionsSayWhatTheyAreMadeOf() {
        JsonNode centralAsia = regions.get("central-asia").path("properties");
        assertThat(centralAsia.path("name_fr").asText()).isEqualTo("Asie centrale");
        assertThat(centralAsia.path("kind").asText()).isEqualTo("region");
        assertThat(centralAsia.path("members").asText()).isEqualTo("KG,KZ,TJ,TM,UZ");
        JsonNode northCaucasus = regions.get("north-caucasus").path("properties");
        assertThat(northCaucasus.path("name_fr").asText()).isEqualTo("Caucase du Nord");
        assertThat(northCaucasus.path("members").asText()).isEqualTo("RU");
        assertThat(northCaucasus.path("source").asText()).contains("Kuma");
    }

    @Test
    void geodataStaysUnder40Megabytes() throws IOException {
        long bytes;
        try (Stream<Path> files = Files.walk(GEODATA)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(bytes).isLessThan(40L * 1024 * 1024);
    }

    private static Geometry geometry(JsonNode g) {
        JsonNode c = g.path("coordinates");
        return switch (g.path("type").asText()) {
            case "MultiPolygon" -> {
                List<Polygon> polygons = new ArrayList<>();
                c.forEach(p -> polygons.add(polygon(p)));
                yield FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
            }
            case "Polygon" -> polygon(c);
            case "MultiLineString" -> {
                List<LineString> lines = new ArrayList<>();
                c.forEach(l -> lines.add(FACTORY.createLineString(points(l))));
                yield FACTORY.createMultiLineString(lines.toArray(LineString[]::new));
            }
            default -> throw new IllegalArgumentException(g.path("type").asText());
        };
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = FACTORY.createLinearRing(points(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = FACTORY.createLinearRing(points(rings.get(i)));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static Coordinate[] points(JsonNode line) {
        Coordinate[] points = new Coordinate[line.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = new Coordinate(line.get(i).get(0).asDouble(), line.get(i).get(1).asDouble());
        }
        return points;
    }
}
