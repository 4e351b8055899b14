package org.articleatlas.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.articleatlas.geodata.Geography;
import org.articleatlas.model.GeoPoint;
import org.junit.jupiter.api.Test;

class PointContextFinderTest {

    @Test
    void describesAPointByItsCountryNeighboursAndNearestBorder() throws Exception {
        Geography geography = org.articleatlas.geodata.TestGeographies.twoSquares();
        PointContext c = new PointContextFinder(geography).at(new GeoPoint(5, 9), List.of());
        assertThat(c.country().isoA2()).isEqualTo("AA");
        assertThat(c.country().nameFr()).isEqualTo("Alande");
        assertThat(c.neighbours()).extracting(PointContext.Neighbour::isoA2).containsExactly("BB");
        assertThat(c.nearestBorder().a()).isEqualTo("AA");
        assertThat(c.nearestBorder().distanceKm()).isBetween(100.0, 120.0);
        assertThat(c.border()).isNull();
    }

    @Test
    void atSeaThereIsNoCountryButStillANearestBorder() throws Exception {
        Geography geography = org.articleatlas.geodata.TestGeographies.twoSquares();
        PointContext c = new PointContextFinder(geography).at(new GeoPoint(-5, 10));
        assertThat(c.country()).isNull();
        assertThat(c.neighbours()).isEmpty();
        assertThat(c.nearestBorder().distanceKm()).isBetween(550.0, 556.0);
    }
}
