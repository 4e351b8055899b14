package org.articleatlas.model;

import java.util.Locale;

/** What kind of place a gazetteer entry or a geoparse result is; the lower-case name is the contract value. */
public enum PlaceKind {
    COUNTRY, REGION, STATE, CITY, LANDMARK, BASE, PHYSICAL, BORDER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
