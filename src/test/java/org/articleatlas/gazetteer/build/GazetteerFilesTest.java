package org.articleatlas.gazetteer.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks the committed tables in geodata/, which other engineers code against. */
class GazetteerFilesTest {

    private static final Path GEODATA = Path.of("geodata");

    private static List<String[]> cities;
    private static List<String[]> regions;
    private static Map<String, String[]> cityById;

    @BeforeAll
    static void readTables() throws IOException {
        cities = read(GEODATA.resolve(GazetteerBuilder.CITIES_FILE), CityTable.HEADER);
        regions = read(GEODATA.resolve(GazetteerBuilder.ADMIN1_FILE), Admin1Table.HEADER);
        cityById = new HashMap<>();
        for (String[] row : cities) {
            cityById.put(row[0], row);
        }
    }

    private static List<String[]> read(Path file, List<String> header) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            assertThat(in.readLine()).isEqualTo(String.join("\t", header));
            String line;
            while ((line = in.readLine()) != null) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    @Test
    void citiesTableHasEveryCityOnceWithElevenColumnsAndValidCoordinates() {
        assertThat(cities.size()).isGreaterThan(100_000);
        long previousId = Long.MIN_VALUE;
        for (String[] row : cities) {
            assertThat(row).as(Arrays.toString(row)).hasSize(11);
            long id = Long.parseLong(row[0]);
            assertThat(id).as("sorted by GeoNames id, no duplicates").isGreaterThan(previousId);
            previousId = id;
            assertThat(row[1]).as("name of %s", id).isNotBlank();
            assertThat(row[5]).as("country of %s", id).matches("[A-Z]{2}");
            assertThat(Long.parseLong(row[8])).isNotNegative();
            assertThat(Double.parseDouble(row[9])).as("lat of %s", id).isBetween(-90.0, 90.0);
            assertThat(Double.parseDouble(row[10])).as("lon of %s", id).isBetween(-180.0, 180.0);
            assertThat(row[9]).matches("-?\\d+\\.\\d{5}");
            assertThat(row[10]).matches("-?\\d+\\.\\d{5}");
            if (!row[4].isEmpty()) {
                for (String alt : row[4].split("\\|", -1)) {
                    assertThat(NameVariants.letterCount(alt)).as("alt name of %s", id).isGreaterThanOrEqualTo(2);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "524901|Moscow|Moscow|Moscou|RU",
        "498817|Saint Petersburg|Saint Petersburg|Saint-Pétersbourg|RU",
        "2660646|Genève|Geneva|Genève|CH",
        "1221874|Dushanbe|Dushanbe|Douchanbé|TJ",
        "1528675|Bishkek|Bishkek|Bichkek|KG",
        "1138958|Kabul|Kabul|Kaboul|AF",
        "658225|Helsinki|Helsinki|Helsinki|FI",
        "576697|Beslan|Beslan|Beslan|RU",
        "551487|Kazan|Kazan’|Kazan|RU",
        "1220747|Qŭrghonteppa|Kurgan-Tyube||TJ",
        "1528193|Kant|Kant||KG",
    })
    void spotChecksHaveTheirEnglishAndFrenchNames(String id, String name, String nameEn, String nameFr,
            String country) {
        String[] row = cityById.get(id);
        assertThat(row).as("city %s", id).isNotNull();
        assertThat(row[1]).isEqualTo(name);
        assertThat(row[2]).isEqualTo(nameEn);
        assertThat(row[3]).isEqualTo(nameFr == null ? "" : nameFr);
        assertThat(row[5]).isEqualTo(country);
    }

    @Test
    void regionsTableHasTenColumnsAPointAndItsOrigin() {
        assertThat(regions.size()).isGreaterThan(3_000);
        for (String[] row : regions) {
            assertThat(row).as(Arrays.toString(row)).hasSize(10);
            assertThat(row[0]).matches("[A-Z]{2}");
            assertThat(row[1]).isNotEmpty().isNotEqualTo("00");
            assertThat(Double.parseDouble(row[6])).isBetween(-90.0, 90.0);
            assertThat(Double.parseDouble(row[7])).isBetween(-180.0, 180.0);
            assertThat(row[8]).isIn("extent", "reference");
            assertThat(Long.parseLong(row[9])).isNotNegative();
        }
    }

    @Test
    void theLargestRegionsSitAtTheirConventionalCentreNotTheirTownsExtent() {
        // Alaska's geographic centre (63°50′N 152°W) and Sakha's (66°24′N 129°10′E): see geodata/sources/admin1-points.tsv.
        String[] alaska = regions.stream().filter(r -> r[0].equals("US") && r[1].equals("AK")).findFirst().orElseThrow();
        String[] sakha = regions.stream().filter(r -> r[0].equals("RU") && r[1].equals("63")).findFirst().orElseThrow();
        assertThat(alaska[8]).isEqualTo("reference");
        assertThat(Double.parseDouble(alaska[6])).isCloseTo(63.83, org.assertj.core.api.Assertions.within(0.01));
        assertThat(Double.parseDouble(sakha[7])).isCloseTo(129.17, org.assertj.core.api.Assertions.within(0.01));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', value = {
        "US|TX|Texas|Texas|",
        "RU|68|North Ossetia|République d'Ossétie-du-Nord-Alanie|Ossétie-du-Nord-Alanie",
        "RU|12|Chechnya|République de Tchétchénie|Tchétchénie",
        "TJ|01|Gorno-Badakhshan|Haut-Badakhshan|",
    })
    void spotCheckRegionsHaveTheirNames(String country, String code, String nameEn, String nameFr, String alt) {
        // The point of a region is the middle of its towns; Texas's lies near the state's centre.
        String[] row = regions.stream().filter(r -> r[0].equals(country) && r[1].equals(code)).findFirst().orElseThrow();
        assertThat(row[3]).isEqualTo(nameEn);
        assertThat(row[4]).isEqualTo(nameFr);
        assertThat(row[5]).isEqualTo(alt == null ? "" : alt);
        assertThat(row[8]).isEqualTo("extent");
    }

    @Test
    void aRegionsPointIsItsMiddleNotItsSeat() {
        String[] texas = regions.stream().filter(r -> r[0].equals("US") && r[1].equals("TX")).findFirst().orElseThrow();
        // Austin, the seat, is at 30.27 N 97.74 W; the state's middle is near 31 N 99–100 W.
        assertThat(Double.parseDouble(texas[6])).isBetween(30.5, 32.0);
        assertThat(Double.parseDouble(texas[7])).isBetween(-101.0, -98.5);
    }

    @Test
    void curatedPlacesArePointFeaturesWithTheAgreedProperties() throws IOException {
        JsonNode root = new ObjectMapper().readTree(GEODATA.resolve(GazetteerBuilder.CURATED_FILE).toFile());
        assertThat(root.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(root.path("features").size()).isPositive();
        for (JsonNode f : root.path("features")) {
            JsonNode p = f.path("properties");
            assertThat(f.path("id").asText()).startsWith("curated:").isEqualTo(p.path("id").asText());
            assertThat(f.path("geometry").path("type").asText()).isEqualTo("Point");
            assertThat(f.path("geometry").path("coordinates").get(0).asDouble()).isBetween(-180.0, 180.0);
            assertThat(f.path("geometry").path("coordinates").get(1).asDouble()).isBetween(-90.0, 90.0);
            for (String field : List.of("name", "name_en", "name_fr", "country", "admin1", "feature_code", "source")) {
                assertThat(p.path(field).isTextual()).as("%s of %s", field, p.path("id")).isTrue();
            }
            assertThat(p.path("alt_names").isArray()).isTrue();
        }
        JsonNode crawford = root.path("features").get(0);
        assertThat(crawford.path("id").asText()).isEqualTo("curated:crawford-texas");
        assertThat(crawford.path("geometry").path("coordinates").get(1).asDouble()).isBetween(31.5, 31.6);
        assertThat(crawford.path("geometry").path("coordinates").get(0).asDouble()).isBetween(-97.5, -97.4);
    }
}
