package org.articleatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.articleatlas.model.GeoPoint;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

class GeodesyTest {

    @Test
    void oneDegreeOfLatitudeAtTheEquatorIsItsEllipsoidalLength() {
        assertThat(Geodesy.distanceKm(new GeoPoint(0, 0), new GeoPoint(1, 0))).isCloseTo(110.574, within(0.01));
    }

    @Test
    void dushanbeToBishkekIsAboutSixHundredAndNinetyKilometres() {
        double km = Geodesy.distanceKm(new GeoPoint(38.5598, 68.7870), new GeoPoint(42.8746, 74.5698));
        assertThat(km).isBetween(680.0, 700.0);
    }

    @Test
    void aLineIsAsLongAsItsSegments() throws Exception {
        double km = Geodesy.lengthKm(new WKTReader().read("MULTILINESTRING ((0 0, 0 1), (0 1, 0 2))"));
        assertThat(km).isCloseTo(Geodesy.distanceKm(new GeoPoint(0, 0), new GeoPoint(2, 0)), within(0.01));
    }

    @Test
    void theSphericalDistanceStaysWithinOnePercentOfTheGeodesicEverywhere() {
        java.util.Random random = new java.util.Random(7);
        double worst = 0;
        for (int i = 0; i < 20_000; i++) {
            GeoPoint a = new GeoPoint(random.nextDouble() * 180 - 90, random.nextDouble() * 360 - 180);
            GeoPoint b = i % 2 == 0 ? new GeoPoint(random.nextDouble() * 180 - 90, random.nextDouble() * 360 - 180)
                    : new GeoPoint(Math.max(-90, Math.min(90, a.lat() + random.nextGaussian() * 5)),
                            Math.max(-180, Math.min(180, a.lon() + random.nextGaussian() * 5)));
            double geodesic = Geodesy.distanceKm(a, b);
            if (geodesic > 1) {
                worst = Math.max(worst, Math.abs(Geodesy.sphericalKm(a, b) - geodesic) / geodesic);
            }
        }
        assertThat(worst).isLessThan(0.01);
    }
}
