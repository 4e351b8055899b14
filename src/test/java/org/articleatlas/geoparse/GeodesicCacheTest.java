package org.articleatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.geodata.Geodesy;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.Place;
import org.articleatlas.model.PlaceKind;
import org.junit.jupiter.api.Test;

class GeodesicCacheTest {

    private static GazetteerEntry town(String id, double lat, double lon) {
        Place place = new Place(id, id, id, PlaceKind.CITY, Optional.of("RU"), new GeoPoint(lat, lon));
        return new GazetteerEntry(place, List.of(id), 0, Optional.empty(), "PPL", Optional.empty(), true, List.of());
    }

    private static final GazetteerEntry KAZAN = town("kazan", 55.78874, 49.12214);
    private static final GazetteerEntry MOSCOW = town("moscow", 55.75222, 37.61556);
    private static final GazetteerEntry IRKUTSK = town("irkutsk", 52.29778, 104.29639);

    @Test
    void givesTheGeodesicOfEachPairInItsOwnOrderAndKeepsIt() {
        GeodesicCache cache = new GeodesicCache();
        double there = cache.km(KAZAN, MOSCOW);
        assertThat(there).isEqualTo(Geodesy.distanceKm(KAZAN.place().point(), MOSCOW.place().point())).isBetween(700.0, 730.0);
        assertThat(cache.km(MOSCOW, KAZAN)).isEqualTo(Geodesy.distanceKm(MOSCOW.place().point(), KAZAN.place().point()));
        assertThat(cache.km(KAZAN, IRKUTSK)).isEqualTo(Geodesy.distanceKm(KAZAN.place().point(), IRKUTSK.place().point()));
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.km(KAZAN, MOSCOW)).isEqualTo(there);
        assertThat(cache.size()).isEqualTo(3);
    }

    @Test
    void aPlaceNamedAlikeButAnotherEntryIsMeasuredForItself() {
        GeodesicCache cache = new GeodesicCache();
        GazetteerEntry otherKazan = town("kazan", 55.0, 50.0);
        assertThat(cache.km(KAZAN, MOSCOW)).isNotEqualTo(cache.km(otherKazan, MOSCOW));
    }
}
