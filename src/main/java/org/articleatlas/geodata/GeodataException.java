package org.articleatlas.geodata;

/** A geodata file that cannot be used; the message is one line naming the file and the cause. */
public final class GeodataException extends Exception {

    private static final long serialVersionUID = 1L;

    public GeodataException(String message) {
        super(message);
    }

    public GeodataException(String message, Throwable cause) {
        super(message, cause);
    }
}
