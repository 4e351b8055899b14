package org.articleatlas.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerSet;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

class BasemapRendererTest {

    private static WebMercatorTiles tiles;
    private static BasemapRenderer renderer;

    @BeforeAll
    static void load() throws Exception {
        tiles = new WebMercatorTiles();
        List<Geometry> countries = new ArrayList<>();
        try (LayerSet layers = new LayerLoader(LayerLoader.Reading.WHEN_USED).open(List.of(Path.of("geodata")));
                SimpleFeatureIterator it = layers.named("countries-50m").orElseThrow().features().getFeatures().features()) {
            while (it.hasNext()) {
                countries.add((Geometry) it.next().getDefaultGeometry());
            }
        }
        renderer = new BasemapRenderer(tiles, BasemapStyle.atlas(), countries, countries);
    }

    @Test
    void theTileGridMatchesTheWebMapConvention() {
        Envelope world = tiles.tileEnvelope(0, 0, 0);
        assertThat(world.getMinX()).isCloseTo(-180, within(1e-9));
        assertThat(world.getMaxY()).isCloseTo(WebMercatorTiles.MAX_LATITUDE, within(1e-6));
        double[] p = new double[2];
        tiles.toPixel(0, 0, 1, p);
        assertThat(p[0]).isCloseTo(256, within(1e-6));
        assertThat(p[1]).isCloseTo(256, within(1e-6));
    }

    @Test
    void drawsLandWhereDushanbeIsAndSeaInTheMiddleOfTheCaspian() {
        int zoom = 5;
        double[] p = new double[2];
        tiles.toPixel(68.787, 38.56, zoom, p);
        BufferedImage tile = renderer.tile(zoom, (long) (p[0] / 256), (long) (p[1] / 256));
        assertThat(tile.getRGB((int) (p[0] % 256), (int) (p[1] % 256)) & 0xFFFFFF)
                .isEqualTo(BasemapStyle.atlas().land().getRGB() & 0xFFFFFF);
        tiles.toPixel(50.7, 42.0, zoom, p);
        BufferedImage caspian = renderer.tile(zoom, (long) (p[0] / 256), (long) (p[1] / 256));
        assertThat(caspian.getRGB((int) (p[0] % 256), (int) (p[1] % 256)) & 0xFFFFFF)
                .isEqualTo(BasemapStyle.atlas().sea().getRGB() & 0xFFFFFF);
    }
}
