package org.articleatlas.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The README's picture: the real window, headless, photographs itself once its places and layers are shown. */
class WindowScreenshotTest {

    @TempDir
    Path folder;
    private AtlasApplication app;

    @AfterEach
    void stop() throws Exception {
        System.clearProperty(WindowScreenshot.PROPERTY);
        System.clearProperty(WindowScreenshot.PLACE_PROPERTY);
        System.clearProperty(WindowScreenshot.EXIT_PROPERTY);
        if (app != null) {
            WindowUnderTest.stop(app);
        }
    }

    @Test
    void writesAPngOfTheWholeWindowWithThePlaceAskedForChosen() throws Exception {
        Path picture = folder.resolve("screenshot.png");
        System.setProperty(WindowScreenshot.PROPERTY, picture.toString());
        System.setProperty(WindowScreenshot.PLACE_PROPERTY, "landmark:kazan-cathedral");
        System.setProperty(WindowScreenshot.EXIT_PROPERTY, "false");

        app = WindowUnderTest.start();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> Files.isRegularFile(picture));

        BufferedImage image = ImageIO.read(picture.toFile());
        assertThat(image).as("a PNG").isNotNull();
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
        assertThat(app.places().places()).as("taken once the places were shown").isNotEmpty();
        assertThat(app.places().selectedProperty().get().place().id()).isEqualTo("landmark:kazan-cathedral");
        assertThat(Files.exists(folder.resolve("screenshot.png.part"))).isFalse();
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 4) {
            for (int y = 0; y < image.getHeight(); y += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("a drawn window, not a blank one").isGreaterThan(200);
    }
}
