package org.articleatlas.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A remembered layer folder, opened at start by the real window, headless on Monocle. */
class LayerFolderWindowTest {

    private final FxRobot robot = new FxRobot();
    /** A throw-away node of the test run's preferences, never the user's own list. */
    private final String node = "/org/articleatlas/test/layer-folders-" + UUID.randomUUID();
    private AtlasApplication app;

    @TempDir
    Path folder;

    @BeforeEach
    void useAThrowAwayNode() {
        System.setProperty(LayerFolderPreference.PROPERTY, node);
    }

    @AfterEach
    void stopAndRemoveTheNode() throws Exception {
        if (app != null) {
            WindowUnderTest.stop(app);
        }
        System.clearProperty(LayerFolderPreference.PROPERTY);
        if (Preferences.userRoot().nodeExists(node)) {
            Preferences.userRoot().node(node).removeNode();
        }
    }

    private LayerFolderPreference preference() {
        return new LayerFolderPreference(Preferences.userRoot(), node);
    }

    /** Returns once the remembered folders are opened (WindowUnderTest waits for them). */
    private void startTheWindow() throws Exception {
        app = WindowUnderTest.start();
    }

    private List<String> problems() {
        return app.notices().notices().stream().filter(NotificationsViewModel.Notice::problem)
                .map(NotificationsViewModel.Notice::message).toList();
    }

    private static List<MenuItem> allItems(List<MenuItem> items) {
        List<MenuItem> all = new ArrayList<>();
        for (MenuItem item : items) {
            all.add(item);
            if (item instanceof Menu menu) {
                all.addAll(allItems(menu.getItems()));
            }
        }
        return all;
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return allItems(new ArrayList<>(bar.getMenus())).stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    @Test
    void aRememberedFolderGivesItsGoodLayerAtStartAndOneNoticeForItsBrokenOne() throws Exception {
        Path good = folder.resolve("schools.geojson");
        WindowUnderTest.writeTwoSchools(good);
        Files.writeString(folder.resolve("broken.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[");
        preference().remember(folder);

        startTheWindow();

        String id = good.toAbsolutePath().normalize().toString();
        assertThat(app.mapLayers().overlays()).extracting(o -> o.id()).contains(id)
                .noneMatch(i -> i.endsWith("broken.geojson"));
        assertThat(app.mapLayers().isVisible(id)).as("added by the user: shown").isTrue();
        CheckBox toggle = robot.lookup("#layerPanel").lookup((CheckBox c) -> ("layerToggle-" + id).equals(c.getId()))
                .queryAs(CheckBox.class);
        assertThat(toggle.isSelected()).isTrue();
        assertThat(problems()).filteredOn(m -> m.contains("broken.geojson")).singleElement()
                .satisfies(m -> assertThat(m).startsWith("Layer broken.geojson could not be added: "));
        assertThat(problems()).noneMatch(m -> m.contains("schools.geojson"));

        // Still usable: a layer toggles, and the View menu lists the folder and can forget it.
        robot.interact(toggle::fire);
        assertThat(app.mapLayers().isVisible(id)).isFalse();
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        assertThat(stage.isShowing()).isTrue();
        Path remembered = folder.toAbsolutePath().normalize();
        assertThat(menuItem("menuLayerFolder-" + remembered).getText()).isEqualTo(remembered.toString());

        robot.interact(() -> menuItem("menuForgetLayerFolder-" + remembered).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.mapLayers().overlay(id)).isEmpty();
        assertThat(robot.lookup("#layerPanel").lookup((CheckBox c) -> ("layerToggle-" + id).equals(c.getId())).tryQuery())
                .isEmpty();
        assertThat(preference().folders()).isEmpty();
        assertThat(app.layerFolders()).isEmpty();
        assertThat(robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> allItems(m.getItems()).stream()).map(MenuItem::getId))
                .doesNotContain("menuLayerFolder-" + remembered);
    }

    @Test
    void aRememberedFolderThatIsGoneIsToldOnceAndStaysRemembered() throws Exception {
        Path usb = folder.resolve("usb-stick-left-at-home");
        preference().remember(usb);

        startTheWindow();

        assertThat(problems()).filteredOn(m -> m.contains(usb.toString())).singleElement()
                .satisfies(m -> assertThat(m).contains(": no such folder"));
        assertThat(preference().folders()).containsExactly(usb);
        assertThat(menuItem("menuLayerFolder-" + usb).getText()).isEqualTo(usb.toString());
    }

    @Test
    void aFolderAddedFromTheMenuIsShownAndRememberedAndAnEmptyOneIsTold() throws Exception {
        startTheWindow();
        Path layers = Files.createDirectory(folder.resolve("layers"));
        Files.writeString(layers.resolve("rivers.geojson"), """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"name":"Amou-Daria"},"geometry":{"type":"LineString","coordinates":[[60,42],[65,38]]}}]}
                """);
        Path empty = Files.createDirectory(folder.resolve("empty"));

        robot.interact(() -> app.addLayerFolder(layers));
        robot.interact(() -> app.addLayerFolder(empty));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.notices().notices().size() >= 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.mapLayers().isVisible(layers.resolve("rivers.geojson").toString())).isTrue();
        assertThat(app.notices().notices()).extracting(NotificationsViewModel.Notice::message)
                .contains("Layer folder " + layers + ": one layer added", "Layer folder " + empty + " has no layer to add.");
        assertThat(preference().folders()).containsExactly(layers, empty);
    }

    @Test
    void aDroppedFolderOpensItsArticlesAndLayersOnceAndAnEmptyOneIsTold() throws Exception {
        startTheWindow();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.articles().articles().size() == 2);
        Path clippings = Files.createDirectory(folder.resolve("clippings"));
        Files.writeString(clippings.resolve("och.txt"), """
                Och, la deuxième ville du Kirghizistan, accueille ce week-end un marché venu de Bichkek.
                """);
        Files.writeString(clippings.resolve("wells.geojson"), """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"name":"Puits 1"},"geometry":{"type":"Point","coordinates":[72.79,40.53]}}]}
                """);
        Files.writeString(clippings.resolve("budget.xlsx"), "not an article, not a layer: left alone");
        Path empty = Files.createDirectory(folder.resolve("empty"));

        robot.interact(() -> app.openDroppedFolder(clippings));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.articles().articles().size() == 3
                && app.mapLayers().overlay(clippings.resolve("wells.geojson").toString()).isPresent());
        robot.interact(() -> app.openDroppedFolder(empty));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !problems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.articles().articles()).extracting(a -> a.source().getFileName().toString()).contains("och.txt");
        assertThat(app.mapLayers().isVisible(clippings.resolve("wells.geojson").toString())).isTrue();
        assertThat(problems()).containsExactly("Folder " + empty + " holds no article and no layer to open.");
        assertThat(preference().folders()).as("a drop opens a folder once; only the menu remembers one").isEmpty();
    }
}
