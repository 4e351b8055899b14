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
}
