package org.articleatlas.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Project files: what is saved comes back, and nothing a teacher made is ever lost. */
class ProjectFileTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static Project lesson() {
        return Project.empty()
                .withArticles(List.of("seeds/004_796b3cc5194f9ead.txt", "/home/teacher/notes/kabul.html"))
                .withLayers(List.of(new Project.LayerRef("geodata/regions.geojson.gz", true),
                        new Project.LayerRef("my/rivers.geojson", false)))
                .withNote("landmark:kant-air-base", "Ouverte en 2003 ; voir la carte de l'OTSC.")
                .withPin(new Project.Pin("pin-1", 39.0, 71.5, "Le Pamir : « toit du monde »"))
                .withMovedMarker(new Project.MovedMarker("geonames:2660646", 46.2, 6.15))
                .withReassignment(new Project.Reassignment("004_796b3cc5194f9ead.txt", 1809, 1817, "Helsinki",
                        "landmark:mantyniemi"))
                .withNotAPlace(new Project.NotAPlace("000_2b7127eb9b81e802.txt", 2713, 2723, "Washington"));
    }

    private Stream<Path> files() throws IOException {
        return Files.list(dir).sorted();
    }

    @Test
    void whatIsSavedComesBackEqual() throws Exception {
        Path file = dir.resolve("lesson.atlas.json");
        new ProjectFile().write(file, lesson());
        assertThat(new ProjectFile().read(file)).isEqualTo(lesson());
        assertThat(Files.readString(file)).contains("\"schema_version\" : 1", "« toit du monde »");
        assertThat(files()).containsExactly(file);
    }

    @Test
    void fieldsFromALaterMinorEditionAreIgnoredNotFatal() throws Exception {
        Path file = dir.resolve("lesson.atlas.json");
        Files.writeString(file, "{\"schema_version\": 1, \"articles\": [\"a.txt\"], \"colour_theme\": \"dark\"}");
        Project read = new ProjectFile().read(file);
        assertThat(read.articles()).containsExactly("a.txt");
        assertThat(read.notes()).isEmpty();
    }

    @Test
    void aWriteThatFailsLeavesThePreviousFileWholeAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("lesson.atlas.json");
        new ProjectFile().write(file, lesson());
        byte[] before = Files.readAllBytes(file);
        ProjectFile failing = new ProjectFile(NOON, temp -> {
            assertThat(Files.size(temp)).isPositive();
            throw new IOException("disk full");
        });
        Project changed = lesson().withNote("country:TJ", "new note");
        assertThatThrownBy(() -> failing.write(file, changed))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": cannot be saved: disk full");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(files()).containsExactly(file);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"{\"schema_version\": 1, \"notes\": [", "", "[1, 2]", "{\"notes\": []}",
        "{\"schema_version\": 1, \"pins\": [{\"id\": \"p\", \"lat\": 95, \"lon\": 0, \"text\": \"x\"}]}",
        "\u0000\u0001binary"})
    void anUnreadableFileIsKeptAsideAndTheCallerToldInOneLine(String content) throws Exception {
        Path file = dir.resolve("lesson.atlas.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ProjectFile projects = new ProjectFile(NOON, temp -> { });
        assertThatThrownBy(() -> projects.read(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageEndingWith("; kept aside as lesson.atlas.json.unreadable-20261123T120000Z")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        Path aside = dir.resolve("lesson.atlas.json.unreadable-20261123T120000Z");
        assertThat(files()).containsExactly(aside);
        assertThat(Files.readString(aside, StandardCharsets.UTF_8)).isEqualTo(content);
    }

    @Test
    void savingOverAnUnreadableFileKeepsItAsideFirst() throws Exception {
        Path file = dir.resolve("lesson.atlas.json");
        Files.writeString(file, "{ half a proj");
        new ProjectFile(NOON, temp -> { }).write(file, lesson());
        assertThat(new ProjectFile().read(file)).isEqualTo(lesson());
        assertThat(Files.readString(dir.resolve("lesson.atlas.json.unreadable-20261123T120000Z")))
                .isEqualTo("{ half a proj");
    }

    @Test
    void aFileFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("lesson.atlas.json");
        String newer = "{\"schema_version\": 7, \"articles\": [], \"timelines\": {}}";
        Files.writeString(file, newer);
        assertThatThrownBy(() -> new ProjectFile().read(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": written by a newer Article Atlas (schema version 7; this one reads up to 1);"
                        + " open it with that version — the file is left untouched");
        assertThatThrownBy(() -> new ProjectFile().write(file, lesson()))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageStartingWith(file + ": not saved over: ");
        assertThat(Files.readString(file)).isEqualTo(newer);
        assertThat(files()).containsExactly(file);
    }

    @Test
    void aMissingFileIsNamedAndNothingIsCreated() {
        Path file = dir.resolve("gone.atlas.json");
        assertThatThrownBy(() -> new ProjectFile().read(file)).hasMessage(file + ": no such file");
        assertThat(Files.exists(file)).isFalse();
    }
}
