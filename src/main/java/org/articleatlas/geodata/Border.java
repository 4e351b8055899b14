package org.articleatlas.geodata;

import org.locationtech.jts.geom.Geometry;

/**
 * The land boundary between two countries, as drawn in the borders layer.
 *
 * @param a        the first country's code (ISO alpha-2, sorted before {@code b})
 * @param lengthKm geodesic length of the drawn line; generalised, so shorter than surveyed figures
 */
public record Border(String id, String a, String b, String nameEn, String nameFr, double lengthKm, Geometry geometry) {

    public boolean involves(String code) {
        return a.equalsIgnoreCase(code) || b.equalsIgnoreCase(code);
    }

    /** The country on the other side from {@code code}. */
    public String otherSide(String code) {
        return a.equalsIgnoreCase(code) ? b : a;
    }

    public String name(String language) {
        return "fr".equals(language) ? nameFr : nameEn;
    }

    /** The id borders use for a pair: the two codes sorted, joined by a hyphen. */
    public static String pairId(String x, String y) {
        String p = x.toUpperCase(java.util.Locale.ROOT);
        String q = y.toUpperCase(java.util.Locale.ROOT);
        return p.compareTo(q) <= 0 ? p + "-" + q : q + "-" + p;
    }
}
