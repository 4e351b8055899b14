package org.articleatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** Sea, land, coastlines and international borders: the part of every map that comes from geodata alone. */
final class BasemapPainter {

    private final Basemap basemap;
    private final BasemapStyle style;

    BasemapPainter(Basemap basemap, BasemapStyle style) {
        this.basemap = basemap;
        this.style = style;
    }

    /**
     * @param area     the pixels to cover with sea first
     * @param geoBox   the longitude/latitude box in view, to pick the outlines to draw
     * @param scale    line widths are multiplied by it
     * @param tinted   codes of the countries to fill with {@code tint} instead of the land colour
     */
    void paint(Graphics2D g, Rectangle2D area, Envelope geoBox, ScreenProjection screen, boolean detailed, double scale,
            Set<String> tinted, Color tint) {
        g.setColor(style.sea());
        g.fill(area);
        BasicStroke coast = new BasicStroke((float) (style.borderWidth() * scale), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND);
        for (Basemap.Part part : basemap.partsIn(geoBox, detailed)) {
            Path2D path = GeometryPaths.path(part.polygon(), screen);
            g.setColor(tinted.contains(part.country().code()) ? tint : style.land());
            g.fill(path);
            g.setColor(style.coast());
            g.setStroke(coast);
            g.draw(path);
        }
        g.setColor(style.border());
        g.setStroke(new BasicStroke((float) (style.borderWidth() * 1.3 * scale), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        for (Geometry line : basemap.bordersIn(geoBox)) {
            g.draw(GeometryPaths.path(line, screen));
        }
    }
}
