package org.articleatlas.ui.app;

import java.nio.file.Path;
import org.articleatlas.gazetteer.Gazetteer;
import org.articleatlas.gazetteer.GazetteerLoader;
import org.articleatlas.geodata.GeodataException;
import org.articleatlas.geodata.LayerSet;

/**
 * The window's one gazetteer: read at the first reading of the articles (from the cache when it can,
 * read ahead since start-up), then kept for every later reading, the place cards and the project's
 * re-assignments, so that none of them reads it again. Thread-safe: readings run in the background.
 */
final class SharedGazetteer {

    private Path folder;
    private Gazetteer gazetteer;

    /** Starts reading the cached gazetteer at once, on a thread of its own, while the window opens. */
    static void readAhead(Path folder) {
        GazetteerLoader.readAhead(folder);
    }

    /** The gazetteer of {@code folder}, read with {@code layers} the first time only. */
    synchronized Gazetteer get(Path folder, LayerSet layers) throws GeodataException {
        Path key = folder.toAbsolutePath().normalize();
        if (gazetteer == null || !key.equals(this.folder)) {
            gazetteer = new GazetteerLoader().load(folder, layers);
            this.folder = key;
        }
        return gazetteer;
    }
}
