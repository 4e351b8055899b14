package org.articleatlas.ui.map;

import java.util.Collection;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.PlaceKind;

/**
 * Where the map looks and where it is asked to go. The view tells what it shows ({@link Viewport}); this
 * model turns « show this place », « fit these places », « zoom in » and « pan left » into a
 * {@link Move} that the view carries out. Pure Web Mercator arithmetic, so it is tested without a map.
 */
public final class MapCamera {

    /** Gluon Maps draws zoom 1 to 20; below 1.5 the world no longer fills a wide window. */
    public static final double MIN_ZOOM = 1.5;
    public static final double MAX_ZOOM = 18;
    private static final double TILE = 256;

    /** What the map shows: its centre, zoom and size in pixels. */
    public record Viewport(GeoPoint centre, double zoom, double width, double height) {
    }

    /** A request to show {@code centre} at {@code zoom}; animated for a flight, at once for a step. */
    public record Move(GeoPoint centre, double zoom, boolean animated) {
    }

    private final ReadOnlyObjectWrapper<Move> move = new ReadOnlyObjectWrapper<>();
    private Supplier<Viewport> viewport;

    /** A camera whose view is, until a map reports its own, 800 × 600 px over the seeds' region. */
    public MapCamera() {
        this(() -> new Viewport(new GeoPoint(45, 62), 3, 800, 600));
    }

    public MapCamera(Supplier<Viewport> viewport) {
        this.viewport = viewport;
    }

    /** Where the map reads what it shows: asked at each request, so requests start from what the user sees. */
    public void setViewportSource(Supplier<Viewport> source) {
        this.viewport = source;
    }

    public Viewport viewport() {
        return viewport.get();
    }

    /** The latest request; a new object each time, so a repeated request is seen. */
    public ReadOnlyObjectProperty<Move> moveProperty() {
        return move.getReadOnlyProperty();
    }

    /**
     * Flies to a place, keeping the zoom if it suits the kind of place, else bringing it into the
     * kind's range: a town is not shown from space, a country not from its streets.
     */
    public Move show(GeoPoint point, PlaceKind kind) {
        return request(new Move(point, clamp(viewport().zoom(), zoomRange(kind)), true));
    }

    /** Fits the map to these points with a margin; one point is shown as a place of its kind would be. */
    public Move fit(Collection<GeoPoint> points) {
        return fit(points, 0, MAX_ZOOM);
    }

    /**
     * Fits the points into the part of the view above {@code bottomPx} pixels covered by a panel (the
     * quiz's answer), no closer than {@code maxZoom}.
     */
    public Move fit(Collection<GeoPoint> points, double bottomPx, double maxZoom) {
        if (points.isEmpty()) {
            return null;
        }
        Viewport v = viewport();
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (GeoPoint p : points) {
            minX = Math.min(minX, x(p.lon()));
            maxX = Math.max(maxX, x(p.lon()));
            minY = Math.min(minY, y(p.lat()));
            maxY = Math.max(maxY, y(p.lat()));
        }
        // A margin of 60 px on each side keeps the outermost markers and their labels inside.
        double usableW = Math.max(50, v.width() - 120);
        double usableH = Math.max(50, v.height() - 120 - bottomPx);
        double spanX = Math.max(maxX - minX, 1e-9);
        double spanY = Math.max(maxY - minY, 1e-9);
        double zoom = log2(Math.min(usableW / (spanX * TILE), usableH / (spanY * TILE)));
        zoom = Math.min(Math.max(zoom, MIN_ZOOM), Math.min(maxZoom, points.size() == 1 ? 8 : MAX_ZOOM));
        // The points' middle stands in the middle of the uncovered part: the view's centre is lower by half the cover.
        double centreY = (minY + maxY) / 2 + bottomPx / 2 / (TILE * Math.pow(2, zoom));
        GeoPoint centre = new GeoPoint(lat(centreY), lon((minX + maxX) / 2));
        return request(new Move(centre, zoom, true));
    }

    public Move zoomBy(double steps) {
        Viewport v = viewport();
        return request(new Move(v.centre(), clamp(v.zoom() + steps, new double[] {MIN_ZOOM, MAX_ZOOM}), false));
    }

    /** Pans by a fraction of the view's width and height (positive: east and south), as arrow keys do. */
    public Move panBy(double fractionX, double fractionY) {
        Viewport v = viewport();
        double worldPx = TILE * Math.pow(2, v.zoom());
        double cx = x(v.centre().lon()) + fractionX * v.width() / worldPx;
        double cy = y(v.centre().lat()) + fractionY * v.height() / worldPx;
        cx = cx - Math.floor(cx);
        cy = Math.min(Math.max(cy, 0.0), 1.0);
        return request(new Move(new GeoPoint(lat(cy), lon(cx)), v.zoom(), false));
    }

    /**
     * Keeps the world filling the view: no zoom so far out that the map is smaller than its frame, and
     * no centre so near a pole that empty space shows beyond the map's edge.
     */
    private Move request(Move m) {
        Viewport v = viewport();
        double zoom = Math.max(m.zoom(), log2(v.height() / TILE));
        double halfView = v.height() / 2 / (TILE * Math.pow(2, zoom));
        double cy = Math.min(Math.max(y(m.centre().lat()), halfView), 1 - halfView);
        Move settled = new Move(new GeoPoint(lat(cy), m.centre().lon()), zoom, m.animated());
        move.set(settled);
        return settled;
    }

    /** The zooms at which a place of this kind reads well: its whole extent, and its neighbours around it. */
    static double[] zoomRange(PlaceKind kind) {
        return switch (kind) {
            case COUNTRY, REGION, BORDER -> new double[] {2.5, 4};
            case STATE, PHYSICAL -> new double[] {3, 6.5};
            case CITY, LANDMARK, BASE -> new double[] {5, 11};
        };
    }

    private static double clamp(double value, double[] range) {
        return Math.min(Math.max(value, range[0]), range[1]);
    }

    /** Web Mercator x in [0, 1) of a longitude. */
    public static double x(double lon) {
        return (lon + 180) / 360;
    }

    /** Web Mercator y in [0, 1] of a latitude (0 at the north edge). */
    public static double y(double lat) {
        double clamped = Math.max(-85.05112878, Math.min(85.05112878, lat));
        double r = Math.toRadians(clamped);
        return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2;
    }

    static double lon(double x) {
        return x * 360 - 180;
    }

    /** The latitude of a Web Mercator y in [0, 1]. */
    public static double lat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y))));
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
