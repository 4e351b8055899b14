package org.articleatlas.geodata.geojson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Everything read from one GeoJSON file, immutable once built: the inferred schema, the rows
 * in file order, their bounds, a spatial index and the warnings met on the way.
 */
final class GeoJsonContent {

    /**
     * The most distinct property names a layer may have: every feature stores a value slot per
     * name, so a small file with a new name in each feature would otherwise fill the memory.
     */
    static final int MAX_ATTRIBUTES = 2000;

    /** The attribute that holds each feature's geometry. */
    static final String GEOMETRY_ATTRIBUTE = "geometry";

    /** A feature as read, before the schema is known. */
    record Feature(int index, String id, Map<String, Object> properties, Geometry geometry) {
    }

    /** One feature as stored: its id and its attribute values in schema order, the geometry first. */
    record Row(String id, Object[] values) {
        Geometry geometry() {
            return (Geometry) values[0];
        }
    }

    /** Built on first use (a list or map where other features hold text): Jackson's data binding is slow to start. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final String typeName;
    private final Class<?> geometryBinding;
    private final Map<String, Class<?>> attributes;
    private final List<Row> rows;
    private final Envelope bounds;
    private final STRtree index;
    private final List<String> warnings;
    private volatile SimpleFeatureType featureType;

    private GeoJsonContent(String typeName, Class<?> geometryBinding, Map<String, Class<?>> attributes, List<Row> rows,
            Envelope bounds, STRtree index, List<String> warnings) {
        this.typeName = typeName;
        this.geometryBinding = geometryBinding;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        this.rows = rows;
        this.bounds = bounds;
        this.index = index;
        this.warnings = warnings;
    }

    /**
     * Built on first use, not while the file is read: GeoTools' first use (its referencing and the
     * JAI registry its logging set-up loads) then starts on the thread that opens the store, while
     * the files are read on another.
     */
    SimpleFeatureType featureType() {
        SimpleFeatureType type = featureType;
        if (type == null) {
            synchronized (this) {
                if (featureType == null) {
                    featureType = featureType(typeName, geometryBinding, attributes);
                }
                type = featureType;
            }
        }
        return type;
    }

    /** The geometry's class, the same for every feature of the layer (or {@code Geometry}). */
    Class<?> geometryBinding() {
        return geometryBinding;
    }

    /** The properties' names and classes, in schema order after the geometry. */
    Map<String, Class<?>> attributes() {
        return attributes;
    }

    List<Row> rows() {
        return rows;
    }

    ReferencedEnvelope bounds() {
        return new ReferencedEnvelope(bounds, DefaultGeographicCRS.WGS84);
    }

    List<String> warnings() {
        return warnings;
    }

    /** The rows whose envelope meets {@code area}, in file order. */
    List<Row> rowsMeeting(Envelope area) {
        @SuppressWarnings("unchecked")
        List<Integer> hits = index.query(area);
        int[] positions = hits.stream().mapToInt(Integer::intValue).sorted().toArray();
        List<Row> result = new ArrayList<>(positions.length);
        for (int position : positions) {
            result.add(rows.get(position));
        }
        return result;
    }

