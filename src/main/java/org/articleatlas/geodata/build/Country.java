package org.articleatlas.geodata.build;

import java.util.Optional;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * One Natural Earth admin-0 entity, named and coded.
 *
 * @param id         ISO alpha-2 when the entity has an ISO code, otherwise {@code ne-<slug of its name>}
 * @param iso        its ISO 3166-1 entry, absent for entities ISO does not list
 * @param nameEn     English name
 * @param nameFr     French name
 * @param neName     the name Natural Earth gives it
 * @param geometry   its land area
 */
public record Country(String id, Optional<IsoCountry> iso, String nameEn, String nameFr, String neName, MultiPolygon geometry) {
}
