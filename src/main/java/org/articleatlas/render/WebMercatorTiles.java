package org.articleatlas.render;

import org.locationtech.jts.geom.Envelope;

/**
 * The tile grid of web maps (Gluon Maps, OpenStreetMap): Web Mercator (EPSG:3857), then 256-pixel
 * tiles, 2^z of them across the world at zoom z, numbered from the north-west corner. Thread-safe.
 *
 * <p>The projection is written here rather than taken from GeoTools ({@link MapProjection}, which
 * gives the same positions: see the test): the first GeoTools projection of a process, by EPSG code
 * or by WKT, costs about a second of processor time to set up its referencing (units, datums,
 * factories), and the window's first tiles would wait for it. Web Mercator is two lines on a
 * sphere of the WGS 84 semi-major axis.
 */
public final class WebMercatorTiles {

    public static final int TILE_SIZE = 256;
    /** The WGS 84 semi-major axis, the radius of EPSG:3857's sphere, in metres. */
    private static final double RADIUS = 6378137;
    /** Half the width of the Web Mercator world, in metres. */
    private static final double HALF_WORLD = Math.PI * RADIUS;
    /** Web Mercator stops here; beyond it the world would be infinitely tall. */
    public static final double MAX_LATITUDE = 85.0511287798;

    /**
     * Pixel position of a longitude/latitude in the world image at {@code zoom}, written into {@code out}.
     */
    public void toPixel(double lon, double lat, int zoom, double[] out) {
        out[0] = lon;
        out[1] = lat;
        toPixels(out, 1, zoom, 0, 0);
    }

    /**
     * Projects {@code count} longitude/latitude pairs of {@code xy}, in place, to pixels of the
     * world image at {@code zoom} less {@code offsetX}, {@code offsetY}.
     */
    public void toPixels(double[] xy, int count, int zoom, double offsetX, double offsetY) {
        double scale = TILE_SIZE * Math.pow(2, zoom) / (2 * HALF_WORLD);
        for (int i = 0; i < 2 * count; i += 2) {
            double lat = Math.toRadians(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, xy[i + 1])));
            double x = RADIUS * Math.toRadians(xy[i]);
            double y = RADIUS * Math.log(Math.tan(Math.PI / 4 + lat / 2));
            xy[i] = (x + HALF_WORLD) * scale - offsetX;
            xy[i + 1] = (HALF_WORLD - y) * scale - offsetY;
        }
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
