package org.articleatlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.articleatlas.model.Language;
import org.junit.jupiter.api.Test;

/** The offline tiles: the same painter as the exports, and country names that cross tile edges whole. */
class BasemapRendererTest {

    private static final int TILE = WebMercatorTiles.TILE_SIZE;

    @Test
    void aNameCrossingATileEdgeIsDrawnByBothTiles() throws Exception {
        BasemapRenderer renderer = new BasemapRenderer(new WebMercatorTiles(), BasemapStyle.atlas(),
                CentralAsiaFixture.basemap(), Language.FRENCH);
        int zoom = 4;
        List<CountryLabels.Label> labels = renderer.labels(zoom);
        assertThat(labels).extracting(CountryLabels.Label::text).contains("Russie", "Chine", "Brésil");
        CountryLabels.Label crossing = labels.stream()
                .filter(l -> Math.floor(l.box().getMinX() / TILE) != Math.floor(l.box().getMaxX() / TILE))
                .filter(l -> Math.floor(l.box().getMinY() / TILE) == Math.floor(l.box().getMaxY() / TILE))
                .findFirst().orElseThrow();
        long west = (long) Math.floor(crossing.box().getMinX() / TILE);
        long row = (long) Math.floor(crossing.box().getMinY() / TILE);
        BufferedImage left = renderer.tile(zoom, west, row);
        BufferedImage right = renderer.tile(zoom, west + 1, row);
        double edge = (west + 1) * TILE;
        Rectangle2D box = crossing.box();
        assertThat(darkPixels(left, box.getMinX() - west * TILE, edge - west * TILE, box, row))
                .as("%s west of the edge", crossing.text()).isPositive();
        assertThat(darkPixels(right, 0, box.getMaxX() - edge, box, row))
                .as("%s east of the edge", crossing.text()).isPositive();
    }

    @Test
    void namesAtOneZoomNeverOverlap() throws Exception {
        BasemapRenderer renderer = new BasemapRenderer(new WebMercatorTiles(), BasemapStyle.atlas(),
                CentralAsiaFixture.basemap(), Language.ENGLISH);
        List<CountryLabels.Label> labels = renderer.labels(5);
        assertThat(labels).hasSizeGreaterThan(100);
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(labels.get(i).box().intersects(labels.get(j).box())).isFalse();
            }
        }
    }

    /** Pixels as dark as the names' ink (the outlines and fills are all lighter) in a column range of the label. */
    private static int darkPixels(BufferedImage tile, double fromX, double toX, Rectangle2D box, long row) {
        int count = 0;
        int y0 = (int) Math.max(0, box.getMinY() - row * TILE);
        int y1 = (int) Math.min(TILE - 1, box.getMaxY() - row * TILE);
        for (int x = (int) Math.max(0, fromX); x < Math.min(TILE, toX); x++) {
            for (int y = y0; y <= y1; y++) {
                int rgb = tile.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xFF) * 3 + ((rgb >> 8) & 0xFF) * 6 + (rgb & 0xFF)) / 10;
                if (luminance < 0x80) {
                    count++;
                }
            }
        }
        return count;
    }
}
