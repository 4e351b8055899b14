package org.articleatlas.corpus;

import java.nio.file.Path;

/** A file that could not be loaded, and why, in words for the user. */
public record LoadProblem(Path file, String reason) {

    /** One line: the file, a colon, the reason. */
    public String message() {
        return file + ": " + reason;
    }

    static LoadProblem of(ArticleReadException e) {
        return new LoadProblem(e.file(), e.reason());
    }
}
