package org.articleatlas.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import org.articleatlas.context.PlaceCard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The teaching tools in the real window, headless: the place card, saving and opening a project. */
class TeachingWindowTest {

    private static final String KANT = "landmark:kant-air-base";

    @TempDir
    Path folder;

    private AtlasApplication app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = WindowUnderTest.start();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !app.places().places().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    private void chooseKantAndShowItsCard() throws Exception {
        robot.interact(() -> app.places().select(KANT).orElseThrow());
        robot.clickOn(robot.lookup(".tab").match(n -> n.getId() != null && n.getId().equals("cardTab"))
                .<Node>query());
        robot.interact(() -> robot.lookup("#sidePanels").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.teaching().cards().cardProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> cardLines() {
        return robot.lookup("#placeCard .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void theCardOfKantAirBaseShowsItsCountryBishkekAndTheDistanceToTheChineseBorder() throws Exception {
        chooseKantAndShowItsCard();
        PlaceCard card = app.teaching().cards().cardProperty().get();
        assertThat(card.id()).isEqualTo(KANT);
        PlaceCard.NamedBorder china = card.namedBorders().stream()
                .filter(b -> b.a().equals("CN") || b.b().equals("CN")).filter(b -> b.a().equals("KG")
                        || b.b().equals("KG")).findFirst().orElseThrow();
        // Kant (42.9° N, 74.8° E) to the Tian Shan crest where Kyrgyzstan meets China: some 250 km.
        assertThat(china.distanceKm()).isBetween(200.0, 320.0);
        String shown = String.format(java.util.Locale.UK, "%,.1f km", china.distanceKm());
        assertThat(cardLines()).anyMatch(l -> l.contains("China") && l.contains("Kyrgyzstan") && l.endsWith(shown));
        assertThat(cardLines()).contains("Kyrgyzstan").anyMatch(l -> l.startsWith("Bishkek \u2014"));
    }

    @Test
    void aNoteSavedInAProjectComesBackWhenTheProjectIsOpenedAgain() throws Exception {
        chooseKantAndShowItsCard();
        robot.clickOn("#placeNote").write("Russian air base since 2003");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.teaching().project().isDirty()).isTrue();
        Path file = folder.resolve("lesson.atlas.json");
        robot.interact(() -> app.project().saveTo(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.teaching().project().isDirty());
        assertThat(Files.readString(file)).contains("Russian air base since 2003", KANT);

        robot.interact(() -> app.project().newProject());
        assertThat(robot.lookup("#placeNote").queryAs(TextArea.class).getText()).isEmpty();

        Object readingBefore = app.places().result().orElseThrow();
        robot.interact(() -> app.project().open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> app.teaching().project().project().noteOn(KANT).isPresent());
        // The project's articles are read again: the old places stay on screen until the new reading is in.
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.places().result().orElseThrow() != readingBefore
                && app.places().places().stream().anyMatch(p -> p.place().id().equals(KANT)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> app.places().select(KANT));
        assertThat(robot.lookup("#placeNote").queryAs(TextArea.class).getText())
                .isEqualTo("Russian air base since 2003");
        assertThat(app.teaching().project().isDirty()).isFalse();
        assertThat(app.teaching().project().name()).contains("lesson");
    }

    @Test
    void aCorruptProjectIsToldKeptAsideAndTheWindowStaysUsable() throws Exception {
        Path file = folder.resolve("broken.atlas.json");
        Files.writeString(file, "{\"schema_version\": 1, \"notes\": [", StandardCharsets.UTF_8);
        robot.interact(() -> app.project().open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.notices().notices().stream()
                .anyMatch(n -> n.problem() && n.message().contains("broken.atlas.json")));
        WaitForAsyncUtils.waitForFxEvents();
        String told = app.notices().notices().stream().filter(n -> n.message().contains("broken.atlas.json"))
                .findFirst().orElseThrow().message();
        assertThat(told).contains("broken.atlas.json", "not valid JSON", "kept aside");
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).as("shown in the window")
                .anyMatch(l -> l.getText() != null && l.getText().equals(told));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("broken.atlas.json.unreadable-"));
        }
        assertThat(app.teaching().project().file()).as("the current project stays").isEmpty();
        chooseKantAndShowItsCard();
        assertThat(cardLines()).contains("Kyrgyzstan");
    }
}
