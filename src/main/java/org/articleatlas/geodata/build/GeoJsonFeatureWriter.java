package org.articleatlas.geodata.build;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Writes a GeoJSON FeatureCollection (RFC 7946) with Jackson's streaming generator, gzipped when
 * the file name ends in {@code .gz}.
 *
 * <p>Output is byte-for-byte reproducible: coordinates are rounded to a fixed number of decimals
 * and written in plain notation, rings follow the RFC's right-hand rule, and Java's gzip header
 * carries no modification time.
 */
public final class GeoJsonFeatureWriter {

    /** Five decimals is about one metre, far finer than the 1:10m source. */
    public static final int DECIMALS = 5;

    private static final double SCALE = Math.pow(10, DECIMALS);

    /** Geometries snapped to this grid stay exactly as they are when written. */
    public static final PrecisionModel PRECISION = new PrecisionModel(SCALE);

    private final JsonFactory json = new JsonFactory();

    public void write(Path file, List<OutputFeature> features) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = open(temporary, file.getFileName().toString().endsWith(".gz"));
                JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (OutputFeature f : features) {
                // One feature a line keeps the uncompressed files readable and diffable.
                g.writeRaw('\n');
                feature(g, f);
            }
            g.writeRaw('\n');
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        // Readers never see a half-written layer.
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static OutputStream open(Path file, boolean gzip) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        if (!gzip) {
            return out;
        }
        return new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        };
    }

    private static void feature(JsonGenerator g, OutputFeature f) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", f.id());
        g.writeObjectFieldStart("properties");
        for (Map.Entry<String, Object> p : f.properties().entrySet()) {
            g.writeFieldName(p.getKey());
            Object value = p.getValue();
            if (value == null) {
                g.writeNull();
            } else if (value instanceof Double d) {
                g.writeNumber(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
            } else if (value instanceof Integer i) {
                g.writeNumber(i);
            } else {
                g.writeString(value.toString());
            }
        }
        g.writeEndObject();
        g.writeFieldName("geometry");
        geometry(g, f.geometry());
        g.writeEndObject();
    }

    private static void geometry(JsonGenerator g, Geometry geometry) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", geometry.getGeometryType());
        g.writeArrayFieldStart("coordinates");
        if (geometry instanceof MultiPolygon) {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                polygon(g, (Polygon) geometry.getGeometryN(i));
            }
        } else if (geometry instanceof Polygon p) {
            rings(g, p);
        } else if (geometry instanceof MultiLineString) {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                points(g, ((LineString) geometry.getGeometryN(i)).getCoordinates());
            }
        } else if (geometry instanceof LineString line) {
            pointList(g, line.getCoordinates());
        } else {
            throw new IllegalArgumentException("cannot write a " + geometry.getGeometryType());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void polygon(JsonGenerator g, Polygon p) throws IOException {
        g.writeStartArray();
        rings(g, p);
        g.writeEndArray();
    }

    /** RFC 7946 right-hand rule: exterior rings counter-clockwise, holes clockwise. */
    private static void rings(JsonGenerator g, Polygon p) throws IOException {
        ring(g, p.getExteriorRing().getCoordinates(), true);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            ring(g, p.getInteriorRingN(i).getCoordinates(), false);
        }
    }

    private static void ring(JsonGenerator g, Coordinate[] points, boolean counterClockwise) throws IOException {
        if (Orientation.isCCWArea(points) != counterClockwise) {
            points = points.clone();
            for (int i = 0, j = points.length - 1; i < j; i++, j--) {
                Coordinate t = points[i];
                points[i] = points[j];
                points[j] = t;
            }
        }
        points(g, points);
    }

    private static void points(JsonGenerator g, Coordinate[] points) throws IOException {
        g.writeStartArray();
        pointList(g, points);
        g.writeEndArray();
    }

    private static void pointList(JsonGenerator g, Coordinate[] points) throws IOException {
        for (Coordinate c : points) {
            g.writeStartArray();
            g.writeNumber(rounded(c.x));
            g.writeNumber(rounded(c.y));
            g.writeEndArray();
        }
    }

    static String rounded(double value) {
        return BigDecimal.valueOf(Math.round(value * SCALE), DECIMALS).stripTrailingZeros().toPlainString();
    }
}
