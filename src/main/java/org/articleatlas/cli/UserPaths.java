package org.articleatlas.cli;

import java.nio.file.Path;

/** Paths printed as the user would type them. */
final class UserPaths {

    private UserPaths() {
    }

    /** Relative to the working directory when inside it, as given otherwise. */
    static String display(Path path) {
        if (!path.isAbsolute()) {
            return path.toString();
        }
        Path here = Path.of("").toAbsolutePath();
        return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
    }
}
