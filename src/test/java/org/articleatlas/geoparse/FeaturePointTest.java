package org.articleatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.Place;
import org.articleatlas.model.PlaceKind;
import org.junit.jupiter.api.Test;

class FeaturePointTest {

    private static final GeoPoint MOUTH = new GeoPoint(44.108, 59.681);
    private static final GeoPoint AT_TERMEZ = new GeoPoint(37.224, 67.278);
    private static final GeoPoint AT_TURKMENABAT = new GeoPoint(39.073, 63.579);

    private static GazetteerEntry river(List<GeoPoint> along) {
        return new GazetteerEntry(new Place("physical:amu-darya", "Amu Darya", "Amou-Daria", PlaceKind.PHYSICAL,
                Optional.empty(), MOUTH), List.of("Amu Darya"), 0, Optional.empty(), "river", Optional.empty(), true,
                List.of("TJ", "AF", "UZ", "TM"), along);
    }

    private static PlaceResolver.Settled settled(String id, PlaceKind kind, double lat, double lon) {
        return new PlaceResolver.Settled(new GazetteerEntry(new Place(id, id, id, kind, Optional.of("UZ"),
                new GeoPoint(lat, lon)), List.of(id), 1000, Optional.empty(), "PPL", Optional.empty(), true, List.of()),
                Set.of(0));
    }

    @Test
    void aRiverIsShownAtTheStretchTheArticlesTownsLieOn() {
        GazetteerEntry shown = FeaturePoint.near(river(List.of(AT_TURKMENABAT, AT_TERMEZ)),
                List.of(settled("termez", PlaceKind.CITY, 37.22, 67.28), settled("sherabad", PlaceKind.CITY, 37.67, 67.00)));
        assertThat(shown.place().point()).isEqualTo(AT_TERMEZ);
        assertThat(shown.id()).isEqualTo("physical:amu-darya");
        assertThat(shown.along()).containsExactly(AT_TURKMENABAT, AT_TERMEZ);
    }

    @Test
    void withNoTownOfTheArticleNearAnyPointTheFeatureKeepsItsMainPoint() {
        GazetteerEntry river = river(List.of(AT_TURKMENABAT, AT_TERMEZ));
        assertThat(FeaturePoint.near(river, List.of(settled("moscow", PlaceKind.CITY, 55.75, 37.62)))).isSameAs(river);
    }

    @Test
    void aCountryOrARegionSaysNoStretch() {
        GazetteerEntry river = river(List.of(AT_TERMEZ));
        assertThat(FeaturePoint.near(river, List.of(settled("country:UZ", PlaceKind.COUNTRY, 37.5, 67.0)))).isSameAs(river);
    }

    @Test
    void theStretchWithMostOfTheArticlesPlacesWins() {
        GazetteerEntry shown = FeaturePoint.near(river(List.of(AT_TERMEZ, AT_TURKMENABAT)), List.of(
                settled("termez", PlaceKind.CITY, 37.22, 67.28), settled("turkmenabat", PlaceKind.CITY, 39.07, 63.58),
                settled("farab", PlaceKind.CITY, 39.15, 63.61)));
        assertThat(shown.place().point()).isEqualTo(AT_TURKMENABAT);
    }
}
