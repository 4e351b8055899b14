package org.articleatlas.model;

import java.util.Locale;

/**
 * How a text uses a place name: {@code literal} (the place itself) or {@code metonymic}
 * (« Moscou a annoncé »: the government or people standing for it).
 */
public enum MentionUse {
    LITERAL, METONYMIC;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
