package org.articleatlas.geodata;

import org.articleatlas.model.GeoPoint;
import org.geotools.referencing.GeodeticCalculator;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/** Distances and lengths on the WGS84 ellipsoid, through GeoTools' {@link GeodeticCalculator}. */
public final class Geodesy {

    /** GeodeticCalculator keeps state between calls, so each thread gets its own. */
    private static final ThreadLocal<GeodeticCalculator> CALCULATOR =
            ThreadLocal.withInitial(() -> new GeodeticCalculator(DefaultGeographicCRS.WGS84));

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
