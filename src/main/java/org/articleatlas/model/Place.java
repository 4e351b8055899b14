package org.articleatlas.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A place a text can name: a country, a region, a city, a landmark, a base, a physical feature.
 *
 * @param id      stable identifier: {@code country:TJ}, {@code geonames:524901}, {@code landmark:kazan-cathedral}
 * @param name    English name
 * @param country ISO alpha-2 code; empty for places that span countries
 */
public record Place(String id, String name, String nameFr, PlaceKind kind, Optional<String> country, GeoPoint point) {

    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameFr, "nameFr");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(point, "point");
    }

    public String name(Language language) {
        return language == Language.FRENCH ? nameFr : name;
    }
}
