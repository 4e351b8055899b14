package org.articleatlas.geodata.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one GeoJSON document with Jackson's streaming parser into {@link GeoJsonContent}.
 * A document that cannot be read as a whole is refused with a one-line {@link IOException};
 * a feature that cannot be drawn as written is skipped or repaired, with a warning.
 */
final class GeoJsonReader {

    /** Deep enough for any GeoJSON geometry and ordinary nested properties, far from a stack overflow. */
    static final int MAX_NESTING_DEPTH = 64;

    private static final Logger LOG = LoggerFactory.getLogger(GeoJsonReader.class);

    // Coordinates are nearly all of a layer's bytes: Jackson's fast double parser halves their cost.
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            .build();

    private static final Set<String> GEOMETRY_TYPES = Set.of("Point", "MultiPoint", "LineString",
            "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection");

    /** Whether a top-level {@code "type"} is one this reader reads: a feature collection, a feature or a geometry. */
    static boolean isGeoJsonType(String type) {
        return "FeatureCollection".equals(type) || "Feature".equals(type) || GEOMETRY_TYPES.contains(type);
    }

    /**
     * Names that mean longitude/latitude on WGS 84. The URN form of EPSG:4326 is left out on
     * purpose: servers that write it put latitude first.
     */
    private static final Pattern LON_LAT_CRS = Pattern.compile(
            "(?i)(urn:ogc:def:crs:OGC:1\\.3:CRS84|urn:ogc:def:crs:OGC::CRS84|CRS:84|OGC:CRS84|EPSG:4326"
                    + "|https?://www\\.opengis\\.net/def/crs/OGC/1\\.3/CRS84)");

    private static final Pattern JACKSON_HINTS = Pattern.compile(
            "(: enable `[^`]*` to allow|,? from `[^`]*`)");

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private final String file;
    private final String typeName;
    private final long maxBytes;
    private final GeometryAssembler geometries =
            new GeometryAssembler(new GeometryFactory(new PrecisionModel(), 4326));

    private final List<GeoJsonContent.Feature> features = new ArrayList<>();
    private final List<String> featureWarnings = new ArrayList<>();
    private boolean gzip;
    private BoundedInputStream counted;

    private GeoJsonReader(String file, String typeName, long maxBytes) {
        this.file = Messages.oneLine(file);
        this.typeName = typeName;
        this.maxBytes = maxBytes;
    }

    /** Reads {@code path}; its name decides nothing but the message if it claims gzip and is not. */
    static GeoJsonContent read(Path path, String typeName, long maxBytes) throws IOException {
        GeoJsonReader reader = new GeoJsonReader(path.toString(), typeName, maxBytes);
        return reader.readFile(path);
    }

    /** Reads a document from a stream; {@code file} only names it in messages. */
    static GeoJsonContent read(String file, InputStream in, String typeName, long maxBytes) throws IOException {
        return new GeoJsonReader(file, typeName, maxBytes).readStream(in);
    }

    private GeoJsonContent readFile(Path path) throws IOException {
        InputStream in;
        try {
            in = openChecked(path);
        } catch (Refusal e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw fail("the file does not exist", e);
        } catch (AccessDeniedException e) {
            throw fail("could not read the file (permission denied)", e);
        } catch (IOException e) {
            throw fail("could not read the file (" + clean(e.getMessage()) + ")", e);
        }
        return readStream(in);
    }

