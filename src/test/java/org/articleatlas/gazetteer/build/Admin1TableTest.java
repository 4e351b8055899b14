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
    void placesTheRegionInTheMiddleOfItsTownsNotAtItsSeat() {
        Admin1Table.Point p = Admin1Table.representativePoint(List.of(
                city(1, "PPLA", 900_000, 58, -134),
                city(2, "PPL", 5_000, 71, -157),
                city(3, "PPL", 50_000, 61, -150)));
        assertThat(p.from()).isEqualTo("extent");
        assertThat(p.lat()).isCloseTo(64.5, within(1e-9));
        assertThat(p.lon()).isCloseTo(-145.5, within(1e-9));
    }

    @Test
    void takesTheShortWayRoundAcrossThe180thMeridian() {
        Admin1Table.Point p = Admin1Table.representativePoint(List.of(
                city(1, "PPL", 1_000, 64, 177),
                city(2, "PPL", 1_000, 66, -173),
                city(3, "PPL", 1_000, 69, 170)));
        assertThat(p.lon()).isCloseTo(178.5, within(1e-9));
        assertThat(p.lat()).isCloseTo(66.5, within(1e-9));
    }

    @Test
    void aRegionOfOneTownIsThatTown() {
        Admin1Table.Point p = Admin1Table.representativePoint(List.of(city(1, "PPLC", 10_000_000, 55.75, 37.62)));
        assertThat(p).isEqualTo(new Admin1Table.Point(55.75, 37.62, "extent"));
    }
}
