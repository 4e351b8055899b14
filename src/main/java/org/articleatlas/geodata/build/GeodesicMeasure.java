package org.articleatlas.geodata.build;

import org.geotools.referencing.GeodeticCalculator;
import org.geotools.referencing.datum.DefaultEllipsoid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Lengths of longitude/latitude lines along the WGS84 ellipsoid, through GeoTools (which
 * delegates to GeographicLib), so that no spherical approximation creeps in.
 * Not thread-safe: the calculator keeps state between calls.
 */
public final class GeodesicMeasure {

    private final GeodeticCalculator calculator = new GeodeticCalculator(DefaultEllipsoid.WGS84);

    /** The summed geodesic length of every line in {@code geometry}, in kilometres. */
    public double lengthKm(Geometry geometry) {
        double metres = 0;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof LineString line) {
                metres += lengthMetres(line.getCoordinates());
            }
        }
        return metres / 1000;
    }

    private double lengthMetres(Coordinate[] points) {
        double metres = 0;
        for (int i = 1; i < points.length; i++) {
            calculator.setStartingGeographicPoint(points[i - 1].x, points[i - 1].y);
            calculator.setDestinationGeographicPoint(points[i].x, points[i].y);
            metres += calculator.getOrthodromicDistance();
        }
        return metres;
    }
}
