package org.articleatlas.geodata.geojson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a "coordinates" array before the geometry type is known (JSON members come in any
 * order), as nested lists whose leaves are {@code double[2]} positions already checked to be
 * on the globe. A problem anywhere makes the whole tree a {@link Bad}; the tokens are still
 * consumed so that the parser stays in step with the document.
 */
final class CoordinateTree {

    /** A coordinates value that cannot make a geometry, and why. */
    record Bad(String reason) {
    }

    private CoordinateTree() {
    }

    /** Reads from the current {@code START_ARRAY} to its end. */
    static Object read(JsonParser p) throws IOException {
        JsonToken t = GeoJsonReader.next(p);
        if (t == JsonToken.END_ARRAY) {
            return List.of();
        }
        if (t != JsonToken.START_ARRAY) {
            return readPosition(p, t);
        }
        List<Object> items = new ArrayList<>();
        Bad bad = null;
        for (; t != JsonToken.END_ARRAY; t = GeoJsonReader.next(p)) {
            Object item;
            if (t == JsonToken.START_ARRAY) {
                item = read(p);
            } else {
                item = new Bad("a coordinate is " + GeoJsonReader.describe(t) + " where a position was expected");
                p.skipChildren();
            }
            if (bad == null) {
                if (item instanceof Bad b) {
                    bad = b;
                } else {
                    items.add(item);
                }
            }
        }
        return bad != null ? bad : items;
    }

    private static Object readPosition(JsonParser p, JsonToken first) throws IOException {
        double[] lonLat = new double[2];
        int count = 0;
        Bad bad = null;
        for (JsonToken t = first; t != JsonToken.END_ARRAY; t = GeoJsonReader.next(p)) {
            if (t.isNumeric()) {
                if (count < 2) {
                    lonLat[count] = p.getDoubleValue();
                }
                count++;
            } else {
                if (bad == null) {
                    bad = new Bad("a coordinate is " + GeoJsonReader.describe(t) + ", not a number");
                }
                p.skipChildren();
            }
        }
        if (bad != null) {
            return bad;
        }
        if (count < 2) {
            return new Bad("a position has only " + count + " value; it needs a longitude and a latitude");
        }
        return checkOnGlobe(lonLat);
    }

    private static Object checkOnGlobe(double[] lonLat) {
        double lon = lonLat[0];
        double lat = lonLat[1];
        // Numbers too large for a double arrive here as infinities.
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
            return new Bad("a coordinate is too large to be a number of degrees");
        }
        if (lat < -90 || lat > 90) {
            return new Bad("latitude " + lat + " is outside -90..90");
        }
        if (lon < -180 || lon > 180) {
            return new Bad("longitude " + lon + " is outside -180..180");
        }
        return lonLat;
    }
}
