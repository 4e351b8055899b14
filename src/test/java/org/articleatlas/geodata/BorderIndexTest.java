package org.articleatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.articleatlas.model.GeoPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BorderIndexTest {

    private static BorderIndex index;

    @BeforeAll
    static void build() throws Exception {
        index = BorderIndex.of(TestLayers.borders());
    }

    @Test
    void findsTheBorderBetweenTwoCountriesInEitherOrder() {
        assertThat(index.between("BB", "AA")).isPresent();
        assertThat(index.between("aa", "bb").orElseThrow().id()).isEqualTo("AA-BB");
        assertThat(index.between("AA", "CC")).isEmpty();
    }

    @Test
    void neighboursAreTheOtherSidesOfACountrysBorders() {
        assertThat(index.neighboursOf("AA")).containsExactly("BB");
        assertThat(index.neighboursOf("BB")).containsExactly("AA");
    }

    @Test
    void theNearestBorderIsMeasuredGeodesicallyToItsClosestPoint() {
        BorderDistance d = index.nearestTo(new GeoPoint(5, 5)).orElseThrow();
        assertThat(d.border().id()).isEqualTo("AA-BB");
        assertThat(d.closest().lon()).isCloseTo(10, within(1e-9));
        assertThat(d.closest().lat()).isCloseTo(5, within(0.01));
        // 5 degrees of longitude at 5 degrees north on the WGS84 ellipsoid.
        assertThat(d.distanceKm()).isCloseTo(Geodesy.distanceKm(new GeoPoint(5, 5), new GeoPoint(5, 10)), within(0.5));
        assertThat(d.distanceKm()).isBetween(550.0, 556.0);
    }

    @Test
    void aPointBeyondTheEndOfABorderIsMeasuredToItsEnd() {
        BorderDistance d = index.nearestTo(new GeoPoint(12, 10)).orElseThrow();
        assertThat(d.closest().lat()).isCloseTo(10, within(1e-9));
        assertThat(d.distanceKm()).isCloseTo(Geodesy.distanceKm(new GeoPoint(12, 10), new GeoPoint(10, 10)), within(0.01));
    }
}
