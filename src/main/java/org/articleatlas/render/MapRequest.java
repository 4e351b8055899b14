package org.articleatlas.render;

import org.locationtech.jts.geom.Envelope;

/**
 * The page to draw: its size in pixels, the longitude/latitude box that must show whole, and
 * the projection (LAEA is centred on the box).
 */
public record MapRequest(int width, int height, Envelope bbox, MapProjection.Kind projection) {

    public static final int MAX_SIDE = 8000;

    public MapRequest {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("width and height must be between 1 and " + MAX_SIDE + " pixels, not "
                    + width + " × " + height);
        }
        if (bbox.getMinX() < -180 || bbox.getMaxX() > 180 || bbox.getMinY() < -90 || bbox.getMaxY() > 90
                || !(bbox.getWidth() > 0) || !(bbox.getHeight() > 0)) {
            throw new IllegalArgumentException("the box must lie within longitudes -180..180 and latitudes -90..90,"
                    + " west before east and south before north: " + bbox);
        }
    }

    public MapProjection createProjection() {
        return projection == MapProjection.Kind.LAEA
                ? MapProjection.lambertAzimuthalEqualArea(new org.articleatlas.model.GeoPoint(bbox.centre().y, bbox.centre().x))
                : MapProjection.webMercator();
    }
}
