package org.articleatlas.geodata;

import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * A country (or a Natural Earth entity without an ISO code) of the countries layer.
 *
 * @param id stable identifier: the ISO alpha-2 code, or {@code ne-<name>} for entities without one
 */
public record Country(String id, Optional<String> isoA2, Optional<String> isoA3, String nameEn, String nameFr,
        Geometry geometry) {

    /** The code borders use for it: ISO alpha-2 when it has one. */
    public String code() {
        return isoA2.orElse(id);
    }

    public String name(String language) {
        return "fr".equals(language) ? nameFr : nameEn;
    }
}
