package org.articleatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code timeline}: the dated events of the seeds, with the dates the articles give them. */
class TimelineCommandTest {

    private static List<JsonNode> events;

    @BeforeAll
    static void timelineOfTheSeeds() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AtlasCli.run(new String[] {"timeline"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        events = new ArrayList<>();
        new ObjectMapper().readTree(out.toString()).get("events").forEach(events::add);
    }

    private static JsonNode event(String start, String end, String text) {
        return events.stream()
                .filter(e -> e.get("date").get("start").asText().equals(start)
                        && e.get("date").get("end").asText().equals(end) && e.get("text").asText().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no event " + start + "/" + end + " « " + text
                        + " » in " + events.stream().map(e -> e.get("date").get("start") + " " + e.get("text")).toList()));
    }

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', value = {
        "2017-12-14|2017-12-14|le 14 décembre 2017|day|conférence de presse annuelle|geonames:524901",
        "2017-12-17|2017-12-17|dimanche|day|l’annonce du Kremlin dimanche|landmark:moscow-kremlin",
        "2001-07-01|2001-07-31|en juillet 2001|month|première réunion bilatérale|country:RU",
        "2001-09-09|2001-09-09|le 9 septembre|day|Massoud|country:AF",
        "2001-09-11|2001-09-11|du 11 septembre|day|attentats|country:US",
        "2004-01-01|2004-12-31|en 2004|year|Beslan|geonames:576697",
        "2021-06-01|2021-06-30|en juin|month|Genève|geonames:2660646",
        "2021-09-22|2021-09-22|le 22 septembre|day|Helsinki|geonames:658225",
        "1992-12-18|2017-12-18|ces vingt-cinq dernières années|period|relations entre les États-Unis|country:RU"})
    void listsTheSeedsEventsWithTheirSentenceAndPlaces(String start, String end, String text, String precision,
            String inSentence, String place) {
        JsonNode e = event(start, end, text);
        assertThat(e.get("date").get("precision").asText()).isEqualTo(precision);
        assertThat(e.get("sentence").asText()).contains(text).contains(inSentence);
        assertThat(e.get("places").findValuesAsText("")).isEmpty();
        List<String> places = new ArrayList<>();
        e.get("places").forEach(p -> places.add(p.asText()));
        assertThat(places).contains(place);
        assertThat(e.get("end").asInt() - e.get("start").asInt()).isEqualTo(text.length());
    }

    @Test
    void eventsComeEarliestFirst() {
        List<String> starts = events.stream().map(e -> e.get("date").get("start").asText()).toList();
        assertThat(starts).isSorted();
    }
}
