package org.articleatlas.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Draws the basemap of one map tile: sea, land and country outlines, from the countries
 * layer in longitude/latitude. Two detail levels: the 1:50m outlines at small scales, the
 * 1:10m ones from {@link #DETAILED_FROM_ZOOM} on. Thread-safe once built.
 */
public final class BasemapRenderer {

    /** From this zoom on (about 1:10 million on screen) the detailed outlines are drawn. */
    public static final int DETAILED_FROM_ZOOM = 5;

    private final WebMercatorTiles tiles;
    private final BasemapStyle style;
    private final STRtree coarse;
    private final STRtree detailed;

    /**
     * @param coarseCountries   outlines for small scales (1:50m)
     * @param detailedCountries outlines for large scales (1:10m); may be the same list
     */
    public BasemapRenderer(WebMercatorTiles tiles, BasemapStyle style, List<Geometry> coarseCountries,
            List<Geometry> detailedCountries) {
        this.tiles = tiles;
        this.style = style;
        this.coarse = index(coarseCountries);
        this.detailed = index(detailedCountries);
    }

    private static STRtree index(List<Geometry> countries) {
        STRtree tree = new STRtree();
        for (Geometry country : countries) {
            for (int i = 0; i < country.getNumGeometries(); i++) {
                Geometry part = country.getGeometryN(i);
                if (!part.isEmpty()) {
                    tree.insert(part.getEnvelopeInternal(), part);
                }
            }
        }
        tree.build();
        return tree;
    }

    public BufferedImage tile(int zoom, long x, long y) {
        BufferedImage image = new BufferedImage(WebMercatorTiles.TILE_SIZE, WebMercatorTiles.TILE_SIZE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(style.sea());
            g.fillRect(0, 0, WebMercatorTiles.TILE_SIZE, WebMercatorTiles.TILE_SIZE);
            Envelope box = tiles.tileEnvelope(zoom, x, y);
            // A margin so that outlines crossing the tile's edge are drawn whole.
            box.expandBy(box.getWidth() * 0.02, box.getHeight() * 0.02);
            double offsetX = x * (double) WebMercatorTiles.TILE_SIZE;
            double offsetY = y * (double) WebMercatorTiles.TILE_SIZE;
            STRtree tree = zoom >= DETAILED_FROM_ZOOM ? detailed : coarse;
            g.setStroke(new BasicStroke(style.borderWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (Object o : tree.query(box)) {
                Polygon part = (Polygon) o;
                Path2D path = path(part, zoom, offsetX, offsetY);
                g.setColor(style.land());
                g.fill(path);
                g.setColor(style.border());
                g.draw(path);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private Path2D path(Polygon polygon, int zoom, double offsetX, double offsetY) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        ring(path, polygon.getExteriorRing(), zoom, offsetX, offsetY);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            ring(path, polygon.getInteriorRingN(i), zoom, offsetX, offsetY);
        }
        return path;
    }

    private void ring(Path2D.Double path, LineString ring, int zoom, double offsetX, double offsetY) {
        double[] p = new double[2];
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        Coordinate[] coordinates = ring.getCoordinates();
        for (int i = 0; i < coordinates.length; i++) {
            tiles.toPixel(coordinates[i].x, coordinates[i].y, zoom, p);
            double px = p[0] - offsetX;
            double py = p[1] - offsetY;
            if (i == 0) {
                path.moveTo(px, py);
            } else if (Math.abs(px - lastX) >= 0.5 || Math.abs(py - lastY) >= 0.5 || i == coordinates.length - 1) {
                // Vertices closer than half a pixel change nothing on screen; skipping them keeps small scales fast.
                path.lineTo(px, py);
            } else {
                continue;
            }
            lastX = px;
            lastY = py;
        }
        path.closePath();
    }
}