    /** Refuses what can be refused from the file's size and first and last bytes alone. */
    private InputStream openChecked(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw fail("the file does not exist");
        }
        if (Files.isDirectory(path)) {
            throw fail("is a folder, not a file");
        }
        long size = Files.size(path);
        if (size == 0) {
            throw fail("the file is empty (0 bytes)");
        }
        boolean compressed = startsWithGzipMagic(path);
        if (!compressed && size > maxBytes) {
            throw fail("the file is " + Messages.sizeExactly(size) + ", over the size limit of "
                    + Messages.size(maxBytes));
        }
        if (compressed) {
            // The gzip trailer holds the decompressed size (modulo 2^32), which is never more than
            // the real size: over the limit there means over the limit, without inflating a byte.
            long declared = gzipDeclaredSize(path);
            if (declared > maxBytes) {
                throw fail("the file decompresses to " + Messages.sizeExactly(declared) + ", over the size limit of "
                        + Messages.size(maxBytes));
            }
        } else if (path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            throw fail("the file name ends in .gz but the file is not gzip-compressed");
        }
        return Files.newInputStream(path);
    }

    private static boolean startsWithGzipMagic(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.read() == GZIP_MAGIC_1 && in.read() == GZIP_MAGIC_2;
        }
    }

    private static long gzipDeclaredSize(Path path) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(path)) {
            if (channel.size() < 4) {
                return -1;
            }
            ByteBuffer trailer = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            channel.position(channel.size() - 4);
            while (trailer.hasRemaining() && channel.read(trailer) >= 0) {
                // A file channel fills the buffer in one read; the loop only guards the contract.
            }
            trailer.flip();
            return trailer.remaining() == 4 ? Integer.toUnsignedLong(trailer.getInt()) : -1;
        }
    }

    private GeoJsonContent readStream(InputStream raw) throws IOException {
        JsonParser parser = null;
        try (InputStream rawSource = raw; InputStream source = open(rawSource)) {
            parser = JSON.createParser(source);
            return interpret(readRoot(parser));
        } catch (BoundedInputStream.LimitExceededException e) {
            throw fail(gzip
                    ? "the file decompresses to more than the size limit of " + Messages.size(maxBytes)
                    : "the file is larger than the size limit of " + Messages.size(maxBytes));
        } catch (BoundedInputStream.SourceException e) {
            throw fail(e.getMessage(), e);
        } catch (Refusal e) {
            throw e;
        } catch (StreamConstraintsException e) {
            throw fail(describeConstraint(e) + at(e.getLocation(), parser), e);
        } catch (JsonEOFException e) {
            throw fail("the JSON ends too early (truncated file?)" + at(e.getLocation(), parser), e);
        } catch (JsonParseException e) {
            throw fail(describeSyntax(e) + at(e.getLocation(), parser), e);
        } catch (JsonProcessingException e) {
            throw fail("not valid JSON" + at(e.getLocation(), parser) + ": " + clean(e.getOriginalMessage()), e);
        } catch (IOException e) {
            // Jackson's own character decoding reports bad bytes as plain IOExceptions.
            throw fail("not valid JSON text (" + clean(e.getMessage()) + ")", e);
        } catch (RuntimeException e) {
            // A bug of ours or a library's must still not reach the user as a stack trace.
            LOG.warn("{}: unexpected failure while reading GeoJSON", file, e);
            throw fail("could not be read (internal error: " + e.getClass().getSimpleName() + ")", e);
        } finally {
            // Closed only now: the messages above ask the parser where it stopped.
            closeQuietly(parser);
        }
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                LOG.debug("closing the JSON parser failed", e);
            }
        }
    }

    private InputStream open(InputStream raw) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(
                new BoundedInputStream(raw, Long.MAX_VALUE, "could not read the file"), 1 << 16);
        buffered.mark(2);
        gzip = buffered.read() == GZIP_MAGIC_1 && buffered.read() == GZIP_MAGIC_2;
        buffered.reset();
        if (!gzip) {
            counted = new BoundedInputStream(buffered, maxBytes, "could not read the file");
            return counted;
        }
        GZIPInputStream inflated;
        try {
            inflated = new GZIPInputStream(buffered, 1 << 16);
        } catch (BoundedInputStream.SourceException e) {
            buffered.close();
            throw e;
        } catch (IOException e) {
            buffered.close();
            throw fail("the gzip data is corrupt or truncated (" + clean(e.getMessage()) + ")", e);
        }
        counted = new BoundedInputStream(inflated, maxBytes, "the gzip data is corrupt or truncated");
        return counted;
    }

    // ---------------------------------------------------------------- reading tokens

    private RawObject readRoot(JsonParser p) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            if (counted.count() == 0) {
                throw fail(gzip ? "the file decompresses to nothing (0 bytes)" : "the file is empty (0 bytes)");
            }
            throw fail("the file holds only white space, no JSON");
        }
        if (first != JsonToken.START_OBJECT) {
            throw fail("not GeoJSON: the document is " + describe(first) + ", not an object");
        }
        RawObject root = readObject(p, Context.ROOT);
        if (p.nextToken() != null) {
            throw fail("unexpected content after the end of the GeoJSON object" + at(p.currentTokenLocation(), p));
        }
        return root;
    }

    private enum Context { ROOT, FEATURE, GEOMETRY }

    private RawObject readObject(JsonParser p, Context context) throws IOException {
        RawObject o = new RawObject();
        Set<String> seen = new HashSet<>();
        for (JsonToken t = next(p); t != JsonToken.END_OBJECT; t = next(p)) {
            String name = p.currentName();
            JsonToken value = next(p);
            if (!seen.add(name) && isStructural(name, context)) {
                o.problem("the member \"" + name + "\" appears twice");
                if (context == Context.ROOT && name.equals("features")) {
                    throw fail("not GeoJSON: the member \"features\" appears twice");
                }
            }
            switch (name) {
                case "type" -> {
                    o.hasType = true;
                    o.type = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    p.skipChildren();
                }
                case "features" -> {
                    if (context == Context.ROOT) {
                        o.hasFeatures = true;
                        o.featuresIsArray = value == JsonToken.START_ARRAY;
                        if (o.featuresIsArray) {
                            readFeatures(p);
                        }
                    }
                    p.skipChildren();
                }
                case "geometry" -> {
                    if (context != Context.GEOMETRY) {
                        readGeometryMember(p, value, o);
                    } else {
                        p.skipChildren();
                    }
                }
                case "properties" -> {
                    if (context != Context.GEOMETRY) {
                        o.hasProperties = true;
                        o.properties = readValue(p, value);
                    } else {
                        p.skipChildren();
                    }
                }
                case "id" -> {
                    if (context != Context.GEOMETRY) {
                        readId(p, value, o);
                    }
                    p.skipChildren();
                }
                case "coordinates" -> {
                    if (context != Context.FEATURE) {
                        o.hasCoordinates = true;
                        if (value == JsonToken.START_ARRAY) {
                            o.coordinates = CoordinateTree.read(p);
                        } else {
                            o.coordinates = new CoordinateTree.Bad("\"coordinates\" is " + describe(value)
                                    + ", not an array");
                            p.skipChildren();
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                case "geometries" -> {
                    if (context != Context.FEATURE) {
                        readGeometries(p, value, o);
                    } else {
                        p.skipChildren();
                    }
                }
                case "crs" -> {
                    if (context == Context.ROOT) {
                        o.hasCrs = true;
                        o.crs = readValue(p, value);
                    } else {
                        p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
        return o;
    }

    private static boolean isStructural(String name, Context context) {
        return switch (name) {
            case "type" -> true;
            case "features", "crs" -> context == Context.ROOT;
            case "geometry", "properties", "id" -> context != Context.GEOMETRY;
            case "coordinates", "geometries" -> context != Context.FEATURE;
            default -> false;
        };
    }

    private void readGeometryMember(JsonParser p, JsonToken value, RawObject o) throws IOException {
        o.hasGeometry = true;
        if (value == JsonToken.START_OBJECT) {
            o.geometry = readObject(p, Context.GEOMETRY);
        } else {
            o.geometry = null;
            if (value != JsonToken.VALUE_NULL) {
                o.problem("\"geometry\" is " + describe(value) + ", not an object");
            }
            p.skipChildren();
        }
    }

    private static void readId(JsonParser p, JsonToken value, RawObject o) throws IOException {
        if (value == JsonToken.VALUE_STRING || value.isNumeric()) {
            o.hasId = true;
            o.id = p.getText();
        } else if (value != JsonToken.VALUE_NULL) {
            o.hasId = true;
            o.id = null;
        }
    }

    private void readGeometries(JsonParser p, JsonToken value, RawObject o) throws IOException {
        o.hasGeometries = true;
        if (value != JsonToken.START_ARRAY) {
            o.problem("\"geometries\" is " + describe(value) + ", not an array");
            p.skipChildren();
            return;
        }
        List<RawObject> members = new ArrayList<>();
        for (JsonToken t = next(p); t != JsonToken.END_ARRAY; t = next(p)) {
            if (t == JsonToken.START_OBJECT) {
                members.add(readObject(p, Context.GEOMETRY));
            } else {
                o.problem("a member of \"geometries\" is " + describe(t) + ", not a geometry object");
                p.skipChildren();
            }
        }
        o.geometries = members;
    }

    private void readFeatures(JsonParser p) throws IOException {
        int index = 0;
        for (JsonToken t = next(p); t != JsonToken.END_ARRAY; t = next(p), index++) {
            if (t == JsonToken.START_OBJECT) {
                addFeature(readObject(p, Context.FEATURE), index, featureWarnings);
            } else {
                featureWarnings.add(featurePrefix(index, null) + "is " + describe(t) + ", not a Feature object; skipped");
                p.skipChildren();
            }
        }
    }

    /** Property values as plain Java: Long, Double, String, Boolean, null, and unmodifiable List and Map. */
    private static Object readValue(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken n = next(p); n != JsonToken.END_OBJECT; n = next(p)) {
                    String key = p.currentName();
                    map.put(key, readValue(p, next(p)));
                }
                return Collections.unmodifiableMap(map);
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                for (JsonToken n = next(p); n != JsonToken.END_ARRAY; n = next(p)) {
                    list.add(readValue(p, n));
                }
                return Collections.unmodifiableList(list);
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                // Integers beyond a long keep their magnitude as a double rather than failing.
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? (Object) p.getDoubleValue() : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** The next token, where the grammar says one must follow. */
    static JsonToken next(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new JsonEOFException(p, null, "Unexpected end-of-input");
        }
        return t;
    }

    static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.name().toLowerCase(Locale.ROOT);
        };
    }

    // ---------------------------------------------------------------- meaning

    private GeoJsonContent interpret(RawObject root) throws IOException {
        if (!root.hasType) {
            throw fail("not GeoJSON: the top-level object has no \"type\"");
        }
        if (root.type == null) {
            throw fail("not GeoJSON: the top-level \"type\" is not a string");
        }
        checkCrs(root);
        List<String> warnings = new ArrayList<>();
        switch (root.type) {
            case "FeatureCollection" -> {
                if (!root.hasFeatures) {
                    throw fail("not GeoJSON: the FeatureCollection has no \"features\"");
                }
                if (!root.featuresIsArray) {
                    throw fail("not GeoJSON: the FeatureCollection's \"features\" is not an array");
                }
                warnings.addAll(featureWarnings);
            }
            case "Feature" -> {
                features.clear();
                addFeature(root, 0, warnings);
            }
            case "Topology" -> throw fail("is TopoJSON (\"type\": \"Topology\"), not GeoJSON; convert it to GeoJSON first");
            default -> {
                if (!GEOMETRY_TYPES.contains(root.type)) {
                    throw fail("not GeoJSON: \"type\" is " + Messages.quote(root.type)
                            + "; expected FeatureCollection, Feature or a geometry type");
                }
                features.clear();
                addFeature(RawObject.featureOf(root), 0, warnings);
            }
        }
        return GeoJsonContent.assemble(file, typeName, features, warnings);
    }

    private void checkCrs(RawObject root) throws IOException {
        if (!root.hasCrs || root.crs == null) {
            return;
        }
        String name = null;
        if (root.crs instanceof Map<?, ?> crs && crs.get("properties") instanceof Map<?, ?> properties
                && properties.get("name") instanceof String text) {
            name = text;
        }
        if (name == null) {
            throw fail("declares a \"crs\" this reader cannot interpret; only WGS 84 longitude/latitude is supported");
        }
        if (!LON_LAT_CRS.matcher(name.trim()).matches()) {
            throw fail("declares the CRS " + Messages.quote(name)
                    + "; only WGS 84 longitude/latitude (CRS84) is supported");
        }
    }

    private void addFeature(RawObject raw, int index, List<String> warnings) {
        String prefix = featurePrefix(index, raw);
        Set<String> notes = new LinkedHashSet<>();
        try {
            Geometry geometry = featureGeometry(raw, notes);
            Map<String, Object> properties = Map.of();
            if (raw.properties instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) map;
                properties = typed;
            } else if (raw.properties != null) {
                notes.add("\"properties\" is not an object; ignored");
            }
            if (raw.hasId && raw.id == null) {
                notes.add("\"id\" is neither a string nor a number; ignored");
            }
            features.add(new GeoJsonContent.Feature(index, raw.id, properties, geometry));
            for (String note : notes) {
                warnings.add(prefix + note);
            }
        } catch (FeatureProblem problem) {
            for (String note : notes) {
                warnings.add(prefix + note);
            }
            warnings.add(prefix + problem.getMessage() + "; skipped");
        }
    }

    private Geometry featureGeometry(RawObject raw, Set<String> notes) throws FeatureProblem {
        if (raw.problem != null) {
            throw new FeatureProblem(raw.problem);
        }
        if (!raw.hasType) {
            throw new FeatureProblem("has no \"type\"");
        }
        if (!"Feature".equals(raw.type)) {
            throw new FeatureProblem("\"type\" is " + (raw.type == null ? "not a string" : Messages.quote(raw.type))
                    + ", not \"Feature\"");
        }
        if (!raw.hasGeometry) {
            throw new FeatureProblem("has no \"geometry\"");
        }
        if (raw.geometry == null) {
            throw new FeatureProblem("the geometry is null");
        }
        return geometries.assemble(raw.geometry, notes);
    }

    /** "{@code <file>: feature 3 (id "RU"): }"; the index counts from 0, as in {@code features[3]}. */
    String featurePrefix(int index, RawObject raw) {
        return file + ": feature " + index + " (" + describeId(raw) + "): ";
    }

    private static String describeId(RawObject raw) {
        if (raw == null || raw.id == null) {
            return "no id";
        }
        return "id " + Messages.quote(raw.id);
    }

    // ---------------------------------------------------------------- refusing

    /** A whole-file refusal whose message is already final. */
    static final class Refusal extends IOException {
        private static final long serialVersionUID = 1L;

        Refusal(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Refusal fail(String reason) {
        return fail(reason, null);
    }

    private Refusal fail(String reason, Throwable cause) {
        return new Refusal(Messages.oneLine(file + ": " + reason), cause);
    }

    private static String describeConstraint(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return "nested too deeply (more than " + MAX_NESTING_DEPTH + " levels of arrays and objects)";
        }
        return "exceeds a reading limit: " + clean(message);
    }

    private static String describeSyntax(JsonParseException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Non-standard token '")) {
            int end = message.indexOf('\'', "Non-standard token '".length());
            String token = end > 0 ? message.substring("Non-standard token '".length(), end) : "?";
            return "not valid JSON: " + token + " is not a JSON number (NaN and Infinity are not allowed)";
        }
        return "not valid JSON: " + clean(message);
    }

    private static String clean(String jacksonMessage) {
        return Messages.oneLine(JACKSON_HINTS.matcher(String.valueOf(jacksonMessage)).replaceAll(""));
    }

    private static String at(JsonLocation location, JsonParser parser) {
        JsonLocation where = location;
        if ((where == null || where.getLineNr() < 1) && parser != null) {
            where = parser.currentLocation();
        }
        if (where == null || where.getLineNr() < 1) {
            return "";
        }
        return " at line " + where.getLineNr() + ", column " + where.getColumnNr();
    }
}
