package org.articleatlas.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.articleatlas.home.AtlasHome;
import picocli.CommandLine.Option;

/** The {@code --geodata DIR} option: the project's {@code geodata/} folder plus any the user names. */
final class GeodataFolders {

    @Option(names = "--geodata", paramLabel = "DIR",
            description = "Another folder of GeoJSON layers to open beside the project's geodata/ (repeatable).")
    private List<Path> extra = new ArrayList<>();

    /** The project's own folder first, so its countries and borders are the ones used. */
    List<Path> folders() {
        List<Path> folders = new ArrayList<>();
        AtlasHome.locate().map(AtlasHome::geodata).ifPresent(folders::add);
        folders.addAll(extra);
        return folders;
    }

    Path main() {
        return AtlasHome.locateOrWorkingDirectory().geodata();
    }
}
