package org.articleatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.articleatlas.home.AtlasHome;
import org.articleatlas.project.Project;
import org.articleatlas.project.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geoparse --project}: a teacher's corrections change what geoparse reports, and only those. */
class GeoparseProjectTest {

    private static final String A2017 = "000_2b7127eb9b81e802.txt";
    private static final String A2021 = "004_796b3cc5194f9ead.txt";



    private static Optional<JsonNode> feature(JsonNode collection, String id) {
        for (JsonNode f : collection.get("features")) {
            if (f.get("id").asText().equals(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static List<String> mentionsAt(JsonNode feature) {
        List<String> out = new ArrayList<>();
        feature.get("properties").get("mentions").forEach(m -> out.add(m.get("article").asText() + ":"
                + m.get("start").asInt()));
        return out;
    }

    @Test
    void correctionsChangeTheOutputAndTheRestStaysAsGeoparseFoundIt(@TempDir Path dir) throws Exception {
        Path seeds = AtlasHome.locateOrWorkingDirectory().seeds().toAbsolutePath();
        Project project = Project.empty()
                .withArticles(List.of(seeds.resolve(A2017).toString(), seeds.resolve(A2021).toString()))
                .withReassignment(new Project.Reassignment(A2021, 1809, 1817, "Helsinki", "landmark:mantyniemi"))
                .withReassignment(new Project.Reassignment(A2017, 3821, 3831, "tchétchène", "admin1:RU-12"))
                .withNotAPlace(new Project.NotAPlace(A2017, 2713, 2723, "Washington"))
                .withMovedMarker(new Project.MovedMarker("geonames:2660646", 46.21, 6.12));
        Path file = dir.resolve("lesson.atlas.json");
        new ProjectFile().write(file, project);

        JsonNode plain = CliRun.of("geoparse").json();
        CliRun corrected = CliRun.of("geoparse", "--project", file.toString());
        assertThat(corrected.exitCode()).as(corrected.err()).isZero();
        JsonNode out = corrected.json();

        assertThat(feature(plain, "geonames:658225")).isPresent();
        assertThat(feature(out, "geonames:658225")).as("Helsinki, its only mention re-assigned").isEmpty();
        JsonNode residence = feature(out, "landmark:mantyniemi").orElseThrow();
        assertThat(mentionsAt(residence)).containsExactly(A2021 + ":1809");
        assertThat(residence.get("properties").get("reason").asText()).contains("re-assigned by the teacher");
        assertThat(residence.get("properties").get("candidates").get(0).get("id").asText()).isEqualTo("geonames:658225");

        JsonNode chechnya = feature(out, "admin1:RU-12").orElseThrow();
        assertThat(mentionsAt(chechnya)).containsExactly(A2017 + ":3821");

        assertThat(mentionsAt(feature(plain, "geonames:4140963").orElseThrow())).contains(A2017 + ":2713");
        assertThat(mentionsAt(feature(out, "geonames:4140963").orElseThrow())).doesNotContain(A2017 + ":2713")
                .hasSize(mentionsAt(feature(plain, "geonames:4140963").orElseThrow()).size() - 1);

        JsonNode geneva = feature(out, "geonames:2660646").orElseThrow();
        assertThat(geneva.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(6.12);
        assertThat(geneva.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(46.21);

        assertThat(mentionsAt(feature(out, "landmark:kant-air-base").orElseThrow()))
                .isEqualTo(mentionsAt(feature(plain, "landmark:kant-air-base").orElseThrow()));
    }

    @Test
    void theCardAndTheTimelineOfAProjectUseItsArticlesAndItsMovedMarkers(@TempDir Path dir) throws Exception {
        Path seeds = AtlasHome.locateOrWorkingDirectory().seeds().toAbsolutePath();
        // The teacher puts Kant Air Base on Bishkek's centre, and only the 2021 article is open.
        Project project = Project.empty().withArticles(List.of(seeds.resolve(A2021).toString()))
                .withMovedMarker(new Project.MovedMarker("landmark:kant-air-base", 42.87, 74.59));
        Path file = dir.resolve("lesson.atlas.json");
        new ProjectFile().write(file, project);
        CliRun card = CliRun.of("context", "landmark:kant-air-base", "--project", file.toString());
        assertThat(card.exitCode()).as(card.err()).isZero();
        assertThat(card.json().get("point").get("lon").asDouble()).isEqualTo(74.59);
        assertThat(card.json().get("nearest_city").get("name_en").asText()).isEqualTo("Bishkek");
        assertThat(card.json().get("nearest_city").get("distance_km").asDouble()).isLessThan(3.0);
        CliRun timeline = CliRun.of("timeline", "--project", file.toString());
        assertThat(timeline.exitCode()).as(timeline.err()).isZero();
        assertThat(timeline.json().get("events").findValuesAsText("article")).containsOnly(A2021);
    }

    @Test
    void aCorrectionOnOtherWordsIsReportedAndNotApplied(@TempDir Path dir) throws Exception {
        Path seeds = AtlasHome.locateOrWorkingDirectory().seeds().toAbsolutePath();
        Project project = Project.empty().withArticles(List.of(seeds.resolve(A2021).toString()))
                .withNotAPlace(new Project.NotAPlace(A2021, 1809, 1817, "Helsingfors"));
        Path file = dir.resolve("stale.atlas.json");
        new ProjectFile().write(file, project);
        CliRun r = CliRun.of("geoparse", "--project", file.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(file + ": « not a place » of « Helsingfors » at 1809–1817 in " + A2021
                + ": the article has « Helsinki » there now; not applied");
        assertThat(feature(r.json(), "geonames:658225")).isPresent();
    }

    @Test
    void anUnreadableProjectIsOneLineAndKeptAside(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.atlas.json");
        Files.writeString(file, "{\"schema_version\": 1, \"notes\": [");
        CliRun r = CliRun.of("geoparse", "--project", file.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.json()).isNull();
        assertThat(r.err().strip().lines()).hasSize(1).first().asString()
                .startsWith(file + ": not valid JSON").contains("kept aside as broken.atlas.json.unreadable-");
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void twoArticlesOfTheSameFileNameAreParsedApartAndEveryMentionPointsIntoItsOwnText(@TempDir Path dir)
            throws Exception {
        Path seeds = AtlasHome.locateOrWorkingDirectory().seeds();
        Path first = Files.createDirectories(dir.resolve("a")).resolve("same.txt");
        Path second = Files.createDirectories(dir.resolve("b")).resolve("same.txt");
        Files.copy(seeds.resolve(A2017), first);
        Files.copy(seeds.resolve(A2021), second);
        String[] texts = {Files.readString(first), Files.readString(second)};
        CliRun run = CliRun.of("geoparse", first.toString(), second.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        int checked = 0;
        for (JsonNode f : run.json().get("features")) {
            for (JsonNode m : f.get("properties").get("mentions")) {
                String text = m.get("text").asText();
                int start = m.get("start").asInt();
                int end = m.get("end").asInt();
                // The output names both files "same.txt": the mention must lie in one of the two texts.
                assertThat(List.of(texts[0], texts[1])).anySatisfy(t -> {
                    assertThat(end).isLessThanOrEqualTo(t.length());
                    assertThat(t.substring(start, end)).isEqualTo(text);
                });
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(60);
        assertThat(feature(run.json(), "geonames:551487")).as("Kazan, the city").isEmpty();
        assertThat(feature(run.json(), "landmark:kazan-cathedral")).isPresent();
        assertThat(feature(run.json(), "geonames:658225")).as("Helsinki, named only in the second").isPresent();
    }
}
