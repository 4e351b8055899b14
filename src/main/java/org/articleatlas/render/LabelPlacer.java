package org.articleatlas.render;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Greedy label placement: each label, in order of importance, takes the first free spot among
 * the eight around its anchor (right first, as cartographers prefer), then spots on widening
 * rings with a leader line back to the anchor; a label with no free spot is left out rather
 * than drawn over another. Written here rather than taken from a library: GeoTools' labeller
 * needs its whole streaming renderer and styles, and the map has tens of labels, not thousands.
 */
public final class LabelPlacer {

    /** Where a label went: its box, and whether it moved far enough to need a leader line. */
    public record Placement(Rectangle2D box, boolean leader) {
    }

    private static final double[][] AROUND = {
        {1, 0}, {1, -1}, {1, 1}, {-1, 0}, {-1, -1}, {-1, 1}, {0, -1}, {0, 1}};

    private final Rectangle2D bounds;
    private final List<Rectangle2D> taken = new ArrayList<>();
    private final List<Rectangle2D> obstacles = new ArrayList<>();

    /** @param bounds labels must lie wholly inside this rectangle */
    public LabelPlacer(Rectangle2D bounds) {
        this.bounds = (Rectangle2D) bounds.clone();
    }

    /** Keeps labels off something already drawn: a marker, the legend, the scale bar. */
    public void block(Rectangle2D area) {
        taken.add((Rectangle2D) area.clone());
        obstacles.add((Rectangle2D) area.clone());
    }

    /** Every box taken so far, obstacles included. */
    public List<Rectangle2D> taken() {
        return List.copyOf(taken);
    }

    /**
     * Places a {@code width} × {@code height} label near {@code anchor}, {@code gap} pixels away from it.
     *
     * @param maxRings how many widening rings to try with a leader line; 0 for none
     */
    public Optional<Placement> place(Point2D anchor, double width, double height, double gap, int maxRings) {
        for (double[] d : AROUND) {
            Rectangle2D box = beside(anchor, width, height, gap, d[0], d[1]);
            if (free(box)) {
                taken.add(box);
                return Optional.of(new Placement(box, false));
            }
        }
        int directions = 16;
        for (int ring = 1; ring <= maxRings; ring++) {
            double distance = gap + ring * Math.max(height * 1.6, gap * 2);
            for (int k = 0; k < directions; k++) {
                double angle = 2 * Math.PI * k / directions;
                double cx = anchor.getX() + Math.cos(angle) * (distance + width / 2 * Math.abs(Math.cos(angle)));
                double cy = anchor.getY() + Math.sin(angle) * (distance + height / 2 * Math.abs(Math.sin(angle)));
                Rectangle2D box = new Rectangle2D.Double(cx - width / 2, cy - height / 2, width, height);
                if (free(box) && leaderClear(anchor, box)) {
                    taken.add(box);
                    return Optional.of(new Placement(box, true));
                }
            }
        }
        return Optional.empty();
    }

    /** Takes exactly {@code box} if it is free; for labels with one right place, like country names. */
    public boolean placeExactly(Rectangle2D box) {
        if (free(box)) {
            taken.add((Rectangle2D) box.clone());
            return true;
        }
        return false;
    }

    /** The point of {@code box} a leader line from {@code anchor} ends at: the nearest one. */
    public static Point2D leaderEnd(Point2D anchor, Rectangle2D box) {
        return new Point2D.Double(Math.max(box.getMinX(), Math.min(anchor.getX(), box.getMaxX())),
                Math.max(box.getMinY(), Math.min(anchor.getY(), box.getMaxY())));
    }

    /** A leader line must not cross a label; the anchor's own marker (an obstacle around it) does not count. */
    private boolean leaderClear(Point2D anchor, Rectangle2D box) {
        java.awt.geom.Line2D leader = new java.awt.geom.Line2D.Double(anchor, leaderEnd(anchor, box));
        for (Rectangle2D other : taken) {
            boolean ownMarker = other.contains(anchor) && obstacles.contains(other);
            if (!ownMarker && other.intersectsLine(leader)) {
                return false;
            }
        }
        return true;
    }

    private static Rectangle2D beside(Point2D anchor, double width, double height, double gap, double dx, double dy) {
        double x = dx > 0 ? anchor.getX() + gap : dx < 0 ? anchor.getX() - gap - width : anchor.getX() - width / 2;
        double y = dy > 0 ? anchor.getY() + gap * 0.6 : dy < 0 ? anchor.getY() - gap * 0.6 - height
                : anchor.getY() - height / 2;
        return new Rectangle2D.Double(x, y, width, height);
    }

    private boolean free(Rectangle2D box) {
        if (!bounds.contains(box)) {
            return false;
        }
        for (Rectangle2D other : taken) {
            if (other.intersects(box)) {
                return false;
            }
        }
        return true;
    }
}
