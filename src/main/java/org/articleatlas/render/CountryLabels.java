package org.articleatlas.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.articleatlas.model.GeoPoint;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.articleatlas.model.Language;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Country names for the basemap: each centred on its country's label point, sized by how wide
 * the country is on the page, and kept only when it fits the country (or the articles name it).
 * Larger countries win a collision, so the same names show at the same zoom on every tile.
 */
final class CountryLabels {

    /** A name and where it is drawn: from {@code x}, baseline at {@code y}; {@code box} has room for the halo. */
    record Label(String code, String text, Font font, double x, double y, Rectangle2D box, boolean named) {
    }

    private CountryLabels() {
    }

    /**
     * Candidates in order of priority (named countries, then the largest); none are placed yet.
     *
     * @param margin share of the box's width and height near its edges where no name is anchored
     */
    static List<Label> candidates(Graphics2D g, Basemap basemap, boolean detailed, Envelope geoBox,
            ScreenProjection screen, Language language, MapFonts fonts, double scale, Set<String> named,
            double margin) {
        List<Basemap.CountryShape> countries = new ArrayList<>(basemap.countries(detailed));
        Envelope core = new Envelope(geoBox);
        core.expandBy(-geoBox.getWidth() * margin, -geoBox.getHeight() * margin);
        countries.sort(Comparator.comparing((Basemap.CountryShape c) -> !named.contains(c.code()))
                .thenComparing(Comparator.comparingDouble(Basemap.CountryShape::area).reversed()));
        List<Label> labels = new ArrayList<>();
        for (Basemap.CountryShape c : countries) {
            boolean isNamed = named.contains(c.code());
            Optional<GeoPoint> anchor = core.contains(c.labelPoint().lon(), c.labelPoint().lat())
                    ? Optional.of(c.labelPoint()) : isNamed ? visiblePoint(c, core) : Optional.empty();
            if (anchor.isEmpty()) {
                continue;
            }
            double widthPx = projectedWidth(Basemap.largestPart(c.geometry()), screen);
            double size = scale * Math.max(9, Math.min(isNamed ? 17 : 15, 8 + 2.2 * Math.log(Math.max(1, widthPx / scale / 20))));
            Font font = isNamed ? fonts.bold(size) : fonts.regular(size);
            String text = c.name(language);
            double textWidth = TextPainter.width(g, font, text);
            if (textWidth > widthPx * (isNamed ? 2.5 : 1.15)) {
                continue;
            }
            double[] p = {anchor.get().lon(), anchor.get().lat()};
            screen.toScreen(p, 1);
            double x = p[0] - textWidth / 2;
            Rectangle2D box = TextPainter.box(g, font, text, x, p[1] + size * 0.35);
            // Room for the halo, so that two names never touch.
            double pad = size * 0.12;
            box = new Rectangle2D.Double(box.getX() - pad, box.getY() - pad, box.getWidth() + 2 * pad,
                    box.getHeight() + 2 * pad);
            labels.add(new Label(c.code(), text, font, x, p[1] + size * 0.35, box, isNamed));
        }
        return labels;
    }

    /** A country named by the articles whose usual label point is off the map still gets its name, on its visible part. */
    private static Optional<GeoPoint> visiblePoint(Basemap.CountryShape country, Envelope core) {
        if (!country.geometry().getEnvelopeInternal().intersects(core)) {
            return Optional.empty();
        }
        try {
            // OverlayNG clips the outline to the box before noding it: Geometry.intersection nodes the whole of a
            // country like Russia, a third of an export's drawing time.
            Geometry visible = OverlayNGRobust.overlay(country.geometry(), new GeometryFactory().toGeometry(core),
                    OverlayNG.INTERSECTION);
            if (visible.isEmpty() || visible.getArea() < core.getArea() * 0.01) {
                return Optional.empty();
            }
            Coordinate c = InteriorPointArea.getInteriorPoint(Basemap.largestPart(visible));
            return c == null ? Optional.empty() : Optional.of(new GeoPoint(c.y, c.x));
        } catch (RuntimeException e) {
            // JTS topology errors on a bad outline: the name is left out, the map is still drawn.
            return Optional.empty();
        }
    }

    private static double projectedWidth(Geometry part, ScreenProjection screen) {
        Envelope e = part.getEnvelopeInternal();
        double[] p = {e.getMinX(), e.centre().y, e.getMaxX(), e.centre().y, e.getMinX(), e.getMinY(), e.getMaxX(),
            e.getMinY(), e.getMinX(), e.getMaxY(), e.getMaxX(), e.getMaxY()};
        screen.toScreen(p, 6);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < p.length; i += 2) {
            min = Math.min(min, p[i]);
            max = Math.max(max, p[i]);
        }
        return max - min;
    }
}
