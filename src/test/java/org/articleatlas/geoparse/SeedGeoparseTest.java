package org.articleatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.articleatlas.corpus.CorpusLoader;
import org.articleatlas.geodata.Geodesy;
import org.articleatlas.model.GeoPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the geoparse command must give on the seed articles, read from its GeoJSON as other tools read it. */
class SeedGeoparseTest {

    private static JsonNode features;

    @BeforeAll
    static void geoparseTheSeeds() throws Exception {
        GeoparseResult result = RealAtlas.geoparser().parseAll(new CorpusLoader().loadFolder(Path.of("seeds")).articles());
        StringWriter out = new StringWriter();
        new GeoparseGeoJsonWriter().write(result, new PrintWriter(out));
        JsonNode collection = new ObjectMapper().readTree(out.toString());
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        features = collection.get("features");
    }

    private static Stream<JsonNode> all() {
        List<JsonNode> list = new ArrayList<>();
        features.forEach(list::add);
        return list.stream();
    }

    private static JsonNode byId(String id) {
        return all().filter(f -> f.get("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no feature " + id));
    }

    private static GeoPoint pointOf(JsonNode feature) {
        JsonNode c = feature.get("geometry").get("coordinates");
        return new GeoPoint(c.get(1).asDouble(), c.get(0).asDouble());
    }

    private static double kmFromNearestPlace(GeoPoint target) {
        return all().filter(f -> f.get("geometry").get("type").asText().equals("Point"))
                .mapToDouble(f -> Geodesy.distanceKm(pointOf(f), target)).min().orElse(Double.MAX_VALUE);
    }

    @ParameterizedTest(name = "{0} within {3} km")
    @CsvSource(delimiter = '|', textBlock = """
            Saint Petersburg        | 59.94   | 30.32   | 10
            Kazan Cathedral         | 59.9342 | 30.3247 | 0.5
            Beslan                  | 43.19   | 44.54   | 5
            Geneva                  | 46.20   | 6.15    | 5
            Helsinki                | 60.17   | 24.94   | 10
            Crawford, Texas         | 31.53   | -97.45  | 5
            Kant Air Base           | 42.853  | 74.846  | 3
            Moscow                  | 55.75   | 37.62   | 10
            Washington              | 38.90   | -77.04  | 10
            """)
    void findsEachSeedPlaceWhereItIs(String name, double lat, double lon, double km) {
        assertThat(kmFromNearestPlace(new GeoPoint(lat, lon))).as(name).isLessThanOrEqualTo(km);
    }

    @Test
    void placesNothingNearKazanCity() {
        assertThat(kmFromNearestPlace(new GeoPoint(55.80, 49.11))).isGreaterThan(300);
    }

    @ParameterizedTest
    @ValueSource(strings = {"country:RU", "country:US", "country:AF", "country:CN", "country:TJ", "country:KG",
        "region:central-asia", "admin1:US-TX", "landmark:russian-201st-military-base-dushanbe",
        "border:AF-TJ", "border:CN-TJ", "border:CN-KG"})
    void namesTheExpectedPlacesAndBorders(String id) {
        JsonNode f = byId(id);
        assertThat(f.get("properties").get("mentions").size()).isPositive();
    }

    @Test
    void bordersAreMultiLineStringsAndPlacesArePoints() {
        assertThat(byId("border:CN-TJ").get("geometry").get("type").asText()).isEqualTo("MultiLineString");
        assertThat(byId("border:CN-TJ").get("properties").get("kind").asText()).isEqualTo("border");
        assertThat(byId("country:TJ").get("geometry").get("type").asText()).isEqualTo("Point");
        assertThat(byId("country:TJ").get("properties").get("name_fr").asText()).isEqualTo("Tadjikistan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wall Street Journal", "Etat islamique", "Alliance du Nord", "Vladimir", "Bush"})
    void readsNothingAsAPlaceInsideNamesOfOrganisationsOrPeople(String phrase) throws Exception {
        for (Path seed : seeds()) {
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            all().flatMap(f -> stream(f.get("properties").get("mentions")))
                    .filter(m -> m.get("article").asText().equals(seed.getFileName().toString()))
                    .forEach(m -> {
                        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                            int end = at + phrase.length();
                            boolean inside = m.get("start").asInt() >= at && m.get("end").asInt() <= end;
                            assertThat(inside).as("« %s » read as a place in %s", m.get("text").asText(), seed)
                                    .isFalse();
                        }
                    });
        }
    }

    @Test
    void everyMentionIsExactlyTheArticleTextBetweenItsOffsets() throws Exception {
        for (Path seed : seeds()) {
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            String name = seed.getFileName().toString();
            all().flatMap(f -> stream(f.get("properties").get("mentions")))
                    .filter(m -> m.get("article").asText().equals(name))
                    .forEach(m -> {
                        assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
                                .isEqualTo(m.get("text").asText());
                        assertThat(text.substring(m.get("sentence_start").asInt(), m.get("sentence_end").asInt()))
                                .isEqualTo(m.get("sentence").asText());
                    });
        }
    }

    @Test
    void kazanCathedralIsNamedByItsPhraseAndKeepsTheCityAsARunnerUpWithAReason() {
        JsonNode cathedral = byId("landmark:kazan-cathedral").get("properties");
        assertThat(cathedral.get("mentions").get(0).get("text").asText()).isEqualTo("cathédrale historique de Kazan");
        assertThat(cathedral.get("reason").asText()).contains("landmark phrase");
        JsonNode kazanCity = stream(cathedral.get("candidates"))
                .filter(c -> c.get("id").asText().equals("geonames:551487")).findFirst().orElseThrow();
        assertThat(kazanCity.get("reason").asText()).startsWith("not chosen: the town Kazan (RU), 1,2").contains("km away")
                .endsWith("the landmark phrase « cathédrale historique de Kazan » names the landmark");
    }

    @Test
    void marksTheKremlinThatAnnouncesAsMetonymic() {
        JsonNode mentions = byId("landmark:moscow-kremlin").get("properties").get("mentions");
        assertThat(stream(mentions).map(m -> m.get("use").asText())).contains("metonymic");
        JsonNode moscow = byId("geonames:524901").get("properties").get("mentions");
        assertThat(stream(moscow).filter(m -> m.get("sentence").asText().contains("Washington et Moscou travaillent"))
                .map(m -> m.get("use").asText())).containsOnly("metonymic");
    }

    private static List<Path> seeds() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list.stream();
    }
}
