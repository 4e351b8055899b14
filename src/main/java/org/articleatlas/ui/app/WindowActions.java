package org.articleatlas.ui.app;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** What the window's menus and drops ask the application to do. */
public interface WindowActions {

    /** Reads articles and finds their places, in the background. */
    void openArticles(List<Path> files);

    /** Reads GeoJSON layers and adds them to the map, in the background. */
    void addLayers(List<Path> files);

    /** Opens every layer of a folder, adds them to the map, and remembers the folder for the next runs. */
    default void addLayerFolder(Path folder) {
    }

    /** Opens a folder dropped on the window: its articles and its layers, this once. */
    default void openDroppedFolder(Path folder) {
    }

    /** Takes a remembered folder's layers off the map and stops opening it at start. */
    default void forgetLayerFolder(Path folder) {
    }

    /** The remembered layer folders, in the order added, kept up to date on the FX thread. */
    default ObservableList<Path> layerFolders() {
        return FXCollections.emptyObservableList();
    }

    /** Shows the interface in another language: {@code fr}, {@code en}, or {@code null} for the system's. */
    void switchLanguage(String code);

    /** Shows a folder in the system's file manager, as « Open folder » under an export asks. */
    default void showFolder(Path folder) {
    }
}
