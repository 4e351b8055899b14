package org.articleatlas.render;

import org.locationtech.jts.geom.Envelope;

/**
 * The tile grid of web maps (Gluon Maps, OpenStreetMap): Web Mercator (EPSG:3857) through
 * GeoTools ({@link MapProjection#webMercator()}, built from WKT: looking up the EPSG code would
 * open the EPSG database, a second of the window's start-up), then 256-pixel tiles, 2^z of them
 * across the world at zoom z, numbered from the north-west corner. Thread-safe.
 */
public final class WebMercatorTiles {

    public static final int TILE_SIZE = 256;
    /** Half the width of the Web Mercator world, in metres. */
    private static final double HALF_WORLD = 20037508.342789244;
    /** Web Mercator stops here; beyond it the world would be infinitely tall. */
    public static final double MAX_LATITUDE = 85.0511287798;

    private final MapProjection mercator = MapProjection.webMercator();

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
     * world image at {@code zoom} less {@code offsetX}, {@code offsetY}: one GeoTools call for a
     * whole outline rather than one per point.
     */
    public void toPixels(double[] xy, int count, int zoom, double offsetX, double offsetY) {
        mercator.project(xy, xy, count);
        double scale = TILE_SIZE * Math.pow(2, zoom) / (2 * HALF_WORLD);
        for (int i = 0; i < 2 * count; i += 2) {
            xy[i] = (xy[i] + HALF_WORLD) * scale - offsetX;
            xy[i + 1] = (HALF_WORLD - xy[i + 1]) * scale - offsetY;
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
