package org.articleatlas.model;

import java.util.Locale;

/**
 * A position on the WGS84 ellipsoid, latitude first as people say it. Screen and map-tile
 * coordinates are other types; this one never holds pixels.
 */
public record GeoPoint(double lat, double lon) {

    public GeoPoint {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90, not " + lat);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180, not " + lon);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.4f %s %.4f %s", Math.abs(lat), lat >= 0 ? "N" : "S",
                Math.abs(lon), lon >= 0 ? "E" : "W");
    }
}
