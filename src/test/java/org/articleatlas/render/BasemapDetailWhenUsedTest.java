package org.articleatlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerSet;
import org.articleatlas.home.AtlasHome;
import org.articleatlas.model.Language;
import org.junit.jupiter.api.Test;

/** A basemap whose detailed countries are read on first use draws the same tiles as one read whole. */
class BasemapDetailWhenUsedTest {

    @Test
    void smallScaleTilesNeedNoDetailAndEveryTileMatchesTheBasemapReadWhole() throws Exception {
        BasemapRenderer whole = new BasemapRenderer(new WebMercatorTiles(), BasemapStyle.atlas(),
                CentralAsiaFixture.basemap(), Language.FRENCH);
        try (LayerSet layers = new LayerLoader(LayerLoader.Reading.WHEN_USED)
                .open(List.of(AtlasHome.locateOrWorkingDirectory().geodata()))) {
            Basemap later = Basemap.readDetailWhenUsed(layers);
            BasemapRenderer lazy = new BasemapRenderer(new WebMercatorTiles(), BasemapStyle.atlas(), later,
                    Language.FRENCH);

            assertSameImage(lazy.tile(3, 5, 2), whole.tile(3, 5, 2));
            assertThat(later.hasDetail()).as("zoom 3 is drawn from the coarse outlines").isFalse();

            // Zoom 6 over Central Asia is drawn from the detailed outlines: read then, the same as read whole.
            assertSameImage(lazy.tile(6, 45, 23), whole.tile(6, 45, 23));
            assertThat(later.hasDetail()).isTrue();
            assertThat(later.countries(true)).hasSameSizeAs(CentralAsiaFixture.basemap().countries(true));
        }
    }

    @Test
    void theBasemapReadWholeHasItsDetailAtOnce() throws Exception {
        assertThat(CentralAsiaFixture.basemap().hasDetail()).isTrue();
    }

    private static void assertSameImage(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        int differing = 0;
        for (int x = 0; x < actual.getWidth(); x++) {
            for (int y = 0; y < actual.getHeight(); y++) {
                if (actual.getRGB(x, y) != expected.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("pixels that differ").isZero();
    }
}
