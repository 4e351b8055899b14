package org.articleatlas.context;

import java.util.Locale;

/** How much of a date the text gives; the lower-case name is the contract value. */
public enum DatePrecision {
    DAY, MONTH, SEASON, YEAR, PERIOD;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
