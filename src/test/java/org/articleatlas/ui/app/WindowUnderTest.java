package org.articleatlas.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, started and closed in the headless toolkit, as every window test needs it. */
public final class WindowUnderTest {

    private WindowUnderTest() {
    }

    /**
     * Starts the application and waits until it has stopped adding the layers it reads after its
     * first frame, the remembered layer folders' too: a test walking the scene graph from its own
     * thread meanwhile would race the FX thread.
     */
    public static AtlasApplication start() throws Exception {
        FxToolkit.registerPrimaryStage();
        AtlasApplication app = (AtlasApplication) FxToolkit.setupApplication(AtlasApplication.class);
        app.mapLayersShown().get(180, TimeUnit.SECONDS);
        app.layerFoldersShown().get(120, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    public static void stop(AtlasApplication app) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** A user's own layer of two points (two schools, in Dushanbe and Tashkent), written to {@code file}. */
    public static Path writeTwoSchools(Path file) throws IOException {
        return Files.writeString(file, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"name":"Lycée A"},"geometry":{"type":"Point","coordinates":[68.78,38.56]}},
                 {"type":"Feature","properties":{"name":"Lycée B"},"geometry":{"type":"Point","coordinates":[69.28,41.31]}}]}
                """);
    }
}
