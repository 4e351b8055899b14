package org.articleatlas.geodata.build;

import org.locationtech.jts.geom.MultiLineString;

/**
 * The land boundary between two neighbouring entities.
 *
 * @param id        {@code a-b}
 * @param a         the first country id in sorted order
 * @param b         the second
 * @param nameEn    e.g. "Afghanistan – Tajikistan"
 * @param nameFr    e.g. "Afghanistan – Tadjikistan"
 * @param geometry  the arcs the two countries share
 * @param lengthKm  geodesic length on the WGS84 ellipsoid, rounded to 0.1 km
 */
public record Border(String id, String a, String b, String nameEn, String nameFr, MultiLineString geometry, double lengthKm) {
}
