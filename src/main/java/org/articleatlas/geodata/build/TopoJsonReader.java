package org.articleatlas.geodata.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;

/**
 * Decodes a TopoJSON topology (https://github.com/topojson/topojson-specification): the
 * quantization transform with delta-encoded arcs, and Polygon and MultiPolygon geometries.
 *
 * <p>Written here because Maven Central has no Java TopoJSON library; GeoTools reads GeoJSON
 * but not TopoJSON. Only what Natural Earth country topologies use is supported: other geometry
 * types are rejected rather than silently dropped, and null geometries decode with no polygons.
 */
public final class TopoJsonReader {

    private final ObjectMapper mapper = new ObjectMapper();

    public Topology read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (TopoJsonException e) {
            throw new TopoJsonException(file + ": " + e.getMessage(), e);
        }
    }

    public Topology read(InputStream in) throws IOException {
        return decode(mapper.readTree(in));
    }

    public Topology read(String json) throws IOException {
        return decode(mapper.readTree(json));
    }

    private static Topology decode(JsonNode root) throws TopoJsonException {
        if (root == null || !"Topology".equals(root.path("type").asText())) {
            throw new TopoJsonException("not a TopoJSON Topology");
        }
        Optional<double[]> transform = transform(root.path("transform"));
        List<Coordinate[]> arcs = new ArrayList<>();
        for (JsonNode arc : root.path("arcs")) {
            arcs.add(arc(arc, transform));
        }
        Map<String, List<TopoGeometry>> objects = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("objects").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> object = it.next();
            objects.put(object.getKey(), geometries(object.getValue(), arcs.size()));
        }
        return new Topology(arcs, objects);
    }

    /** scale x, scale y, translate x, translate y. */
    private static Optional<double[]> transform(JsonNode transform) throws TopoJsonException {
        if (transform.isMissingNode() || transform.isNull()) {
            return Optional.empty();
        }
        JsonNode scale = transform.path("scale");
        JsonNode translate = transform.path("translate");
        if (scale.size() != 2 || translate.size() != 2) {
            throw new TopoJsonException("transform needs two scale and two translate values");
        }
        return Optional.of(new double[] {scale.get(0).asDouble(), scale.get(1).asDouble(),
            translate.get(0).asDouble(), translate.get(1).asDouble()});
    }

    private static Coordinate[] arc(JsonNode positions, Optional<double[]> transform) {
        Coordinate[] points = new Coordinate[positions.size()];
        // Quantized arcs store each position as the integer offset from the previous one.
        long x = 0;
        long y = 0;
        for (int i = 0; i < points.length; i++) {
            JsonNode p = positions.get(i);
            if (transform.isPresent()) {
                double[] t = transform.get();
                x += p.get(0).asLong();
                y += p.get(1).asLong();
                points[i] = new Coordinate(x * t[0] + t[2], y * t[1] + t[3]);
            } else {
                points[i] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
            }
        }
        return points;
    }

    private static List<TopoGeometry> geometries(JsonNode object, int arcCount) throws TopoJsonException {
        List<TopoGeometry> geometries = new ArrayList<>();
        if ("GeometryCollection".equals(object.path("type").asText())) {
            for (JsonNode g : object.path("geometries")) {
                geometries.add(geometry(g, arcCount));
            }
        } else {
            geometries.add(geometry(object, arcCount));
        }
        return geometries;
    }

    private static TopoGeometry geometry(JsonNode g, int arcCount) throws TopoJsonException {
        Optional<String> id = g.hasNonNull("id") ? Optional.of(g.get("id").asText()) : Optional.empty();
        Map<String, String> properties = new LinkedHashMap<>();
        g.path("properties").fields().forEachRemaining(e -> {
            if (!e.getValue().isNull()) {
                properties.put(e.getKey(), e.getValue().asText());
            }
        });
        JsonNode type = g.path("type");
        List<List<int[]>> polygons = new ArrayList<>();
        if ("Polygon".equals(type.asText())) {
            polygons.add(rings(g.path("arcs"), arcCount));
        } else if ("MultiPolygon".equals(type.asText())) {
            for (JsonNode polygon : g.path("arcs")) {
                polygons.add(rings(polygon, arcCount));
            }
        } else if (!type.isNull() && !type.isMissingNode()) {
            throw new TopoJsonException("unsupported geometry type " + type.asText() + " (id " + id.orElse("none") + ")");
        }
        return new TopoGeometry(id, properties, polygons);
    }

    private static List<int[]> rings(JsonNode polygon, int arcCount) throws TopoJsonException {
        List<int[]> rings = new ArrayList<>();
        for (JsonNode ring : polygon) {
            int[] references = new int[ring.size()];
            for (int i = 0; i < references.length; i++) {
                references[i] = ring.get(i).asInt();
                if (TopoGeometry.arcIndex(references[i]) >= arcCount) {
                    throw new TopoJsonException("arc reference " + references[i] + " beyond the " + arcCount + " arcs");
                }
            }
            rings.add(references);
        }
        if (rings.isEmpty()) {
            throw new TopoJsonException("a polygon without rings");
        }
        return rings;
    }
}
