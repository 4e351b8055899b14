package org.articleatlas.render;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import org.articleatlas.model.GeoPoint;
import org.locationtech.jts.geom.Envelope;

/**
 * A projected map fitted into a rectangle of the page: which part of the plane shows, at what
 * scale. The requested box is always shown whole; the rectangle's shape decides how much more.
 */
public final class Viewport implements ScreenProjection {

    private static final int EDGE_SAMPLES = 32;

    private final MapProjection projection;
    private final Rectangle2D area;
    private final double centreX;
    private final double centreY;
    private final double pixelsPerMetre;

    private Viewport(MapProjection projection, Rectangle2D area, double centreX, double centreY, double pixelsPerMetre) {
        this.projection = projection;
        this.area = (Rectangle2D) area.clone();
        this.centreX = centreX;
        this.centreY = centreY;
        this.pixelsPerMetre = pixelsPerMetre;
    }

    /** The smallest scale at which every point of {@code lonLatBox} (sampled along its edges) fits into {@code area}. */
    public static Viewport fit(MapProjection projection, Envelope lonLatBox, Rectangle2D area) {
        double[] p = new double[2];
        Envelope projected = new Envelope();
        for (int i = 0; i <= EDGE_SAMPLES; i++) {
            double t = i / (double) EDGE_SAMPLES;
            double lon = lonLatBox.getMinX() + t * lonLatBox.getWidth();
            double lat = lonLatBox.getMinY() + t * lonLatBox.getHeight();
            include(projection, projected, p, lon, lonLatBox.getMinY());
            include(projection, projected, p, lon, lonLatBox.getMaxY());
            include(projection, projected, p, lonLatBox.getMinX(), lat);
            include(projection, projected, p, lonLatBox.getMaxX(), lat);
        }
        double scale = Math.min(area.getWidth() / Math.max(projected.getWidth(), 1),
                area.getHeight() / Math.max(projected.getHeight(), 1));
        return new Viewport(projection, area, projected.centre().x, projected.centre().y, scale);
    }

    private static void include(MapProjection projection, Envelope projected, double[] p, double lon, double lat) {
        p[0] = lon;
        p[1] = lat;
        projection.project(p, p, 1);
        projected.expandToInclude(p[0], p[1]);
    }

    public MapProjection projection() {
        return projection;
    }

    /** The page rectangle the map fills. */
    public Rectangle2D area() {
        return (Rectangle2D) area.clone();
    }

    @Override
    public void toScreen(double[] coordinates, int count) {
        projection.project(coordinates, coordinates, count);
        double ox = area.getCenterX();
        double oy = area.getCenterY();
        for (int i = 0; i < 2 * count; i += 2) {
            coordinates[i] = ox + (coordinates[i] - centreX) * pixelsPerMetre;
            coordinates[i + 1] = oy - (coordinates[i + 1] - centreY) * pixelsPerMetre;
        }
    }

    public Point2D toScreen(GeoPoint point) {
        double[] p = {point.lon(), point.lat()};
        toScreen(p, 1);
        return new Point2D.Double(p[0], p[1]);
    }

    /** The place under a pixel, or empty off the globe. */
    public Optional<GeoPoint> toGeo(double x, double y) {
        double px = centreX + (x - area.getCenterX()) / pixelsPerMetre;
        double py = centreY - (y - area.getCenterY()) / pixelsPerMetre;
        // Beyond the 180th meridian a Mercator page is off the world: it does not repeat.
        return projection.unproject(px, py).filter(ll -> Math.abs(ll[0]) <= 180 && Math.abs(ll[1]) <= 90)
                .map(ll -> new GeoPoint(ll[1], ll[0]));
    }

    /** The longitude/latitude box of everything visible, for choosing what to draw (sampled, so a little generous). */
    public Envelope geoBounds() {
        Envelope box = new Envelope();
        int n = EDGE_SAMPLES;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                double x = area.getMinX() + area.getWidth() * i / n;
                double y = area.getMinY() + area.getHeight() * j / n;
                toGeo(x, y).ifPresent(g -> box.expandToInclude(g.lon(), g.lat()));
            }
        }
        if (box.isNull()) {
            return new Envelope(-180, 180, -90, 90);
        }
        // A pole inside the view: every longitude shows.
        if (toGeo(area.getCenterX(), area.getMinY()).isEmpty() || box.getMaxY() > 89 || box.getMinY() < -89) {
            box.expandToInclude(-180, box.getMinY());
            box.expandToInclude(180, box.getMaxY());
        }
        box.expandBy(box.getWidth() * 0.02, box.getHeight() * 0.02);
        return box;
    }

    /** Ground kilometres per pixel along the parallel through the map's centre (what a scale bar shows). */
    public double kmPerPixelAtCentre() {
        double half = Math.min(area.getWidth(), area.getHeight()) / 20;
        Optional<GeoPoint> west = toGeo(area.getCenterX() - half, area.getCenterY());
        Optional<GeoPoint> east = toGeo(area.getCenterX() + half, area.getCenterY());
        if (west.isEmpty() || east.isEmpty()) {
            return Double.NaN;
        }
        return org.articleatlas.geodata.Geodesy.distanceKm(west.get(), east.get()) / (2 * half);
    }

    /** The geographic point at the centre of the map. */
    public GeoPoint centre() {
        return toGeo(area.getCenterX(), area.getCenterY()).orElse(new GeoPoint(0, 0));
    }
}
