package org.articleatlas.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The map's layers and the File menu's work in the real window, headless on Monocle. */
class MapLayersWindowTest {

    private AtlasApplication app;
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path folder;

    @BeforeEach
    void start() throws Exception {
        app = WindowUnderTest.start();
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    /** Shown on screen: the node and every parent up to the scene are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private Node node(String id) {
        return robot.lookup(n -> id.equals(n.getId())).query();
    }

    @Test
    void togglingTheBordersLayerHidesAndShowsTheBordersNamedAndLabelsNeverOverlap() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !app.places().borders().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Node border = node("border-AF-TJ-0");
        CheckBox toggle = (CheckBox) node("layerToggle-borders-named");
        assertThat(shown(border)).isTrue();

        robot.interact(toggle::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(toggle.isSelected()).isFalse();
        assertThat(shown(border)).as("the Afghan–Tajik border once its layer is off").isFalse();
        assertThat(shown(node("place-country:AF"))).as("markers stay").isTrue();

        robot.interact(toggle::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(border)).isTrue();

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.mapLayers().outlinesProperty().get().size() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(node("tint-country:AF"))).as("Afghanistan, named, is tinted").isTrue();
        List<Bounds> labels = robot.lookup(".place-label").queryAllAs(Label.class).stream()
                .filter(MapLayersWindowTest::shown).map(Node::getBoundsInParent).toList();
        assertThat(labels).hasSizeGreaterThan(5);
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(labels.get(i).intersects(labels.get(j))).as("%s and %s", labels.get(i), labels.get(j)).isFalse();
            }
        }
    }

    @Test
    void openingABinaryFileGivesANotificationAndTheWindowStaysUsable() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.articles().articles().size() == 2);
        Path binary = folder.resolve("photo.txt");
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(binary, bytes);

        robot.interact(() -> app.openArticles(List.of(binary)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !app.notices().notices().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        NotificationsViewModel.Notice notice = app.notices().notices().get(0);
        assertThat(notice.problem()).isTrue();
        assertThat(notice.message()).startsWith("photo.txt could not be opened: ");
        assertThat(robot.lookup(".notification").queryAll()).hasSize(1);
        assertThat(app.articles().articles()).hasSize(2);
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        assertThat(stage.isShowing()).isTrue();
        CheckBox labels = (CheckBox) node("layerToggle-labels");
        robot.interact(labels::fire);
        assertThat(app.mapLayers().isVisible("labels")).isFalse();
    }

    @Test
    void anAddedGeoJsonLayerGetsAToggleAndABrokenOneANotification() throws Exception {
        Path good = folder.resolve("schools.geojson");
        WindowUnderTest.writeTwoSchools(good);
        Path broken = folder.resolve("broken.geojson");
        Files.writeString(broken, "{\"type\":\"FeatureCollection\",\"features\":[");

        robot.interact(() -> app.addLayers(List.of(good, broken)));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.notices().notices().size() >= 2);
        WaitForAsyncUtils.waitForFxEvents();

        String id = good.toAbsolutePath().toString();
        assertThat(app.mapLayers().isVisible(id)).isTrue();
        assertThat(shown(node("overlay-" + id))).isTrue();
        assertThat(app.notices().notices()).extracting(NotificationsViewModel.Notice::message)
                .anyMatch(m -> m.equals("Layer schools.geojson added: 2 features"))
                .anyMatch(m -> m.startsWith("Layer broken.geojson could not be added: "));
        CheckBox toggle = (CheckBox) node("layerToggle-" + id);
        robot.interact(toggle::fire);
        assertThat(shown(node("overlay-" + id))).isFalse();
    }

    @Test
    void choosingFrenchFromTheViewMenuRebuildsTheWindowInFrenchKeepingTheArticles() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.articles().articles().size() == 2);
        org.articleatlas.model.Article second = app.articles().articles().get(1);
        robot.interact(() -> app.articles().selectedProperty().set(second));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> app.switchLanguage("fr"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".reader-title").queryAs(Label.class).getText()).as("the reader keeps its article")
                .isEqualTo(second.title());
        assertThat(robot.lookup("#readerPane .reader-paragraph").queryAll()).isNotEmpty();

        assertThat(robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus())
                .extracting(javafx.scene.control.Menu::getText).containsExactly("Fichier", "Affichage");
        assertThat(((javafx.scene.control.TitledPane) node("layerPanel")).getText()).isEqualTo("Couches");
        assertThat(((CheckBox) node("layerToggle-borders-named")).getText()).isEqualTo("Frontières citées");
        assertThat(robot.lookup("#statusLine").queryAs(Label.class).getText()).startsWith("2 articles chargés");
        assertThat(InterfaceLanguage.chosen()).contains("fr");
        robot.interact(() -> app.switchLanguage(null));
        assertThat(InterfaceLanguage.chosen()).isEmpty();
    }
}
