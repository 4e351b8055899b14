package org.articleatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code context} command on the project's real geodata, read as JSON as other tools read it. */
class ContextCommandTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Dushanbe, 38.5598, 68.7870, TJ",
        "Kant Air Base, 42.8531, 74.8464, KG",
        "northern Finland, 68.5, 27.0, FI",
        "Chukotka east of the 180th meridian, 65.5, -175.0, RU"})
    void answersTheCountryAndItsNearestBorder(String place, double lat, double lon, String country) throws Exception {
        CliRun r = CliRun.of("context", Double.toString(lat), Double.toString(lon));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.json().get("country").get("iso_a2").asText()).isEqualTo(country);
        assertThat(r.json().get("nearest_border").get("distance_km").asDouble()).isPositive();
        assertThat(r.json().get("neighbours").size()).isPositive();
    }

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource({"AF, TJ, 1357", "CN, TJ, 477", "CN, KG, 1063", "KG, TJ, 984", "FI, RU, 1309"})
    void givesTheFactbookLengthBesideTheMeasuredOne(String a, String b, double official) throws Exception {
        CliRun r = CliRun.of("context", "38.5598", "68.7870", "--border", b, a);
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode border = r.json().get("border");
        assertThat(border.get("official_length_km").asDouble()).isEqualTo(official);
        assertThat(border.get("official_source").asText()).contains("Factbook");
        assertThat(border.get("length_km").asDouble()).isBetween(official * 0.75, official * 1.05);
    }

    @Test
    void severalBordersAreReportedInTheOrderAsked() throws Exception {
        CliRun r = CliRun.of("context", "38.5598", "68.7870", "--border", "AF", "TJ", "--border", "FI", "RU",
                "--border", "KG", "CN");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.json().has("border")).isFalse();
        JsonNode borders = r.json().get("borders");
        assertThat(borders).extracting(b -> b.get("a").asText() + "-" + b.get("b").asText())
                .containsExactly("AF-TJ", "FI-RU", "CN-KG");
        assertThat(borders).extracting(b -> b.get("official_length_km").asDouble())
                .containsExactly(1357.0, 1309.0, 1063.0);
    }

    @Test
    void aPairWithoutALandBorderIsBadInput() throws Exception {
        CliRun r = CliRun.of("context", "38.5598", "68.7870", "--border", "FR", "JP");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("--border FR JP: these two countries share no land border in the borders layer");
    }

    @Test
    void aLatitudeOffTheGlobeIsAUsageError() throws Exception {
        CliRun r = CliRun.of("context", "95", "10");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("latitude must be between -90 and 90");
    }
}
