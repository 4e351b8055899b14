package org.articleatlas.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Greedy label placement on screen: labels are taken in priority order and each goes to the
 * first of four spots around its marker (right, left, above, below) that stays in view and
 * overlaps neither a label already placed nor any marker; a label with no such spot is hidden.
 * Written here rather than taken from a library because the GeoTools labeller draws into Java2D,
 * while these labels are JavaFX nodes that must be repositioned on every pan and zoom.
 */
public final class LabelPlacement {

    /** Space between a marker's edge and its label, in pixels. */
    static final double GAP = 3;

    /** A label to place: its marker's centre and radius on screen, and the label's size. */
    public record Candidate(double x, double y, double markerRadius, double width, double height) {
    }

    /** A rectangle on screen. */
    public record Box(double minX, double minY, double maxX, double maxY) {

        public static Box around(double x, double y, double radius) {
            return new Box(x - radius, y - radius, x + radius, y + radius);
        }

        public boolean intersects(Box o) {
            return minX < o.maxX && o.minX < maxX && minY < o.maxY && o.minY < maxY;
        }

        boolean inside(double width, double height) {
            return minX >= 0 && minY >= 0 && maxX <= width && maxY <= height;
        }
    }

    private LabelPlacement() {
    }

    /**
     * @param byPriority labels, most important first
     * @param markers    boxes no label may cover (every marker on screen)
     * @return for each candidate, in the same order, where its label goes, or empty if it is hidden
     */
    public static List<Optional<Box>> place(List<Candidate> byPriority, List<Box> markers, double viewWidth,
            double viewHeight) {
        Grid taken = new Grid();
        markers.forEach(taken::add);
        List<Optional<Box>> out = new ArrayList<>(byPriority.size());
        for (Candidate c : byPriority) {
            Optional<Box> spot = Optional.empty();
            for (Box box : spots(c)) {
                if (box.inside(viewWidth, viewHeight) && !taken.overlaps(box)) {
                    spot = Optional.of(box);
                    taken.add(box);
                    break;
                }
            }
            out.add(spot);
        }
        return out;
    }

    /**
     * Boxes filed by the screen cells they touch, so that a test looks at its neighbours only; a
     * linear scan made 500 labels cost about 3 ms a frame.
     */
    private static final class Grid {
        private static final double CELL = 64;
        private final java.util.Map<Long, List<Box>> cells = new java.util.HashMap<>();

        void add(Box box) {
            forCells(box, key -> cells.computeIfAbsent(key, k -> new ArrayList<>(4)).add(box));
        }

        boolean overlaps(Box box) {
            boolean[] found = {false};
            forCells(box, key -> {
                if (!found[0]) {
                    List<Box> here = cells.get(key);
                    found[0] = here != null && overlapsAny(box, here);
                }
            });
            return found[0];
        }

        private static void forCells(Box box, java.util.function.LongConsumer action) {
            long x0 = (long) Math.floor(box.minX() / CELL);
            long x1 = (long) Math.floor(box.maxX() / CELL);
            long y0 = (long) Math.floor(box.minY() / CELL);
            long y1 = (long) Math.floor(box.maxY() / CELL);
            for (long x = x0; x <= x1; x++) {
                for (long y = y0; y <= y1; y++) {
                    action.accept((x << 32) ^ (y & 0xffffffffL));
                }
            }
        }
    }

    private static List<Box> spots(Candidate c) {
        double off = c.markerRadius() + GAP;
        double w = c.width();
        double h = c.height();
        return List.of(
                new Box(c.x() + off, c.y() - h / 2, c.x() + off + w, c.y() + h / 2),
                new Box(c.x() - off - w, c.y() - h / 2, c.x() - off, c.y() + h / 2),
                new Box(c.x() - w / 2, c.y() - off - h, c.x() + w / 2, c.y() - off),
                new Box(c.x() - w / 2, c.y() + off, c.x() + w / 2, c.y() + off + h));
    }

    private static boolean overlapsAny(Box box, List<Box> boxes) {
        for (Box other : boxes) {
            if (box.intersects(other)) {
                return true;
            }
        }
        return false;
    }
}
