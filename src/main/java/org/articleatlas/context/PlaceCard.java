package org.articleatlas.context;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What a teacher wants to say about one place of the articles: where it is (country, first-level
 * region, nearest city), its borders and how far they are, how far the article's other places are,
 * the regions it lies in, and the sentences that name it. Distances are geodesic, in tenths of a
 * kilometre. Field names are a contract read by other tools.
 */
@JsonPropertyOrder({"id", "name_en", "name_fr", "kind", "point", "country", "admin1", "nearest_city",
    "nearest_border", "named_borders", "neighbours", "regions", "article_places", "excerpts"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record PlaceCard(
        @JsonProperty("id") String id,
        @JsonProperty("name_en") String nameEn,
        @JsonProperty("name_fr") String nameFr,
        @JsonProperty("kind") String kind,
        @JsonProperty("point") PointContext.Coordinates point,
        @JsonProperty("country") @JsonInclude(JsonInclude.Include.ALWAYS) PointContext.CountryRef country,
        @JsonProperty("admin1") Admin1 admin1,
        @JsonProperty("nearest_city") NearbyPlace nearestCity,
        @JsonProperty("nearest_border") PointContext.NearestBorder nearestBorder,
        @JsonProperty("named_borders") List<NamedBorder> namedBorders,
        @JsonProperty("neighbours") List<PointContext.Neighbour> neighbours,
        @JsonProperty("regions") List<RegionRef> regions,
        @JsonProperty("article_places") List<NearbyPlace> articlePlaces,
        @JsonProperty("excerpts") List<Excerpt> excerpts) {

    /**
     * @param basis how it was found: {@code gazetteer} when the place's own entry says so, or
     *              {@code nearest town} when taken from the nearest populated place of the same country
     */
    @JsonPropertyOrder({"id", "code", "name_en", "name_fr", "basis"})
    public record Admin1(
            @JsonProperty("id") String id,
            @JsonProperty("code") String code,
            @JsonProperty("name_en") String nameEn,
            @JsonProperty("name_fr") String nameFr,
            @JsonProperty("basis") String basis) {
    }

    /** @param article the file of the article both places are named in, when that is why it is listed */
    @JsonPropertyOrder({"id", "name_en", "name_fr", "kind", "country", "population", "distance_km", "article"})
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record NearbyPlace(
            @JsonProperty("id") String id,
            @JsonProperty("name_en") String nameEn,
            @JsonProperty("name_fr") String nameFr,
            @JsonProperty("kind") String kind,
            @JsonProperty("country") String country,
            @JsonProperty("population") Long population,
            @JsonProperty("distance_km") double distanceKm,
            @JsonProperty("article") String article) {
    }

    /** A border the articles speak of, and how far this place is from it. */
    @JsonPropertyOrder({"a", "b", "name_en", "name_fr", "distance_km", "closest_point"})
    public record NamedBorder(
            @JsonProperty("a") String a,
            @JsonProperty("b") String b,
            @JsonProperty("name_en") String nameEn,
            @JsonProperty("name_fr") String nameFr,
            @JsonProperty("distance_km") double distanceKm,
            @JsonProperty("closest_point") PointContext.Coordinates closestPoint) {
    }

    @JsonPropertyOrder({"id", "name_en", "name_fr"})
    public record RegionRef(
            @JsonProperty("id") String id,
            @JsonProperty("name_en") String nameEn,
            @JsonProperty("name_fr") String nameFr) {
    }

    @JsonPropertyOrder({"article", "start", "end", "text", "sentence"})
    public record Excerpt(
            @JsonProperty("article") String article,
            @JsonProperty("start") int start,
            @JsonProperty("end") int end,
            @JsonProperty("text") String text,
            @JsonProperty("sentence") String sentence) {
    }
}
