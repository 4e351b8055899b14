package org.articleatlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import org.articleatlas.model.GeoPoint;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** Small-scale tiles are drawn from outlines projected and simplified once per zoom: they must look the same. */
class SmallScaleTilesTest {

    private static final int TILE = WebMercatorTiles.TILE_SIZE;

    @Test
    void aSmallScaleTileLooksLikeItsOutlinesDrawnVertexByVertex() throws Exception {
        WebMercatorTiles tiles = new WebMercatorTiles();
        List<Geometry> coarse = CentralAsiaFixture.basemap().countries(false).stream()
                .map(Basemap.CountryShape::geometry).toList();
        BasemapRenderer renderer = new BasemapRenderer(tiles, BasemapStyle.atlas(), coarse, coarse);
        Basemap unprojected = new Basemap(shapes(coarse), shapes(coarse), List.of());
        // Zoom 3 over Europe, Russia and Central Asia; zoom 1 over Eurasia; zoom 4 over the Caspian.
        int[][] zxy = {{3, 4, 2}, {3, 5, 2}, {3, 5, 3}, {3, 6, 2}, {1, 1, 0}, {4, 10, 5}};
        for (int[] t : zxy) {
            BufferedImage drawn = renderer.tile(t[0], t[1], t[2]);
            BufferedImage reference = vertexByVertex(tiles, unprojected, t[0], t[1], t[2]);
            ImageDifference difference = ImageDifference.between(drawn, reference, 4);
            assertThat(difference.changedShare()).as("cells that look different in tile %s", java.util.Arrays.toString(t)).isZero();
            assertThat(difference.meanDifference()).as("mean difference in tile %s", java.util.Arrays.toString(t)).isLessThan(1.0);
        }
    }

    private static BufferedImage vertexByVertex(WebMercatorTiles tiles, Basemap basemap, int zoom, long x, long y) {
        BufferedImage image = new BufferedImage(TILE, TILE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        Envelope box = tiles.tileEnvelope(zoom, x, y);
        box.expandBy(box.getWidth() * 0.02, box.getHeight() * 0.02);
        BasemapStyle style = BasemapStyle.atlas();
        new BasemapPainter(basemap, style).paint(g, new Rectangle2D.Double(0, 0, TILE, TILE), box,
                (xy, count) -> tiles.toPixels(xy, count, zoom, x * (double) TILE, y * (double) TILE), false, 1,
                Set.of(), style.land());
        g.dispose();
        return image;
    }

    private static List<Basemap.CountryShape> shapes(List<Geometry> outlines) {
        return outlines.stream().map(g -> new Basemap.CountryShape("", "", "", g, new GeoPoint(0, 0), g.getArea()))
                .toList();
    }
}
