package org.articleatlas.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WebMercatorTilesTest {

    private final WebMercatorTiles tiles = new WebMercatorTiles();

    /** The slippy-map formula of OpenStreetMap's tile naming, independent of GeoTools. */
    private static double[] slippyPixel(double lon, double lat, int zoom) {
        double world = 256 * Math.pow(2, zoom);
        double phi = Math.toRadians(lat);
        return new double[] {(lon + 180) / 360 * world,
                (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2 * world};
    }

    @Test
    void placesPointsWhereOpenStreetMapTilesHaveThem() {
        double[][] points = {{37.6173, 55.7558}, {69.2401, 41.2995}, {-58.38, -34.60}, {0, 0}, {179.9, -80}};
        for (int zoom : new int[] {0, 3, 9, 14}) {
            for (double[] p : points) {
                double[] out = new double[2];
                tiles.toPixel(p[0], p[1], zoom, out);
                double[] expected = slippyPixel(p[0], p[1], zoom);
                assertThat(out[0]).as("x of %s at zoom %d", p, zoom).isCloseTo(expected[0], within(0.01));
                assertThat(out[1]).as("y of %s at zoom %d", p, zoom).isCloseTo(expected[1], within(0.01));
            }
        }
    }

    @Test
    void agreesWithGeoToolsWebMercator() {
        MapProjection geotools = MapProjection.webMercator();
        double halfWorld = 20037508.342789244;
        for (double[] p : new double[][] {{37.6173, 55.7558}, {-122.4, 37.8}, {151.2, -33.9}, {10, 84}}) {
            double[] metres = {p[0], p[1]};
            geotools.project(metres, metres, 1);
            double[] pixel = new double[2];
            tiles.toPixel(p[0], p[1], 12, pixel);
            double world = 256 * Math.pow(2, 12);
            assertThat(pixel[0]).isCloseTo((metres[0] + halfWorld) / (2 * halfWorld) * world, within(0.001));
            assertThat(pixel[1]).isCloseTo((halfWorld - metres[1]) / (2 * halfWorld) * world, within(0.001));
        }
    }

    @Test
    void projectsAWholeOutlineInOneCallLessTheTileOffset() {
        double[] xy = {37.6173, 55.7558, 69.2401, 41.2995, -170, 89};
        tiles.toPixels(xy, 3, 6, 100, 200);
        double[] first = slippyPixel(37.6173, 55.7558, 6);
        double[] second = slippyPixel(69.2401, 41.2995, 6);
        assertThat(xy[0]).isCloseTo(first[0] - 100, within(0.01));
        assertThat(xy[1]).isCloseTo(first[1] - 200, within(0.01));
        assertThat(xy[2]).isCloseTo(second[0] - 100, within(0.01));
        assertThat(xy[3]).isCloseTo(second[1] - 200, within(0.01));
        assertThat(xy[5]).as("latitudes beyond Web Mercator's edge are clamped to it").isCloseTo(-200, within(0.01));
    }
}
