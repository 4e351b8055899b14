package org.articleatlas.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.articleatlas.geodata.Geodesy;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.model.Article;
import org.articleatlas.model.GeoPoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The reader in the real window, headless: names in the text move the map, and every view agrees. */
class ReaderWindowTest {

    private static final GeoPoint GENEVA = new GeoPoint(46.20222, 6.14569);

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

    /** Where the map really is: the point under the middle of the view, not the last centre asked for. */
    private MapPoint centre() {
        MapView map = robot.lookup("#mapView").queryAs(MapView.class);
        return map.getMapPosition(map.getWidth() / 2, map.getHeight() / 2);
    }

    private double kmFromGeneva() {
        MapPoint c = centre();
        return Geodesy.distanceKm(new GeoPoint(c.getLatitude(), c.getLongitude()), GENEVA);
    }

    @Test
    void clickingGeneveInTheReaderFliesTheMapThereAndSelectsItEverywhere() throws Exception {
        assertThat(kmFromGeneva()).as("the map starts over Central Asia").isGreaterThan(2000);
        @SuppressWarnings("unchecked")
        ListView<Article> articles = robot.lookup("#articleList").queryAs(ListView.class);
        robot.interact(() -> articles.getSelectionModel().select(articles.getItems().stream()
                .filter(a -> a.id().startsWith("004")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();

        Hyperlink geneve = robot.lookup(n -> n instanceof Hyperlink h && "Genève".equals(h.getText())
                && n.getId() != null && n.getId().startsWith("mention-004")).queryAs(Hyperlink.class);
        assertThat(geneve).as("« Genève » marked in the reader").isNotNull();
        robot.clickOn(geneve);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> kmFromGeneva() < 50);

        assertThat(kmFromGeneva()).isLessThan(50);
        PlaceResult selected = app.places().selectedProperty().get();
        assertThat(selected.place().nameFr()).isEqualTo("Genève");
        @SuppressWarnings("unchecked")
        ListView<PlaceResult> placeList = robot.lookup("#placeList").queryAs(ListView.class);
        assertThat(placeList.getSelectionModel().getSelectedItem()).isSameAs(selected);
        assertThat(geneve.getStyleClass()).contains("selected-place", "focused-mention");
        TabPane panels = robot.lookup("#sidePanels").queryAs(TabPane.class);
        assertThat(panels.getSelectionModel().getSelectedItem().getId()).as("the reader stays in front")
                .isEqualTo("readerTab");
    }

    @Test
    void tabOnTheMapGoesThroughThePlacesInTheListsOrderEnterOpensTheExcerptsEscapeLeaves() throws Exception {
        @SuppressWarnings("unchecked")
        ListView<PlaceResult> placeList = robot.lookup("#placeList").queryAs(ListView.class);
        robot.interact(() -> robot.lookup("#mapPane").query().requestFocus());
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.places().selectedProperty().get()).isSameAs(placeList.getItems().get(1));
        assertThat(placeList.getSelectionModel().getSelectedIndex()).isEqualTo(1);

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane panels = robot.lookup("#sidePanels").queryAs(TabPane.class);
        assertThat(panels.getSelectionModel().getSelectedItem().getId()).isEqualTo("excerptsTab");
        assertThat(robot.lookup("#excerptPanel .excerpt").queryAll()).isNotEmpty();

        robot.interact(() -> robot.lookup("#mapPane").query().requestFocus());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(placeList.isFocused()).as("Escape leaves the map for the place list").isTrue();
    }

    @Test
    void turningToTheReaderWithAPlaceChosenOpensTheArticleWhereItIsFirstNamed() throws Exception {
        PlaceResult kant = app.places().places().stream().filter(p -> p.place().nameFr().contains("Kant"))
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        ListView<PlaceResult> placeList = robot.lookup("#placeList").queryAs(ListView.class);
        robot.interact(() -> placeList.getSelectionModel().select(kant));
        TabPane panels = robot.lookup("#sidePanels").queryAs(TabPane.class);
        robot.interact(() -> panels.getSelectionModel().select(panels.getTabs().stream()
                .filter(t -> "readerTab".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();

        var first = kant.mentions().get(0);
        // Looked up on the FX thread: the reader may still be laying out its text, and walking the scene graph
        // from the test's thread while it changes failed once in a loaded run (an index out of bounds).
        java.util.function.Predicate<javafx.scene.Node> focused = n -> n instanceof Hyperlink
                && n.getStyleClass().contains("focused-mention");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup(focused).tryQuery().isPresent()).get());
        Hyperlink marked = WaitForAsyncUtils.asyncFx(() -> robot.lookup(focused).queryAs(Hyperlink.class)).get();
        assertThat(marked).as("a mention marked in the reader").isNotNull();
        assertThat(marked.getId()).as("Kant's first mention, in its article")
                .isEqualTo("mention-" + first.articleId() + "-" + first.span().start());
        assertThat(app.places().selectedProperty().get()).as("still the place chosen").isSameAs(kant);
    }
}
