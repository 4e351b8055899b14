package org.articleatlas.geodata.geojson;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.articleatlas.home.AtlasCache;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Large layers as already read and checked, in the user's cache folder: geometry as WKB, values
 * typed, the warnings and the schema kept. A layer read from here skips parsing its JSON and
 * checking its polygons again, the two costs of opening the 1:10m countries. An entry is used
 * only for the same file, size and modification time; anything unreadable is ignored and the
 * file is parsed as usual.
 */
final class LayerCache {

    private static final Logger LOG = LoggerFactory.getLogger(LayerCache.class);

    /**
     * Smaller files parse in milliseconds: caching them would only fill the cache. Compressed
     * layers count by their compressed size, so the regions (40 KB, two big polygons to check) are in.
     */
    static final long MIN_SOURCE_BYTES = 32 * 1024;
    private static final int MAGIC = 0x41414C43; // "AALC"
    /** Bumped whenever the reader's output or this format changes. */
    private static final int FORMAT = 1;

    /**
     * Built on first use: few layers have structured values, and starting Jackson's data binding
     * costs a cold JVM more than reading the 1:10m countries' geometry from here.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);
    }

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte LONG = 2;
    private static final byte DOUBLE = 3;
    private static final byte BOOLEAN = 4;
    private static final byte STRUCTURED = 5;

    private final Optional<Path> folder;

    LayerCache(Optional<Path> folder) {
        this.folder = folder;
    }

    static LayerCache userDefault() {
        return new LayerCache(AtlasCache.folder("layers"));
    }

    Optional<GeoJsonContent> read(Path source, String typeName) {
        Optional<Path> entry = entryFor(source);
        if (entry.isEmpty() || !Files.isRegularFile(entry.get())) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(entry.get()), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(source.toAbsolutePath().toString())
                    || in.readLong() != Files.size(source) || in.readLong() != Files.getLastModifiedTime(source).toMillis()
                    || !in.readUTF().equals(typeName)) {
                return Optional.empty();
            }
            Class<?> geometryBinding = Class.forName(in.readUTF());
            int attributeCount = in.readInt();
            Map<String, Class<?>> attributes = new LinkedHashMap<>();
            for (int i = 0; i < attributeCount; i++) {
                String name = in.readUTF();
                attributes.put(name, Class.forName(in.readUTF()));
            }
            List<String> warnings = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                warnings.add(readString(in));
            }
            WKBReader wkb = new WKBReader(new GeometryFactory());
            int rowCount = in.readInt();
            List<GeoJsonContent.Row> rows = new ArrayList<>(rowCount);
            for (int r = 0; r < rowCount; r++) {
                String id = readString(in);
                Object[] values = new Object[attributeCount + 1];
                byte[] geometry = new byte[in.readInt()];
                in.readFully(geometry);
                values[0] = wkb.read(geometry);
                for (int v = 1; v <= attributeCount; v++) {
                    values[v] = readValue(in);
                }
                rows.add(new GeoJsonContent.Row(id, values));
            }
            return Optional.of(GeoJsonContent.fromRows(typeName, geometryBinding, attributes, rows, warnings));
        } catch (IOException | ParseException | ClassNotFoundException | RuntimeException e) {
            LOG.debug("Layer cache {} not used: {}", entry.get(), e.toString());
            return Optional.empty();
        }
    }

    void write(Path source, String typeName, GeoJsonContent content) {
        Optional<Path> entry = entryFor(source);
        try {
            if (entry.isEmpty() || Files.size(source) < MIN_SOURCE_BYTES) {
                return;
            }
            AtlasCache.writeAtomically(entry.get(), stream -> {
                DataOutputStream out = new DataOutputStream(stream);
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(source.toAbsolutePath().toString());
                out.writeLong(Files.size(source));
                out.writeLong(Files.getLastModifiedTime(source).toMillis());
                out.writeUTF(typeName);
                out.writeUTF(content.geometryBinding().getName());
                out.writeInt(content.attributes().size());
                for (Map.Entry<String, Class<?>> a : content.attributes().entrySet()) {
                    out.writeUTF(a.getKey());
                    out.writeUTF(a.getValue().getName());
                }
                out.writeInt(content.warnings().size());
                for (String w : content.warnings()) {
                    writeString(out, w);
                }
                WKBWriter wkb = new WKBWriter(2);
                out.writeInt(content.rows().size());
                for (GeoJsonContent.Row row : content.rows()) {
                    writeString(out, row.id());
                    byte[] geometry = wkb.write((Geometry) row.values()[0]);
                    out.writeInt(geometry.length);
                    out.write(geometry);
                    for (int v = 1; v < row.values().length; v++) {
                        writeValue(out, row.values()[v]);
                    }
                }
                out.flush();
            });
        } catch (IOException | RuntimeException e) {
            LOG.debug("Layer cache not written for {}: {}", source, e.toString());
        }
    }

    private Optional<Path> entryFor(Path source) {
        return folder.map(f -> f.resolve(
                AtlasCache.nameFor(java.util.List.of(source.toAbsolutePath().normalize().toString())) + ".bin"));
    }

    private static void writeValue(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String s) {
            out.writeByte(STRING);
            writeString(out, s);
        } else if (value instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (value instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (value instanceof Boolean b) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(b);
        } else {
            out.writeByte(STRUCTURED);
            writeString(out, Json.MAPPER.writeValueAsString(value));
        }
    }

    private static Object readValue(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case STRING -> readString(in);
            case LONG -> in.readLong();
            case DOUBLE -> in.readDouble();
            case BOOLEAN -> in.readBoolean();
            case STRUCTURED -> Json.MAPPER.readValue(readString(in), Object.class);
            default -> throw new IOException("unknown value tag " + tag);
        };
    }

    /** Strings by length and UTF-8 bytes: {@code writeUTF} stops at 64 KB, and a property may be longer. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
