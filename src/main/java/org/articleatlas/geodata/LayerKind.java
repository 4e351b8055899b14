package org.articleatlas.geodata;

import java.util.Locale;

/** What a layer holds, which decides how it is used and drawn. */
public enum LayerKind {
    COUNTRIES, BORDERS, REGIONS, LANDMARKS, PHYSICAL, PLACES, OTHER;

    public static LayerKind fromName(String name) {
        if (name == null) {
            return OTHER;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return OTHER;
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
