package org.articleatlas.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.gluonhq.maps.MapView;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application, headless on Monocle, as a user would see it. */
class MainWindowSmokeTest {

    private AtlasApplication app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = WindowUnderTest.start();
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    @Test
    void showsTheMapAndBothSeedTitlesInTheArticleList() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.articles().articles().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".article-title").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("Rare victoire pour les relations anti-terroristes US-Russes",
                        "Vers un partenariat militaire Russie / États-Unis ?");
        MapView map = robot.lookup("#mapView").queryAs(MapView.class);
        assertThat(map.isVisible()).isTrue();
        assertThat(map.getWidth()).isGreaterThan(400);
        assertThat(map.getCenter().getLatitude()).isBetween(30.0, 60.0);
        assertThat(robot.lookup("#statusLine").queryAs(Label.class).getText()).startsWith("2 articles loaded");
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        assertThat(stage.getTitle()).as("the app, then the project").startsWith("Article Atlas \u2014 ");
    }

    @Test
    void clickingTheKazanCathedralMarkerShowsTheSentenceThatNamesIt() throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !app.places().places().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Node marker = robot.lookup(n -> "place-landmark:kazan-cathedral".equals(n.getId())).query();
        assertThat(marker).as("a marker for Kazan Cathedral").isNotNull();
        robot.interact(() -> marker.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0,
                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true, false, false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        String excerpts = robot.lookup("#excerptPanel").queryAs(javafx.scene.layout.VBox.class)
                .lookupAll(".excerpt").stream()
                .map(flow -> ((TextFlow) flow).getChildren().stream().map(t -> ((Text) t).getText())
                        .reduce("", String::concat))
                .reduce("", (a, b) -> a + "\n" + b);
        assertThat(excerpts).contains("la cathédrale historique de Kazan au centre-ville de Saint-Pétersbourg");
        assertThat(robot.lookup("#statusLine").queryAs(Label.class).getText()).contains("places found");
        assertThat(robot.lookup(n -> n.getId() != null && n.getId().startsWith("border-AF-TJ-")).queryAll())
                .as("the Afghan–Tajik border the articles speak of").isNotEmpty();
    }
}
