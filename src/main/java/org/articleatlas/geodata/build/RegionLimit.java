package org.articleatlas.geodata.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A curated polygon that cuts a region out of a country, read from a project file such as
 * {@code geodata/sources/north-caucasus-limit.json}: a definition written by hand, with its
 * source, rather than package data.
 *
 * @param id        the region's id
 * @param nameEn    its English name
 * @param nameFr    its French name
 * @param country   ISO alpha-2 of the country it is cut from
 * @param source    where the limit's course comes from
 * @param area      the polygon, in longitude/latitude
 */
public record RegionLimit(String id, String nameEn, String nameFr, String country, String source, Polygon area) {

    public static RegionLimit read(Path file, GeometryFactory factory) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Coordinate> ring = new ArrayList<>();
        for (JsonNode v : root.path("vertices")) {
            if (!v.path("lon").isNumber() || !v.path("lat").isNumber()) {
                throw new IOException(file + ": every vertex needs a numeric lon and lat: " + v);
            }
            ring.add(new Coordinate(v.get("lon").asDouble(), v.get("lat").asDouble()));
        }
        if (ring.size() < 3) {
            throw new IOException(file + ": a limit needs at least three vertices");
        }
        ring.add(new Coordinate(ring.get(0)));
        Polygon area = factory.createPolygon(ring.toArray(Coordinate[]::new));
        if (!area.isValid()) {
            throw new IOException(file + ": the vertices do not make a simple polygon");
        }
        return new RegionLimit(text(root, "id", file), text(root, "name_en", file), text(root, "name_fr", file),
                text(root, "country", file), text(root, "source", file), area);
    }

    private static String text(JsonNode root, String field, Path file) throws IOException {
        if (!root.path(field).isTextual() || root.get(field).asText().isBlank()) {
            throw new IOException(file + ": missing \"" + field + "\"");
        }
        return root.get(field).asText();
    }
}
