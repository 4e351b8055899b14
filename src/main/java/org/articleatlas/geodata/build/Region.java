package org.articleatlas.geodata.build;

import java.util.List;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * A named region of the teaching map, made from country shapes.
 *
 * @param id       e.g. {@code central-asia}
 * @param nameEn   English name
 * @param nameFr   French name
 * @param members  ISO alpha-2 codes of the countries it is made from, sorted
 * @param source   how it was made, for the attribution
 * @param geometry its area
 */
public record Region(String id, String nameEn, String nameFr, List<String> members, String source, MultiPolygon geometry) {

    public Region {
        members = List.copyOf(members);
    }
}
