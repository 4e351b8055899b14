package org.articleatlas.ui.app;

import javafx.application.Application;

/** Opens the desktop window; called by {@code Launcher} so that the launcher itself stays free of JavaFX. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        StartupReport.mark("main");
        Application.launch(AtlasApplication.class, args);
    }
}
