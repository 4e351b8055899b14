package org.articleatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.Mention;
import org.articleatlas.model.MentionUse;
import org.articleatlas.model.Place;
import org.articleatlas.model.PlaceKind;
import org.articleatlas.model.TextSpan;
import org.junit.jupiter.api.Test;

class MarkerStyleTest {

    private static PlaceResult place(String id, PlaceKind kind, String... articleIds) {
        Place place = new Place(id, id, id, kind, Optional.empty(), new GeoPoint(38.56, 68.78));
        List<Mention> mentions = IntStream.range(0, articleIds.length)
                .mapToObj(i -> new Mention(articleIds[i], new TextSpan(i, i + 1), "x", new TextSpan(0, 10), MentionUse.LITERAL))
                .toList();
        return new PlaceResult(place, mentions, List.of(), "");
    }

    @Test
    void aPlaceNamedMoreOftenGetsALargerMarker() {
        assertThat(MarkerStyle.radius(place("a", PlaceKind.CITY, "1", "1", "1", "1")))
                .isGreaterThan(MarkerStyle.radius(place("b", PlaceKind.CITY, "1")));
    }

    @Test
    void eachKindHasItsOwnShape() {
        assertThat(MarkerStyle.shape(PlaceKind.CITY, 5)).isInstanceOf(Circle.class);
        assertThat(MarkerStyle.shape(PlaceKind.COUNTRY, 5)).isInstanceOf(Circle.class);
        assertThat(MarkerStyle.shape(PlaceKind.BASE, 5)).isInstanceOf(Rectangle.class);
        assertThat(((Rectangle) MarkerStyle.shape(PlaceKind.REGION, 5)).getArcWidth()).isPositive();
        assertThat(((Polygon) MarkerStyle.shape(PlaceKind.LANDMARK, 5)).getPoints()).hasSize(8);
        assertThat(((Polygon) MarkerStyle.shape(PlaceKind.PHYSICAL, 5)).getPoints()).hasSize(6);
    }

    @Test
    void withOneArticleOpenTheColourSaysTheKindAndARingMarksACountry() {
        PlaceResult country = place("country:TJ", PlaceKind.COUNTRY, "a");
        PlaceResult base = place("landmark:kant", PlaceKind.BASE, "a");
        Shape ring = MarkerStyle.shape(PlaceKind.COUNTRY, 6);
        Shape square = MarkerStyle.shape(PlaceKind.BASE, 6);

        MarkerStyle.apply(ring, country, List.of("a"), false);
        MarkerStyle.apply(square, base, List.of("a"), false);

        assertThat(ring.getStroke()).isEqualTo(MarkerStyle.kindColour(PlaceKind.COUNTRY));
        assertThat(square.getFill()).isEqualTo(MarkerStyle.kindColour(PlaceKind.BASE));
    }

    @Test
    void withSeveralArticlesOpenTheColourSaysWhichArticlesNameThePlace() {
        PlaceResult onlySecond = place("geonames:1221874", PlaceKind.CITY, "b");
        PlaceResult both = place("geonames:524901", PlaceKind.CITY, "a", "b");
        List<String> open = MarkerStyle.articleIds(List.of(onlySecond, both));
        Shape one = MarkerStyle.shape(PlaceKind.CITY, 6);
        Shape two = MarkerStyle.shape(PlaceKind.CITY, 6);

        MarkerStyle.apply(one, onlySecond, open, false);
        MarkerStyle.apply(two, both, open, false);

        assertThat(open).containsExactly("a", "b");
        assertThat(one.getFill()).isEqualTo(MarkerStyle.articleColour(1));
        assertThat(two.getFill()).isInstanceOf(LinearGradient.class);
        assertThat(((LinearGradient) two.getFill()).getStops()).extracting(Stop::getColor).containsOnly(
                MarkerStyle.articleColour(0), MarkerStyle.articleColour(1));
        assertThat(MarkerStyle.articleColour(0)).isNotEqualTo(MarkerStyle.articleColour(1));
    }

    @Test
    void theSelectedMarkerIsOutlinedInBlack() {
        PlaceResult city = place("geonames:524901", PlaceKind.CITY, "a");
        Shape marker = MarkerStyle.shape(PlaceKind.CITY, 6);

        MarkerStyle.apply(marker, city, List.of("a"), true);

        assertThat(marker.getStroke()).isEqualTo(Color.BLACK);
    }
}
