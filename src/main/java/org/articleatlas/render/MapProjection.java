package org.articleatlas.render;

import java.util.Locale;
import org.articleatlas.model.GeoPoint;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.geotools.referencing.operation.DefaultCoordinateOperationFactory;
import org.geotools.util.factory.Hints;

/**
 * A map projection from longitude/latitude (WGS84, longitude first) to metres on a plane, east
 * and north positive, through GeoTools referencing. Built from WKT rather than EPSG codes so that
 * no export waits the second the EPSG database takes to open. Thread-safe.
 */
public final class MapProjection {

    /** Web Mercator stops here; beyond it the world would be infinitely tall. */
    public static final double MERCATOR_MAX_LATITUDE = WebMercatorTiles.MAX_LATITUDE;

    private static final String WGS84 = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],"
            + "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]";

    public enum Kind { MERCATOR, LAEA }

    private static final DefaultCoordinateOperationFactory OPERATIONS =
            new DefaultCoordinateOperationFactory(new Hints(Hints.LENIENT_DATUM_SHIFT, Boolean.TRUE));

    private final Kind kind;
    private final GeoPoint centre;
    private final MathTransform forward;
    private final MathTransform inverse;

    private MapProjection(Kind kind, GeoPoint centre, String wkt) {
        this.kind = kind;
        this.centre = centre;
        try {
            CoordinateReferenceSystem crs = CRS.parseWKT(wkt);
            // The operation factory itself, not CRS.findMathTransform: that one first asks every EPSG authority
            // factory on the class path for a recorded operation, which costs a cold export some 0.7 s and gives
            // the same transform for a projection of WGS84's own datum.
            forward = OPERATIONS.createOperation(DefaultGeographicCRS.WGS84, crs).getMathTransform();
            inverse = forward.inverse();
        } catch (FactoryException | org.geotools.api.referencing.operation.NoninvertibleTransformException e) {
            throw new IllegalStateException("GeoTools cannot build the " + kind + " projection", e);
        }
    }

    /** Web Mercator (EPSG:3857's sphere), the projection of the interactive map and of web tiles. */
    public static MapProjection webMercator() {
        return new MapProjection(Kind.MERCATOR, new GeoPoint(0, 0), "PROJCS[\"WGS 84 / Pseudo-Mercator\"," + WGS84 + ","
                + "PROJECTION[\"Popular Visualisation Pseudo Mercator\"],PARAMETER[\"central_meridian\",0],"
                + "PARAMETER[\"false_easting\",0],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1]]");
    }

    /** Lambert Azimuthal Equal-Area centred on {@code centre}: true areas, for regional maps. */
    public static MapProjection lambertAzimuthalEqualArea(GeoPoint centre) {
        return new MapProjection(Kind.LAEA, centre, String.format(Locale.ROOT,
                "PROJCS[\"WGS 84 / LAEA %.4f %.4f\",%s,PROJECTION[\"Lambert_Azimuthal_Equal_Area\"],"
                        + "PARAMETER[\"latitude_of_center\",%.6f],PARAMETER[\"longitude_of_center\",%.6f],"
                        + "PARAMETER[\"false_easting\",0],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1]]",
                centre.lat(), centre.lon(), WGS84, centre.lat(), centre.lon()));
    }

    public Kind kind() {
        return kind;
    }

    /** Where an azimuthal projection is centred; (0, 0) for Mercator. */
    public GeoPoint centre() {
        return centre;
    }

    /** Projects {@code count} longitude/latitude pairs of {@code lonLat} into {@code out}, in place allowed. */
    public void project(double[] lonLat, double[] out, int count) {
        if (kind == Kind.MERCATOR) {
            // The pseudo-Mercator is undefined at the poles: countries reaching them (Antarctica) are clamped.
            for (int i = 1; i < 2 * count; i += 2) {
                lonLat[i] = Math.max(-MERCATOR_MAX_LATITUDE, Math.min(MERCATOR_MAX_LATITUDE, lonLat[i]));
            }
        }
        try {
            forward.transform(lonLat, 0, out, 0, count);
        } catch (TransformException e) {
            throw new IllegalArgumentException("cannot project " + lonLat[0] + ", " + lonLat[1], e);
        }
    }

    /** Longitude and latitude of a projected point, or empty when the plane point lies off the globe. */
    public java.util.Optional<double[]> unproject(double x, double y) {
        double[] p = {x, y};
        try {
            inverse.transform(p, 0, p, 0, 1);
        } catch (TransformException | RuntimeException e) {
            return java.util.Optional.empty();
        }
        if (!Double.isFinite(p[0]) || !Double.isFinite(p[1]) || Math.abs(p[1]) > 90) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(p);
    }
}
