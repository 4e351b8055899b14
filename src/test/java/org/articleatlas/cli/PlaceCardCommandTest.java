package org.articleatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code context PLACE-ID}: the place cards of the seeds, on the project's real geodata and gazetteer. */
class PlaceCardCommandTest {



    private static double distanceTo(JsonNode card, String a, String b) {
        for (JsonNode border : card.get("named_borders")) {
            if (border.get("a").asText().equals(a) && border.get("b").asText().equals(b)) {
                return border.get("distance_km").asDouble();
            }
        }
        throw new AssertionError("no named border " + a + "-" + b + " in " + card.get("named_borders"));
    }

    @Test
    void kantAirBaseIsInKyrgyzstanNearBishkekAndFarFromTheChineseAndAfghanBorders() throws Exception {
        CliRun r = CliRun.of("context", "landmark:kant-air-base");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode card = r.json();
        assertThat(card.get("country").get("iso_a2").asText()).isEqualTo("KG");
        assertThat(card.get("admin1").get("name_en").asText()).isEqualTo("Chüy");
        assertThat(card.get("nearest_city").get("name_en").asText()).isEqualTo("Bishkek");
        // Kant lies about 20 km east of Bishkek's centre.
        assertThat(card.get("nearest_city").get("distance_km").asDouble()).isBetween(15.0, 30.0);
        assertThat(distanceTo(card, "CN", "KG")).isBetween(200.0, 320.0);
        assertThat(distanceTo(card, "AF", "TJ")).isBetween(500.0, 700.0);
        assertThat(card.get("regions").findValuesAsText("id")).containsExactly("region:central-asia");
        assertThat(card.get("neighbours").findValuesAsText("iso_a2")).containsExactlyInAnyOrder("CN", "KZ", "TJ", "UZ");
        assertThat(card.get("excerpts").size()).isPositive();
        assertThat(card.get("excerpts").get(0).get("sentence").asText()).contains("bases russes");
        assertThat(card.get("article_places").findValuesAsText("id"))
                .contains("landmark:russian-201st-military-base-dushanbe", "geonames:2660646");
    }

    @Test
    void theDushanbeBaseIsAboutAHundredKilometresFromTheAfghanBorder() throws Exception {
        CliRun r = CliRun.of("context", "landmark:russian-201st-military-base-dushanbe");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.json().get("country").get("iso_a2").asText()).isEqualTo("TJ");
        assertThat(r.json().get("nearest_city").get("name_en").asText()).isEqualTo("Dushanbe");
        assertThat(distanceTo(r.json(), "AF", "TJ")).isBetween(90.0, 160.0);
    }

    @Test
    void aCountryCardListsItsNeighboursAndRegionsButNoDistances() throws Exception {
        CliRun r = CliRun.of("context", "country:TJ");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.json().get("neighbours").findValuesAsText("iso_a2")).containsExactly("AF", "UZ", "KG", "CN");
        assertThat(r.json().get("regions").findValuesAsText("id")).containsExactly("region:central-asia");
        assertThat(r.json().has("named_borders")).isFalse();
    }

    @Test
    void anUnknownIdIsOneLineOfBadInput() throws Exception {
        CliRun r = CliRun.of("context", "landmark:atlantis");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.json()).isNull();
        assertThat(r.err().strip().lines()).hasSize(1).first().asString().startsWith("landmark:atlantis: no such place");
    }

    @Test
    void anArticleFileGivenAfterTheIdReplacesTheSeeds(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("visit.txt");
        Files.writeString(article, "The minister flew from Bishkek to Dushanbe on Monday. Then she visited Osh.\n");
        CliRun r = CliRun.of("context", "geonames:1528675", article.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.json().get("excerpts").findValuesAsText("article")).containsOnly("visit.txt");
        assertThat(r.json().get("article_places").findValuesAsText("name_en")).contains("Dushanbe", "Osh");
    }
}
