package org.articleatlas.render;

import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Envelope;

/**
 * The tile grid of web maps (Gluon Maps, OpenStreetMap): Web Mercator (EPSG:3857) through
 * GeoTools, then 256-pixel tiles, 2^z of them across the world at zoom z, numbered from the
 * north-west corner. Thread-safe; the GeoTools transform is found once (its first look-up opens
 * the EPSG database, about a second).
 */
public final class WebMercatorTiles {

    public static final int TILE_SIZE = 256;
    /** Half the width of the Web Mercator world, in metres. */
    private static final double HALF_WORLD = 20037508.342789244;
    /** Web Mercator stops here; beyond it the world would be infinitely tall. */
    public static final double MAX_LATITUDE = 85.0511287798;

    private final MathTransform toMercator;

    public WebMercatorTiles() {
        try {
            toMercator = CRS.findMathTransform(DefaultGeographicCRS.WGS84, CRS.decode("EPSG:3857", true), true);
        } catch (FactoryException e) {
            throw new IllegalStateException("GeoTools has no EPSG:3857 (Web Mercator)", e);
        }
    }

    /**
     * Pixel position of a longitude/latitude in the world image at {@code zoom}, written into {@code out}.
     */
    public void toPixel(double lon, double lat, int zoom, double[] out) {
        double[] in = {lon, Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat))};
        try {
            toMercator.transform(in, 0, out, 0, 1);
        } catch (TransformException e) {
            throw new IllegalArgumentException("cannot project " + lon + ", " + lat, e);
        }
        double worldPixels = TILE_SIZE * Math.pow(2, zoom);
        out[0] = (out[0] + HALF_WORLD) / (2 * HALF_WORLD) * worldPixels;
        out[1] = (HALF_WORLD - out[1]) / (2 * HALF_WORLD) * worldPixels;
    }

    /** The longitude/latitude box a tile covers, for picking what to draw in it. */
    public Envelope tileEnvelope(int zoom, long x, long y) {
        double n = Math.pow(2, zoom);
        double west = x / n * 360 - 180;
        double east = (x + 1) / n * 360 - 180;
        double north = Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y / n))));
        double south = Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * (y + 1) / n))));
        return new Envelope(west, east, south, north);
    }
}
