package org.articleatlas.geodata;

import org.articleatlas.model.GeoPoint;
import org.geotools.referencing.GeodeticCalculator;
import org.geotools.referencing.datum.DefaultEllipsoid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/** Distances and lengths on the WGS84 ellipsoid, through GeoTools' {@link GeodeticCalculator}. */
public final class Geodesy {

    /**
     * GeodeticCalculator keeps state between calls, so each thread gets its own. Built on the
     * ellipsoid, not on the WGS84 coordinate system: given a coordinate system, it looks up a
     * transform from it to itself, which starts GeoTools' EPSG database (0.3–0.5 s of a command's
     * start) for no change of the distances (the same GeographicLib geodesic either way).
     */
    private static final ThreadLocal<GeodeticCalculator> CALCULATOR =
            ThreadLocal.withInitial(() -> new GeodeticCalculator(DefaultEllipsoid.WGS84));

    /** IUGG mean radius R1 of the WGS84 ellipsoid, in kilometres (Moritz, Geodetic Reference System 1980). */
    private static final double MEAN_RADIUS_KM = 6371.0088;

    private Geodesy() {
    }

    public static double distanceKm(GeoPoint a, GeoPoint b) {
        return distanceKm(a.lon(), a.lat(), b.lon(), b.lat());
    }

    static double distanceKm(double lon1, double lat1, double lon2, double lat2) {
        GeodeticCalculator calculator = CALCULATOR.get();
        calculator.setStartingGeographicPoint(lon1, lat1);
        calculator.setDestinationGeographicPoint(lon2, lat2);
        return calculator.getOrthodromicDistance() / 1000.0;
    }

    /**
     * The great-circle distance on a sphere of the Earth's mean radius (haversine formula): within
     * 1 % of {@link #distanceKm} (the Earth's flattening is 1/298), for ruling out far places before measuring the near ones.
     */
    public static double sphericalKm(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(a.lat()))
                * Math.cos(Math.toRadians(b.lat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The geodesic length of every line in {@code geometry} (longitude, latitude), in kilometres. */
    public static double lengthKm(Geometry geometry) {
        double km = 0;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof LineString line) {
                Coordinate[] c = line.getCoordinates();
                for (int j = 1; j < c.length; j++) {
                    km += distanceKm(c[j - 1].x, c[j - 1].y, c[j].x, c[j].y);
                }
            }
        }
        return km;
    }
}
