package org.articleatlas.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.articleatlas.ui.places.PlacesViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The README's picture of the window, taken by the application itself: with
 * {@code -Datlas.screenshot=FILE} the window writes a PNG of itself once the articles' places and
 * the map's layers are shown and no tile is still being drawn, then closes.
 * {@code -Datlas.screenshot.place=ID} first chooses a place (its excerpts open beside the map).
 * {@code scripts/screenshot.sh} runs it under Xvfb.
 */
final class WindowScreenshot {

    static final String PROPERTY = "atlas.screenshot";
    static final String PLACE_PROPERTY = "atlas.screenshot.place";
    /** {@code false} keeps the window open after the picture (the tests, which share one JavaFX). */
    static final String EXIT_PROPERTY = "atlas.screenshot.exit";
    private static final Logger LOG = LoggerFactory.getLogger(WindowScreenshot.class);
    /** Pulses (about 1/60 s each) with no tile asked or drawn before the picture: the view has settled. */
    private static final int QUIET_PULSES = 30;

    private WindowScreenshot() {
    }

    /** Does nothing unless the property names a file. */
    static void takeWhenReady(Stage stage, PlacesViewModel places, CompletableFuture<Void> shown) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        Path target = Path.of(file).toAbsolutePath();
        shown.thenRun(() -> Platform.runLater(() -> {
            String place = System.getProperty(PLACE_PROPERTY);
            if (place != null && !place.isBlank() && places.select(place).isEmpty()) {
                LOG.warn("Screenshot: no place {} among those found; none chosen", place);
            }
            TilesQuiet.watch(QUIET_PULSES, false, Long.MAX_VALUE, quietSince -> {
                write(stage.getScene().snapshot(null), target);
                if (!"false".equals(System.getProperty(EXIT_PROPERTY))) {
                    Platform.exit();
                }
            }, () -> { });
        }));
    }

    private static void write(WritableImage image, Path target) {
        try {
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", partial.toFile())) {
                throw new IOException("no PNG writer");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("Screenshot written to {}", target);
        } catch (IOException e) {
            LOG.error("Cannot write the screenshot to {}: {}", target, e.getMessage());
        }
    }
}
