package org.articleatlas;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.articleatlas.cli.AtlasCli;
import org.articleatlas.ui.app.DesktopLauncher;

/**
 * The program's entry point: no arguments open the desktop window, anything else runs the
 * headless command line. It does not extend {@code Application} and imports no JavaFX, so
 * the command line runs where JavaFX cannot start.
 */
public final class Launcher {

    /**
     * The GeoJSON store logs each repaired or skipped feature for any GeoTools user; the commands
     * print the same problems themselves, one line each, so on the command line its log would say
     * everything twice. Held here because the log manager keeps loggers only weakly.
     */
    private static final Logger LAYER_STORE_LOG = Logger.getLogger(
            "org.articleatlas.geodata.geojson.GeoJsonDataStore");

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            configureLogging(Level.INFO);
            DesktopLauncher.launch(args);
            return;
        }
        // Libraries log warnings only, so that a command's output stays what the contract says.
        configureLogging(Level.WARNING);
        LAYER_STORE_LOG.setLevel(Level.SEVERE);
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
        System.exit(AtlasCli.run(args, out, err));
    }

    private static void configureLogging(Level level) {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        java.util.logging.ConsoleHandler console = new java.util.logging.ConsoleHandler();
        console.setLevel(level);
        root.addHandler(console);
        root.setLevel(level);
    }
}
