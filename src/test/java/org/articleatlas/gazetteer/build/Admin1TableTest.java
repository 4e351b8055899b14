package org.articleatlas.gazetteer.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class Admin1TableTest {

    private static SourceCity city(long id, String code, long population, double lat, double lon) {
        return new SourceCity(id, "c" + id, "", "RU", code, "68", population, lat, lon);
    }

    @Test
    void placesTheRegionAtItsMostPopulousSeat() {
        Admin1Table.Point p = Admin1Table.representativePoint(List.of(
                city(1, "PPL", 900_000, 10, 10),
                city(2, "PPLA", 5_000, 20, 20),
                city(3, "PPLA", 50_000, 30, 30)));
        assertThat(p).isEqualTo(new Admin1Table.Point(30, 30, "seat"));
    }

    @Test
    void takesTheNationalCapitalWhenTheRegionHasNoOtherSeat() {
        Admin1Table.Point p = Admin1Table.representativePoint(List.of(
                city(1, "PPL", 900_000, 10, 10),
                city(2, "PPLC", 10_000_000, 55.75, 37.62)));
        assertThat(p).isEqualTo(new Admin1Table.Point(55.75, 37.62, "seat"));
    }

    @Test
    void otherwiseWeighsItsCitiesByPopulation() {
        Admin1Table.Point p = Admin1Table.representativePoint(List.of(
                city(1, "PPL", 3_000, 0, 0),
                city(2, "PPLA2", 1_000, 0, 4)));
        assertThat(p.from()).isEqualTo("cities");
        assertThat(p.lat()).isCloseTo(0, within(1e-9));
        assertThat(p.lon()).isCloseTo(1, within(0.01));
    }

    @Test
    void averagesAcrossThe180thMeridianOnTheSphere() {
        Admin1Table.Point p = Admin1Table.representativePoint(List.of(
                city(1, "PPL", 1_000, 65, 179),
                city(2, "PPL", 1_000, 65, -179)));
        assertThat(Math.abs(p.lon())).isCloseTo(180, within(1e-6));
        assertThat(p.lat()).isCloseTo(65, within(0.01));
    }

    @Test
    void countsEveryCityAlikeWhenNoPopulationIsKnown() {
        Admin1Table.Point p = Admin1Table.representativePoint(List.of(
                city(1, "PPL", 0, 0, 0),
                city(2, "PPL", 0, 0, 2)));
        assertThat(p.lon()).isCloseTo(1, within(1e-9));
    }
}
