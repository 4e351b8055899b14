package org.articleatlas.corpus;

import java.nio.file.Path;

/** An article file that cannot be read; the message is one line that names the file and the cause. */
public final class ArticleReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    public ArticleReadException(Path file, String reason) {
        this(file, reason, null);
    }

    public ArticleReadException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** The cause alone, without the file name. */
    public String reason() {
        return reason;
    }
}
