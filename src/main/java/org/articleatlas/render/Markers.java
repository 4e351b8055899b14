package org.articleatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.Optional;
import org.articleatlas.model.PlaceKind;

/** The symbol of each kind of place: a dot for a town, a triangle for a base, a star for a landmark. */
final class Markers {

    private final MapStyle style;

    Markers(MapStyle style) {
        this.style = style;
    }

    /** Kinds drawn with a symbol; countries are tinted and regions named instead. */
    static boolean hasMarker(PlaceKind kind) {
        return kind == PlaceKind.CITY || kind == PlaceKind.BASE || kind == PlaceKind.LANDMARK
                || kind == PlaceKind.PHYSICAL;
    }

    Optional<Color> colour(PlaceKind kind) {
        return switch (kind) {
            case CITY -> Optional.of(style.city());
            case BASE -> Optional.of(style.base());
            case LANDMARK -> Optional.of(style.landmark());
            case PHYSICAL -> Optional.of(style.physical());
            default -> Optional.empty();
        };
    }

    /** Draws the symbol of {@code kind} centred on (x, y), {@code size} pixels across. */
    void draw(Graphics2D g, PlaceKind kind, double x, double y, double size) {
        Shape shape = shape(kind, x, y, size);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) (size * 0.28), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
        g.setColor(colour(kind).orElse(style.text()));
        if (kind == PlaceKind.PHYSICAL) {
            g.setStroke(new BasicStroke((float) (size * 0.16)));
            g.draw(shape);
        } else {
            g.fill(shape);
        }
    }

    static Shape shape(PlaceKind kind, double x, double y, double size) {
        double r = size / 2;
        return switch (kind) {
            case BASE, PHYSICAL -> polygon(x, y, 3, r * 1.2, r * 1.2, -Math.PI / 2);
            case LANDMARK -> polygon(x, y, 5, r * 1.25, r * 0.55, -Math.PI / 2);
            default -> new Ellipse2D.Double(x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6);
        };
    }

    /** A regular polygon ({@code inner == outer}) or a star with {@code points} points. */
    private static Shape polygon(double x, double y, int points, double outer, double inner, double start) {
        Path2D.Double p = new Path2D.Double();
        boolean star = inner != outer;
        int n = star ? points * 2 : points;
        for (int i = 0; i < n; i++) {
            double radius = star && i % 2 == 1 ? inner : outer;
            double angle = start + 2 * Math.PI * i / n;
            double px = x + radius * Math.cos(angle);
            double py = y + radius * Math.sin(angle) + (star ? 0 : outer * 0.2);
            if (i == 0) {
                p.moveTo(px, py);
            } else {
                p.lineTo(px, py);
            }
        }
        p.closePath();
        return p;
    }
}
