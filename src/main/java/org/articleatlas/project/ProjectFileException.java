package org.articleatlas.project;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A project file that could not be opened or saved; the message is one line naming the file and
 * the cause, and says where an unreadable file was kept aside.
 */
public final class ProjectFileException extends Exception {

    private final Path file;
    private final transient Optional<Path> keptAside;

    ProjectFileException(Path file, String message, Optional<Path> keptAside, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.keptAside = keptAside;
    }

    public Path file() {
        return file;
    }

    /** Where the unreadable file now is, when it was moved out of the way. */
    public Optional<Path> keptAside() {
        return keptAside;
    }
}
