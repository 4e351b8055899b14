package org.articleatlas.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import org.articleatlas.geodata.Geodesy;
import org.articleatlas.model.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;

class ScaleBarAndProjectionTest {

    @ParameterizedTest(name = "{0} km/px in {1} px -> {2} km")
    @CsvSource({"1.0, 180, 100", "2.7, 180, 200", "0.01, 180, 1", "12.0, 180, 2000", "0.003, 180, 0.5"})
    void scaleBarsHaveRoundLengthsThatFit(double kmPerPixel, double room, double km) {
        ScaleBar bar = ScaleBar.choose(kmPerPixel, room);
        assertThat(bar.km()).isEqualTo(km, within(1e-9));
        assertThat(bar.pixels()).isLessThanOrEqualTo(room).isEqualTo(km / kmPerPixel, within(1e-9));
    }

    @Test
    void webMercatorMatchesEpsg3857() {
        MapProjection mercator = MapProjection.webMercator();
        double[] p = {180, 0, 0, 0, 30, 60};
        mercator.project(p, p, 3);
        assertThat(p[0]).isCloseTo(20037508.34, within(0.01));
        assertThat(p[2]).isCloseTo(0, within(1e-6));
        // y = R ln(tan(45° + φ/2)) on the sphere of radius 6,378,137 m.
        assertThat(p[5]).isCloseTo(6378137 * Math.log(Math.tan(Math.toRadians(45 + 30))), within(0.01));
    }

    @Test
    void mercatorScaleAtTheCentreFollowsTheCosineOfLatitude() {
        Rectangle2D area = new Rectangle2D.Double(0, 0, 1000, 600);
        Viewport equator = Viewport.fit(MapProjection.webMercator(), new Envelope(10, 20, -1, 1), area);
        Viewport sixty = Viewport.fit(MapProjection.webMercator(), new Envelope(10, 20, 59, 61), area);
        // 10° of longitude fill 1000 px: 1113 km at the equator, half that at 60° N.
        assertThat(equator.kmPerPixelAtCentre()).isCloseTo(1113.2 / 1000, within(0.005));
        assertThat(sixty.kmPerPixelAtCentre() / equator.kmPerPixelAtCentre()).isCloseTo(0.5, within(0.005));
    }

    @Test
    void aScaleBarDrawnOnTheMapMeasuresItsLengthOnTheGround() {
        Rectangle2D area = new Rectangle2D.Double(0, 0, 3840, 1800);
        Viewport view = Viewport.fit(MapProjection.webMercator(), CentralAsiaFixture.CENTRAL_ASIA, area);
        ScaleBar bar = ScaleBar.choose(view.kmPerPixelAtCentre(), 400);
        GeoPoint left = view.toGeo(area.getCenterX() - bar.pixels() / 2, area.getCenterY()).orElseThrow();
        GeoPoint right = view.toGeo(area.getCenterX() + bar.pixels() / 2, area.getCenterY()).orElseThrow();
        assertThat(Geodesy.distanceKm(left, right)).isCloseTo(bar.km(), within(bar.km() * 0.002));
    }

    @Test
    void lambertAzimuthalEqualAreaIsCentredAndRoundTrips() {
        GeoPoint centre = new GeoPoint(40, 67);
        MapProjection laea = MapProjection.lambertAzimuthalEqualArea(centre);
        double[] p = {67, 40, 67, 45};
        laea.project(p, p, 2);
        assertThat(p[0]).isCloseTo(0, within(1e-6));
        assertThat(p[1]).isCloseTo(0, within(1e-6));
        // Along the central meridian, distance from the centre is nearly the true distance.
        double km = Geodesy.distanceKm(centre, new GeoPoint(45, 67));
        assertThat(p[3] / 1000).isCloseTo(km, within(km * 0.005));
        double[] back = laea.unproject(p[2], p[3]).orElseThrow();
        assertThat(back[0]).isCloseTo(67, within(1e-7));
        assertThat(back[1]).isCloseTo(45, within(1e-7));
    }

    @Test
    void lambertAzimuthalEqualAreaKeepsAreas() {
        MapProjection laea = MapProjection.lambertAzimuthalEqualArea(new GeoPoint(40, 67));
        // A 1° × 1° cell near the centre and one 15° away cover the areas the ellipsoid gives them.
        assertThat(projectedArea(laea, 67, 40) / cellArea(40)).isCloseTo(1, within(0.01));
        assertThat(projectedArea(laea, 82, 52) / cellArea(52)).isCloseTo(1, within(0.01));
    }

    private static double projectedArea(MapProjection projection, double lon, double lat) {
        double[] p = {lon, lat, lon + 1, lat, lon + 1, lat + 1, lon, lat + 1};
        projection.project(p, p, 4);
        double area = 0;
        for (int i = 0; i < 4; i++) {
            int j = (i + 1) % 4;
            area += p[2 * i] * p[2 * j + 1] - p[2 * j] * p[2 * i + 1];
        }
        return Math.abs(area) / 2 / 1e6;
    }

    /** The area of a 1° cell, from its measured sides (small enough to be nearly a rectangle). */
    private static double cellArea(double lat) {
        double south = Geodesy.distanceKm(new GeoPoint(lat, 0), new GeoPoint(lat, 1));
        double north = Geodesy.distanceKm(new GeoPoint(lat + 1, 0), new GeoPoint(lat + 1, 1));
        double side = Geodesy.distanceKm(new GeoPoint(lat, 0), new GeoPoint(lat + 1, 0));
        return (south + north) / 2 * side;
    }
}
