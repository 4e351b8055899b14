package org.articleatlas.ui.app;

import java.nio.file.Path;
import java.util.List;

/** What the window's menus and drops ask the application to do. */
public interface WindowActions {

    /** Reads articles and finds their places, in the background. */
    void openArticles(List<Path> files);

    /** Reads GeoJSON layers and adds them to the map, in the background. */
    void addLayers(List<Path> files);

    /** Shows the interface in another language: {@code fr}, {@code en}, or {@code null} for the system's. */
    void switchLanguage(String code);

    /** Shows a folder in the system's file manager, as « Open folder » under an export asks. */
    default void showFolder(Path folder) {
    }
}
