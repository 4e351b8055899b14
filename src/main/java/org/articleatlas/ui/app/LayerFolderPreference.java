package org.articleatlas.ui.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The layer folders the user added (File → Add layer folder…), kept between runs in the user's
 * Java preferences, in the order added: opened again at each start. A folder that is missing at
 * start (a USB stick left out) stays remembered until the user forgets it. Like the language
 * choice, a preference that cannot be read or saved is logged and never stops the window.
 */
public final class LayerFolderPreference {

    /** A node of the user's preferences to use instead of the real one (tests, a classroom's own set-up). */
    public static final String PROPERTY = "atlas.layerFolders.node";
    private static final Logger LOG = LoggerFactory.getLogger(LayerFolderPreference.class);
    /** Beside the language choice, in a node of its own: rewriting the list clears it without touching the rest. */
    private static final String NODE = "/org/articleatlas/ui/app/layer-folders";

    private final Preferences root;
    private final String path;

    /** @param path an absolute node path under {@code root} */
    public LayerFolderPreference(Preferences root, String path) {
        this.root = root;
        this.path = path;
    }

    /** The user's own list, or the node {@value #PROPERTY} names. */
    public static LayerFolderPreference user() {
        return new LayerFolderPreference(Preferences.userRoot(), System.getProperty(PROPERTY, NODE));
    }

    /** The remembered folders, in the order added; empty if none or if the preferences cannot be read. */
    public List<Path> folders() {
        try {
            // Asking an absent node creates it on disk: look first, so a user who never added a folder leaves no trace.
            if (!root.nodeExists(path)) {
                return List.of();
            }
            Preferences node = root.node(path);
            List<String> keys = new ArrayList<>(Arrays.stream(node.keys()).filter(k -> k.matches("\\d{1,9}")).toList());
            keys.sort(Comparator.comparingInt(Integer::parseInt));
            List<Path> folders = new ArrayList<>();
            for (String key : keys) {
                String value = node.get(key, "");
                try {
                    Path folder = Path.of(value);
                    if (!value.isBlank() && !folders.contains(folder)) {
                        folders.add(folder);
                    }
                } catch (InvalidPathException e) {
                    LOG.warn("A remembered layer folder is not a path on this system, skipped: {}", value);
                }
            }
            return List.copyOf(folders);
        } catch (BackingStoreException | RuntimeException e) {
            LOG.warn("The remembered layer folders could not be read: {}", e.getMessage());
            return List.of();
        }
    }

    /** Adds a folder at the end of the list (as an absolute path); one already there stays where it is. */
    public List<Path> remember(Path folder) {
        List<Path> folders = new ArrayList<>(folders());
        Path absolute = folder.toAbsolutePath().normalize();
        if (!folders.contains(absolute)) {
            folders.add(absolute);
            write(folders);
        }
        return List.copyOf(folders);
    }

    /** Takes a folder off the list; its files are left alone. */
    public List<Path> forget(Path folder) {
        List<Path> folders = new ArrayList<>(folders());
        if (folders.remove(folder.toAbsolutePath().normalize())) {
            write(folders);
        }
        return List.copyOf(folders);
    }

    private void write(List<Path> folders) {
        try {
            Preferences node = root.node(path);
            node.clear();
            for (int i = 0; i < folders.size(); i++) {
                node.put(Integer.toString(i), folders.get(i).toString());
            }
            node.flush();
        } catch (BackingStoreException | RuntimeException e) {
            LOG.warn("The layer folders could not be saved for the next run: {}", e.getMessage());
        }
    }
}
