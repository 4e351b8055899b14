package org.articleatlas.context;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What the geodata says about one point: its country, that country's neighbours, the nearest
 * international border and, when asked for, the lengths of a border ({@code border}) or of several
 * ({@code borders}, in the order asked). Field names are a contract read by other tools.
 */
@JsonPropertyOrder({"point", "country", "neighbours", "nearest_border", "border", "borders"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record PointContext(
        @JsonProperty("point") Coordinates point,
        @JsonProperty("country") @JsonInclude(JsonInclude.Include.ALWAYS) CountryRef country,
        @JsonProperty("neighbours") List<Neighbour> neighbours,
        @JsonProperty("nearest_border") NearestBorder nearestBorder,
        @JsonProperty("border") BorderLengths border,
        @JsonProperty("borders") List<BorderLengths> borders) {

    public record Coordinates(@JsonProperty("lat") double lat, @JsonProperty("lon") double lon) {
    }

    @JsonPropertyOrder({"iso_a2", "iso_a3", "name_en", "name_fr"})
    public record CountryRef(
            @JsonProperty("iso_a2") String isoA2,
            @JsonProperty("iso_a3") String isoA3,
            @JsonProperty("name_en") String nameEn,
            @JsonProperty("name_fr") String nameFr) {
    }

    @JsonPropertyOrder({"iso_a2", "name_en", "name_fr", "border_length_km"})
    public record Neighbour(
            @JsonProperty("iso_a2") String isoA2,
            @JsonProperty("name_en") String nameEn,
            @JsonProperty("name_fr") String nameFr,
            @JsonProperty("border_length_km") double borderLengthKm) {
    }

    @JsonPropertyOrder({"a", "b", "name_en", "name_fr", "distance_km", "closest_point"})
    public record NearestBorder(
            @JsonProperty("a") String a,
            @JsonProperty("b") String b,
            @JsonProperty("name_en") String nameEn,
            @JsonProperty("name_fr") String nameFr,
            @JsonProperty("distance_km") double distanceKm,
            @JsonProperty("closest_point") Coordinates closestPoint) {
    }

    @JsonPropertyOrder({"a", "b", "name_en", "name_fr", "length_km", "official_length_km", "official_source",
        "distance_km"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record BorderLengths(
            @JsonProperty("a") String a,
            @JsonProperty("b") String b,
            @JsonProperty("name_en") String nameEn,
            @JsonProperty("name_fr") String nameFr,
            @JsonProperty("length_km") double lengthKm,
            @JsonProperty("official_length_km") Double officialLengthKm,
            @JsonProperty("official_source") String officialSource,
            @JsonProperty("distance_km") double distanceKm) {
    }
}
