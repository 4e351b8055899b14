package org.articleatlas.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.gluonhq.maps.MapView;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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
        FxToolkit.registerPrimaryStage();
        app = (AtlasApplication) FxToolkit.setupApplication(AtlasApplication.class);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
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
        assertThat(robot.lookup("#statusLine").queryAs(Label.class).getText()).isEqualTo("2 articles loaded");
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        assertThat(stage.getTitle()).isEqualTo("Article Atlas");
    }
}
