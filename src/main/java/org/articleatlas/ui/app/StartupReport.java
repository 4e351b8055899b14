package org.articleatlas.ui.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import org.articleatlas.ui.map.OfflineTileRetriever;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opt-in measure of the time from JVM start to the first complete map frame, for
 * {@code benchmarks/startup.sh}: with {@code -Datlas.report.startup=FILE}, once the seeds' places
 * are on the map and no tile the map asked for is still being drawn, it logs the time and writes
 * it as one line to FILE. Gluon asks for its tiles some pulses after the view is laid out, so
 * "complete" means: tiles have been asked for, none is still being drawn, and no new one has been
 * asked for during the last {@value #QUIET_PULSES} pulses (the time of the first of those is reported).
 */
final class StartupReport {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);
    static final String PROPERTY = "atlas.report.startup";
    private static final int QUIET_PULSES = 10;

    private StartupReport() {
    }

    /** Starts watching if the property asks for it; call when the seeds' places are handed to the map. */
    static void placesShown() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        new AnimationTimer() {
            private int quietPulses;
            private int asked = -1;
            private long quietSince;

            @Override
            public void handle(long now) {
                int askedNow = OfflineTileRetriever.tilesAsked();
                boolean quiet = askedNow > 0 && askedNow == asked && OfflineTileRetriever.tilesInFlight() == 0;
                asked = askedNow;
                if (!quiet) {
                    quietPulses = 0;
                    return;
                }
                if (quietPulses++ == 0) {
                    quietSince = System.currentTimeMillis();
                }
                if (quietPulses < QUIET_PULSES) {
                    return;
                }
                stop();
                long millis = quietSince - ManagementFactory.getRuntimeMXBean().getStartTime();
                LOG.info("First complete map frame {} ms after JVM start", millis);
                try {
                    Files.writeString(Path.of(file), "first_map_frame_ms " + millis + "\n", StandardCharsets.UTF_8);
                } catch (IOException e) {
                    LOG.error("Cannot write the startup report to {}: {}", file, e.getMessage());
                }
            }
        }.start();
    }
}
