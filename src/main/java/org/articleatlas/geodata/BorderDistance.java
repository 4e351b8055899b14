package org.articleatlas.geodata;

import org.articleatlas.model.GeoPoint;

/** How far a point is from a border, and the border's point closest to it. */
public record BorderDistance(Border border, double distanceKm, GeoPoint closest) {
}
