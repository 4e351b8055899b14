package org.articleatlas.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the application reads; anything else is {@link #UNDETERMINED}. */
public enum Language {
    FRENCH("fr", Locale.FRENCH),
    ENGLISH("en", Locale.ENGLISH),
    UNDETERMINED("und", Locale.ROOT);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** ISO 639-1 code, or {@code und} (ISO 639-2) when the language is not known. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** Accepts {@code fr}, {@code fr-CA}, {@code FR}, {@code en_GB} and the like. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return Arrays.stream(values())
                .filter(l -> l != UNDETERMINED && l.code.equals(primary))
                .findFirst();
    }
}
