package org.articleatlas.ui.app;

import javafx.application.Application;

/** Opens the desktop window; called by {@code Launcher} so that the launcher itself stays free of JavaFX. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        StartupReport.mark("main");
        // The geodata and the seeds are read while JavaFX starts and the window is built.
        StartupWork.beginEarly();
        Application.launch(AtlasApplication.class, args);
    }
}