    static GeoJsonContent assemble(String file, String typeName, List<Feature> features, List<String> warnings)
            throws IOException {
        List<String> allWarnings = new ArrayList<>(warnings);
        List<String> ids = assignIds(file, typeName, features, allWarnings);
        List<Geometry> geometries = sameKind(features);
        Class<?> geometryBinding = commonBinding(geometries);

        Map<String, ValueKind> kinds = inferKinds(features);
        if (kinds.size() > MAX_ATTRIBUTES) {
            throw new GeoJsonReader.Refusal(file + ": the features have " + kinds.size()
                    + " different property names, more than the " + MAX_ATTRIBUTES + " a layer may have", null);
        }
        Map<String, String> attributeNames = new LinkedHashMap<>();
        for (String key : kinds.keySet()) {
            String name = key;
            if (key.equals(GEOMETRY_ATTRIBUTE)) {
                do {
                    name = name + "_";
                } while (kinds.containsKey(name));
                allWarnings.add(file + ": property " + Messages.quote(key) + " is read as " + Messages.quote(name)
                        + " because the geometry has that name");
            }
            attributeNames.put(key, name);
        }

        Map<String, Class<?>> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, ValueKind> entry : kinds.entrySet()) {
            attributes.put(attributeNames.get(entry.getKey()), entry.getValue().binding);
        }
        List<Row> rows = new ArrayList<>(features.size());
        Envelope bounds = new Envelope();
        STRtree index = new STRtree();
        for (int i = 0; i < features.size(); i++) {
            Feature feature = features.get(i);
            Object[] values = new Object[kinds.size() + 1];
            values[0] = geometries.get(i);
            int column = 1;
            for (Map.Entry<String, ValueKind> entry : kinds.entrySet()) {
                values[column++] = entry.getValue().convert(feature.properties().get(entry.getKey()));
            }
            rows.add(new Row(ids.get(i), values));
            Envelope envelope = geometries.get(i).getEnvelopeInternal();
            bounds.expandToInclude(envelope);
            index.insert(envelope, i);
        }
        // Built now, while one thread owns it, so that concurrent queries only read.
        index.build();
        return new GeoJsonContent(typeName, geometryBinding, attributes, Collections.unmodifiableList(rows), bounds,
                index, Collections.unmodifiableList(allWarnings));
    }

    /** Content rebuilt from rows already checked (the layer cache): bounds and index are recomputed. */
    static GeoJsonContent fromRows(String typeName, Class<?> geometryBinding, Map<String, Class<?>> attributes,
            List<Row> rows, List<String> warnings) {
        Envelope bounds = new Envelope();
        STRtree index = new STRtree();
        for (int i = 0; i < rows.size(); i++) {
            Envelope envelope = rows.get(i).geometry().getEnvelopeInternal();
            bounds.expandToInclude(envelope);
            index.insert(envelope, i);
        }
        index.build();
        return new GeoJsonContent(typeName, geometryBinding, attributes, Collections.unmodifiableList(rows), bounds,
                index, Collections.unmodifiableList(warnings));
    }

    /** The schema every layer has: the geometry first, in WGS84 longitude/latitude, then the properties. */
    static SimpleFeatureType featureType(String typeName, Class<?> geometryBinding, Map<String, Class<?>> attributes) {
        SimpleFeatureTypeBuilder builder = new SimpleFeatureTypeBuilder();
        builder.setName(typeName);
        builder.setCRS(DefaultGeographicCRS.WGS84);
        builder.add(GEOMETRY_ATTRIBUTE, geometryBinding);
        builder.setDefaultGeometry(GEOMETRY_ATTRIBUTE);
        attributes.forEach(builder::add);
        return builder.buildFeatureType();
    }

    /**
     * The file's id where it has a usable one; otherwise {@code <typeName>.<index>}, the same
     * index the warnings use. A repeated id would make id filters ambiguous, so only its first
     * holder keeps it.
     */
    private static List<String> assignIds(String file, String typeName, List<Feature> features, List<String> warnings) {
        Set<String> taken = new HashSet<>();
        for (Feature feature : features) {
            if (feature.id() != null) {
                taken.add(feature.id());
            }
        }
        Set<String> used = new HashSet<>();
        List<String> ids = new ArrayList<>(features.size());
        for (Feature feature : features) {
            String id = feature.id();
            if (id != null && !used.add(id)) {
                warnings.add(file + ": feature " + feature.index() + " (id " + Messages.quote(id)
                        + "): the id is used by an earlier feature; this one is called "
                        + Messages.quote(generatedId(typeName, feature.index(), taken)));
                id = null;
            }
            if (id == null) {
                id = generatedId(typeName, feature.index(), taken);
                taken.add(id);
                used.add(id);
            }
            ids.add(id);
        }
        return ids;
    }

    private static String generatedId(String typeName, int index, Set<String> taken) {
        String id = typeName + "." + index;
        for (int n = 2; taken.contains(id); n++) {
            id = typeName + "." + index + "-" + n;
        }
        return id;
    }

    /**
     * A layer mixing Polygon and MultiPolygon (as most country files do) is a layer of
     * MultiPolygons: promoting the single ones keeps the binding useful to a renderer.
     */
    private static List<Geometry> sameKind(List<Feature> features) {
        List<Geometry> geometries = new ArrayList<>(features.size());
        Set<Class<?>> classes = new HashSet<>();
        for (Feature feature : features) {
            geometries.add(feature.geometry());
            classes.add(feature.geometry().getClass());
        }
        Class<?> multi = null;
        if (classes.equals(Set.of(Polygon.class, MultiPolygon.class))) {
            multi = MultiPolygon.class;
        } else if (classes.equals(Set.of(LineString.class, MultiLineString.class))) {
            multi = MultiLineString.class;
        } else if (classes.equals(Set.of(Point.class, MultiPoint.class))) {
            multi = MultiPoint.class;
        }
        if (multi == null) {
            return geometries;
        }
        List<Geometry> promoted = new ArrayList<>(geometries.size());
        for (Geometry geometry : geometries) {
            GeometryFactory factory = geometry.getFactory();
            if (geometry instanceof Polygon polygon) {
                promoted.add(factory.createMultiPolygon(new Polygon[] {polygon}));
            } else if (geometry instanceof LineString line) {
                promoted.add(factory.createMultiLineString(new LineString[] {line}));
            } else if (geometry instanceof Point point) {
                promoted.add(factory.createMultiPoint(new Point[] {point}));
            } else {
                promoted.add(geometry);
            }
        }
        return promoted;
    }

    private static Class<?> commonBinding(List<Geometry> geometries) {
        Class<?> common = null;
        for (Geometry geometry : geometries) {
            if (common == null) {
                common = geometry.getClass();
            } else if (common != geometry.getClass()) {
                return Geometry.class;
            }
        }
        return common == null ? Geometry.class : common;
    }

    /** The kind of every property, over the non-null values of all features, keys in first-seen order. */
    private static Map<String, ValueKind> inferKinds(List<Feature> features) {
        Map<String, ValueKind> kinds = new LinkedHashMap<>();
        for (Feature feature : features) {
            for (Map.Entry<String, Object> property : feature.properties().entrySet()) {
                ValueKind seen = ValueKind.of(property.getValue());
                kinds.merge(property.getKey(), seen, ValueKind::join);
            }
        }
        kinds.replaceAll((key, kind) -> kind == ValueKind.NONE ? ValueKind.STRING : kind);
        return kinds;
    }

    /** What a property holds, from JSON's point of view. */
    enum ValueKind {
        NONE(String.class), LONG(Long.class), DOUBLE(Double.class), STRING(String.class), BOOLEAN(Boolean.class),
        LIST(List.class), MAP(Map.class);

        final Class<?> binding;

        ValueKind(Class<?> binding) {
            this.binding = binding;
        }

        static ValueKind of(Object value) {
            if (value == null) {
                return NONE;
            } else if (value instanceof Long) {
                return LONG;
            } else if (value instanceof Double) {
                return DOUBLE;
            } else if (value instanceof Boolean) {
                return BOOLEAN;
            } else if (value instanceof List) {
                return LIST;
            } else if (value instanceof Map) {
                return MAP;
            }
            return STRING;
        }

        ValueKind join(ValueKind other) {
            if (this == other || other == NONE) {
                return this;
            }
            if (this == NONE) {
                return other;
            }
            if (Arrays.asList(this, other).containsAll(List.of(LONG, DOUBLE))) {
                return DOUBLE;
            }
            return STRING;
        }

        Object convert(Object value) {
            if (value == null) {
                return null;
            }
            if (this == DOUBLE && value instanceof Long whole) {
                return whole.doubleValue();
            }
            if (this == STRING && !(value instanceof String)) {
                return asText(value);
            }
            return value;
        }

        private static String asText(Object value) {
            if (value instanceof List || value instanceof Map) {
                try {
                    return Json.MAPPER.writeValueAsString(value);
                } catch (JsonProcessingException e) {
                    return String.valueOf(value);
                }
            }
            return String.valueOf(value);
        }
    }
}
