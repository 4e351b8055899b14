package org.articleatlas.geodata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Which files in a geodata folder are layers, and what they are called. */
final class LayerFiles {

    private LayerFiles() {
    }

    private static final Set<String> GEOJSON_TYPES = Set.of("FeatureCollection", "Feature", "Point", "MultiPoint",
            "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection");

    /** How much of a {@code .json} file is read to decide whether it is GeoJSON. */
    private static final int SNIFFED_BYTES = 4096;

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * GeoJSON files are layers whatever their name. A plain {@code .json} file is a layer when the
     * catalog lists it, or when its top-level {@code "type"} is a GeoJSON type: the folder also holds
     * tables and the catalog itself, and many sites hand out GeoJSON as {@code .json}, which a user
     * who adds a folder expects to see.
     */
    static boolean looksLikeLayer(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".geojson") || lower.endsWith(".geojson.gz")) {
            return true;
        }
        return lower.endsWith(".json") && declaresAGeoJsonType(file);
    }

    private static boolean declaresAGeoJsonType(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFFED_BYTES);
        } catch (IOException e) {
            return false;
        }
        try (JsonParser parser = JSON.createParser(head)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(name)) {
                    return value == JsonToken.VALUE_STRING && GEOJSON_TYPES.contains(parser.getText());
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException e) {
            // the head ends mid-document or is not JSON: no "type" seen in the first bytes
            return false;
        }
    }

    static String layerName(String fileName) {
        String name = fileName;
        for (String suffix : new String[] {".gz", ".geojson", ".json"}) {
            if (name.toLowerCase(Locale.ROOT).endsWith(suffix)) {
                name = name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
