package org.articleatlas.geodata.build;

import java.io.IOException;

/** A TopoJSON document that does not follow the specification, or uses what the reader does not support. */
public final class TopoJsonException extends IOException {

    private static final long serialVersionUID = 1L;

    public TopoJsonException(String message) {
        super(message);
    }

    public TopoJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
