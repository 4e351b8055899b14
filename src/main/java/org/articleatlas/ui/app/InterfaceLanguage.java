package org.articleatlas.ui.app;

import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language the user chose for the interface, kept between runs in the user's Java
 * preferences; with no choice, the system's. {@code -Datlas.language=fr} or {@code en} overrides
 * both for one run (screenshots, classrooms).
 */
public final class InterfaceLanguage {

    public static final String PROPERTY = "atlas.language";
    private static final Logger LOG = LoggerFactory.getLogger(InterfaceLanguage.class);
    private static final String KEY = "language";
    private static final String NODE = "/org/articleatlas/ui/app";

    private InterfaceLanguage() {
    }

    /** The locale to start with. */
    public static Locale current() {
        String forced = System.getProperty(PROPERTY, "");
        if (!forced.isBlank()) {
            return Locale.forLanguageTag(forced);
        }
        return chosen().map(Locale::forLanguageTag).orElse(Locale.getDefault());
    }

    /** The language the user chose from the menu: {@code fr} or {@code en}; empty for the system's. */
    public static Optional<String> chosen() {
        try {
            // Asking an absent node creates it on disk: look first, so a user who never chose leaves no trace.
            if (!Preferences.userRoot().nodeExists(NODE)) {
                return Optional.empty();
            }
            String code = preferences().get(KEY, "");
            return code.isBlank() ? Optional.empty() : Optional.of(code);
        } catch (BackingStoreException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Remembers the choice; {@code null} goes back to the system's language. */
    public static void choose(String code) {
        try {
            Preferences prefs = preferences();
            if (code == null) {
                prefs.remove(KEY);
            } else {
                prefs.put(KEY, code);
            }
            prefs.flush();
        } catch (BackingStoreException | RuntimeException e) {
            LOG.warn("The language choice could not be saved for the next run: {}", e.getMessage());
        }
    }

    private static Preferences preferences() {
        return Preferences.userRoot().node(NODE);
    }
}
