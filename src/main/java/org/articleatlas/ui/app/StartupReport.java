package org.articleatlas.ui.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.articleatlas.ui.map.OfflineTileRetriever;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opt-in measure of the time from JVM start to the first complete map frame, for
 * {@code benchmarks/startup.sh}: with {@code -Datlas.report.startup=FILE}, once the seeds' places
 * are on the map and no tile the map asked for is still being drawn, it logs the time and writes
 * it to FILE, after the time each phase of the start-up ended ({@link #mark}), one
 * {@code phase milliseconds} line each. Gluon asks for its tiles some pulses after the view is
 * laid out, so "complete" means: tiles have been asked for, none is still being drawn, and no new
 * one has been asked for during the last {@value #QUIET_PULSES} pulses (the time of the first of
 * those is reported).
 */
final class StartupReport {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);
    static final String PROPERTY = "atlas.report.startup";
    /** With {@code -Datlas.report.startup.exit=true} the window closes once the report is written. */
    static final String EXIT_PROPERTY = "atlas.report.startup.exit";
    private static final int QUIET_PULSES = 10;
    private static final long MAX_WAIT_MILLIS = 10_000;
    /** When each phase first ended, wall clock: cheap enough to keep whether or not a report is asked for. */
    private static final Map<String, Long> PHASES = new ConcurrentHashMap<>();

    private StartupReport() {
    }

    /** Notes that {@code phase} has ended now, the first time only; any thread. */
    static void mark(String phase) {
        PHASES.putIfAbsent(phase, System.currentTimeMillis());
    }

    /**
     * Watches for the first complete view, from now, when the seeds' places are handed to the map;
     * then runs {@code whenComplete} on the FX thread, and writes the report if the property asks
     * for it. A view whose tiles never settle (no tile asked for: the map hidden, or a server that
     * never answers) counts as complete after {@value #MAX_WAIT_MILLIS} ms, for {@code whenComplete}
     * only: no report is written then.
     */
    static void placesShown(Runnable whenComplete) {
        mark("places_on_map");
        String file = System.getProperty(PROPERTY);
        TilesQuiet.watch(QUIET_PULSES, true, MAX_WAIT_MILLIS, quietSince -> {
            whenComplete.run();
            if (file == null || file.isBlank()) {
                return;
            }
            write(Path.of(file), quietSince);
            if (Boolean.getBoolean(EXIT_PROPERTY)) {
                // Closed as a user would close it, so that bin/atlas's first run writes its archive.
                javafx.application.Platform.exit();
            }
        }, whenComplete);
    }

    private static void write(Path file, long complete) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        OfflineTileRetriever.firstTileAsked().ifPresent(t -> PHASES.putIfAbsent("first_tile_asked", t));
        OfflineTileRetriever.firstTileDrawn().ifPresent(t -> PHASES.putIfAbsent("first_tile_drawn", t));
        List<Map.Entry<String, Long>> phases = new ArrayList<>(PHASES.entrySet());
        phases.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Long> phase : phases) {
            text.append(phase.getKey()).append(' ').append(phase.getValue() - jvmStart).append('\n');
        }
        long millis = complete - jvmStart;
        text.append("first_map_frame_ms ").append(millis).append('\n');
        // The processor time of the whole process (every thread, the compilers' too) up to now: what
        // a busy machine cannot inflate, unlike the wall-clock times above.
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            text.append("process_cpu_ms ").append(os.getProcessCpuTime() / 1_000_000).append('\n');
        }
        LOG.info("First complete map frame {} ms after JVM start", millis);
        try {
            // Whole or not at all: the benchmark reads the file as soon as it is there.
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.error("Cannot write the startup report to {}: {}", file, e.getMessage());
        }
    }
}
