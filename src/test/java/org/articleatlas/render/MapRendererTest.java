package org.articleatlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The whole page on the real basemap, compared with a golden image by eye-like difference. */
class MapRendererTest {

    private static final String GOLDEN = "central-asia-800x500.png";

    private static BufferedImage render(MapContent content, MapRequest request, MapRenderer.Drawn[] drawn)
            throws Exception {
        BufferedImage image = new BufferedImage(request.width(), request.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            drawn[0] = new MapRenderer(CentralAsiaFixture.basemap(), MapFonts.installed()).render(g, content, request);
        } finally {
            g.dispose();
        }
        return image;
    }

    @Test
    void centralAsiaLooksLikeItsGoldenImage() throws Exception {
        MapRenderer.Drawn[] drawn = new MapRenderer.Drawn[1];
        BufferedImage image = render(CentralAsiaFixture.content(),
                new MapRequest(800, 500, CentralAsiaFixture.CENTRAL_ASIA, MapProjection.Kind.MERCATOR), drawn);
        Path written = Path.of("target", "golden", GOLDEN);
        Files.createDirectories(written.getParent());
        ImageIO.write(image, "png", written.toFile());
        if (Boolean.getBoolean("atlas.golden.update")) {
            ImageIO.write(image, "png", Path.of("src/test/resources/org/articleatlas/render", GOLDEN).toFile());
        }
        BufferedImage golden;
        try (InputStream in = MapRendererTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as("golden image %s (regenerate with -Datlas.golden.update=true)", GOLDEN).isNotNull();
            golden = ImageIO.read(in);
        }
        ImageDifference difference = ImageDifference.between(image, golden, 4);
        assertThat(difference.changedShare()).as("share of visibly changed areas; this rendering is in " + written)
                .isLessThan(0.01);
        assertThat(difference.meanDifference()).as("mean difference; this rendering is in " + written).isLessThan(3);
    }

    @Test
    void theGoldenComparisonNoticesAMissingBorderHighlight() throws Exception {
        MapContent full = CentralAsiaFixture.content();
        MapContent withoutBorders = new MapContent(full.language(), full.title(), full.subtitle(), full.places(),
                List.of(), full.citations());
        MapRequest request = new MapRequest(800, 500, CentralAsiaFixture.CENTRAL_ASIA, MapProjection.Kind.MERCATOR);
        MapRenderer.Drawn[] drawn = new MapRenderer.Drawn[1];
        ImageDifference difference = ImageDifference.between(render(full, request, drawn),
                render(withoutBorders, request, drawn), 4);
        assertThat(difference.changedShare()).isGreaterThan(0.01);
    }

    @Test
    void placeLabelsAndNamesNeverOverlapEvenOnASmallPage() throws Exception {
        for (int[] size : new int[][] {{800, 500}, {600, 600}, {3840, 2160}}) {
            MapRenderer.Drawn[] drawn = new MapRenderer.Drawn[1];
            render(CentralAsiaFixture.content(), new MapRequest(size[0], size[1], CentralAsiaFixture.CENTRAL_ASIA,
                    MapProjection.Kind.MERCATOR), drawn);
            List<MapRenderer.PlacedLabel> labels = drawn[0].labels();
            assertThat(labels).extracting(MapRenderer.PlacedLabel::text).contains("Base aérienne de Kant");
            for (int i = 0; i < labels.size(); i++) {
                Rectangle2D a = labels.get(i).box();
                assertThat(drawn[0].viewport().area().contains(a)).isTrue();
                for (int j = i + 1; j < labels.size(); j++) {
                    assertThat(a.intersects(labels.get(j).box()))
                            .as("%s overlaps %s at %dx%d", labels.get(i).text(), labels.get(j).text(), size[0], size[1])
                            .isFalse();
                }
            }
        }
    }

    @Test
    void placesQuotingTheSameSentenceShareOneNumberedCallout() throws Exception {
        MapRenderer.Drawn[] drawn = new MapRenderer.Drawn[1];
        render(CentralAsiaFixture.content(), new MapRequest(1600, 900, CentralAsiaFixture.CENTRAL_ASIA,
                MapProjection.Kind.MERCATOR), drawn);
        assertThat(drawn[0].callouts()).hasSize(3);
        assertThat(drawn[0].callouts().get(0).names()).containsExactly("201e base russe (Douchanbé)",
                "201e base russe (Bokhtar)", "Base aérienne de Kant");
        assertThat(drawn[0].callouts().get(1).names()).containsExactly("Chine – Tadjikistan", "Chine – Kirghizistan");
        assertThat(drawn[0].legend()).contains("legend.base", "legend.city", "legend.border.named", "legend.callout")
                .doesNotContain("legend.landmark");
        assertThat(drawn[0].scaleBar()).isPresent();
    }

    @Test
    void lambertAzimuthalEqualAreaShowsTheSameContent() throws Exception {
        MapRenderer.Drawn[] drawn = new MapRenderer.Drawn[1];
        render(CentralAsiaFixture.content(), new MapRequest(1600, 900, CentralAsiaFixture.CENTRAL_ASIA,
                MapProjection.Kind.LAEA), drawn);
        assertThat(drawn[0].viewport().projection().kind()).isEqualTo(MapProjection.Kind.LAEA);
        assertThat(drawn[0].callouts()).hasSize(3);
        assertThat(drawn[0].viewport().centre().lat()).isBetween(38.0, 42.0);
    }

    @Test
    void theChosenPlaceLeadsTheFirstCalloutAndItsMarkerStandsOut() throws Exception {
        MapRequest request = new MapRequest(1600, 900, CentralAsiaFixture.CENTRAL_ASIA, MapProjection.Kind.MERCATOR);
        MapRenderer.Drawn[] plain = new MapRenderer.Drawn[1];
        MapRenderer.Drawn[] chosen = new MapRenderer.Drawn[1];
        BufferedImage before = render(CentralAsiaFixture.content(), request, plain);
        BufferedImage after = render(CentralAsiaFixture.content().withSelected("base:kant"), request, chosen);

        assertThat(chosen[0].callouts().get(0).number()).isEqualTo(1);
        assertThat(chosen[0].callouts().get(0).names()).first().isEqualTo("Base aérienne de Kant");
        java.awt.geom.Point2D kant = chosen[0].viewport().toScreen(new org.articleatlas.model.GeoPoint(42.85306, 74.84639));
        int changed = 0;
        for (int dx = -20; dx <= 20; dx++) {
            for (int dy = -20; dy <= 20; dy++) {
                int x = (int) kant.getX() + dx;
                int y = (int) kant.getY() + dy;
                changed += before.getRGB(x, y) != after.getRGB(x, y) ? 1 : 0;
            }
        }
        assertThat(changed).as("pixels changed around Kant's marker").isGreaterThan(100);
        assertThat(CentralAsiaFixture.content().withSelected("nowhere:0").selected()).isEmpty();
    }

}
