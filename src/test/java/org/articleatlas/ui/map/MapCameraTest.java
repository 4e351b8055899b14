package org.articleatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.articleatlas.geodata.Geodesy;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.PlaceKind;
import org.junit.jupiter.api.Test;

class MapCameraTest {

    private static final GeoPoint GENEVA = new GeoPoint(46.20222, 6.14569);
    private static final GeoPoint WASHINGTON = new GeoPoint(38.89511, -77.03637);
    private static final GeoPoint DUSHANBE = new GeoPoint(38.53575, 68.77905);

    private static MapCamera camera(double zoom) {
        return new MapCamera(() -> new MapCamera.Viewport(new GeoPoint(45, 62), zoom, 1000, 700));
    }

    /** Where a point lands on the screen after a move, in pixels from the view's top left. */
    private static double[] screen(MapCamera.Move m, GeoPoint p, double width, double height) {
        double world = 256 * Math.pow(2, m.zoom());
        return new double[] {
            width / 2 + (MapCamera.x(p.lon()) - MapCamera.x(m.centre().lon())) * world,
            height / 2 + (MapCamera.y(p.lat()) - MapCamera.y(m.centre().lat())) * world};
    }

    @Test
    void fittingPlacesOnThreeContinentsKeepsEveryOneInsideTheViewWithAMargin() {
        MapCamera.Move m = camera(6).fit(List.of(GENEVA, WASHINGTON, DUSHANBE));
        for (GeoPoint p : List.of(GENEVA, WASHINGTON, DUSHANBE)) {
            double[] xy = screen(m, p, 1000, 700);
            assertThat(xy[0]).isBetween(59.0, 941.0);
            assertThat(xy[1]).isBetween(59.0, 641.0);
        }
        // Tight: the outermost places touch the margin on one axis.
        double[] west = screen(m, WASHINGTON, 1000, 700);
        assertThat(west[0]).isCloseTo(60.0, within(1.0));
        assertThat(m.animated()).isTrue();
    }

    @Test
    void fittingOnePlaceShowsItCentredWithoutZoomingIntoTheStreets() {
        MapCamera.Move m = camera(3).fit(List.of(GENEVA));
        assertThat(Geodesy.distanceKm(m.centre(), GENEVA)).isLessThan(0.1);
        assertThat(m.zoom()).isEqualTo(8);
    }

    @Test
    void fittingNothingAsksForNoMove() {
        MapCamera camera = camera(3);
        assertThat(camera.fit(List.of())).isNull();
        assertThat(camera.moveProperty().get()).isNull();
    }

    @Test
    void showingATownFromAWorldViewZoomsInButKeepsACloseViewOfACountryBroad() {
        assertThat(camera(2).show(GENEVA, PlaceKind.CITY).zoom()).isEqualTo(5);
        assertThat(camera(7).show(GENEVA, PlaceKind.CITY).zoom()).isEqualTo(7);
        assertThat(camera(9).show(DUSHANBE, PlaceKind.COUNTRY).zoom()).isEqualTo(4);
        assertThat(Geodesy.distanceKm(camera(3).show(DUSHANBE, PlaceKind.COUNTRY).centre(), DUSHANBE)).isLessThan(0.01);
    }

    @Test
    void arrowKeysPanByAQuarterOfTheViewAndZoomStepsStayInGluonsRange() {
        MapCamera camera = camera(4);
        MapCamera.Move east = camera.panBy(0.25, 0);
        double[] oldCentre = screen(east, new GeoPoint(45, 62), 1000, 700);
        assertThat(oldCentre[0]).isCloseTo(250.0, within(0.5));
        assertThat(oldCentre[1]).isCloseTo(350.0, within(0.5));
        assertThat(camera.zoomBy(1).zoom()).isEqualTo(5);
        assertThat(camera(1.5).zoomBy(-1).zoom()).isEqualTo(MapCamera.MIN_ZOOM);
        assertThat(camera(18).zoomBy(1).zoom()).isEqualTo(MapCamera.MAX_ZOOM);
    }

    @Test
    void neverShowsSpaceBeyondThePolesOrAWorldSmallerThanTheView() {
        MapCamera camera = new MapCamera(() -> new MapCamera.Viewport(new GeoPoint(45, 62), 3, 1000, 735));
        MapCamera.Move north = camera.fit(List.of(new GeoPoint(80, -100), new GeoPoint(75, 100)));
        double world = 256 * Math.pow(2, north.zoom());
        assertThat(world).isGreaterThanOrEqualTo(735 - 1e-6);
        assertThat(MapCamera.y(north.centre().lat()) * world).isGreaterThanOrEqualTo(735 / 2.0 - 1e-6);
    }

    @Test
    void panningPastTheDateLineWrapsAround() {
        MapCamera camera = new MapCamera(() -> new MapCamera.Viewport(new GeoPoint(60, 179), 3, 1000, 700));
        // A quarter of 1000 px at zoom 3 (2048 px round the world) is 43.9°: 179° E + 43.9° is 137.1° W.
        assertThat(camera.panBy(0.25, 0).centre().lon()).isCloseTo(179 + 250.0 / 2048 * 360 - 360, within(1e-6));
    }
}
