package org.articleatlas.geodata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Surveyed land-border lengths from a reference table ({@code border-lengths.json}), shown beside
 * the lengths measured on the generalised map lines so that teachers can quote either, labelled.
 */
public final class OfficialBorderLengths {

    public static final String FILE_NAME = "border-lengths.json";

    /** One official figure and where it comes from. */
    public record OfficialLength(double lengthKm, String source) {
    }

    private final Map<String, OfficialLength> byPair;

    private OfficialBorderLengths(Map<String, OfficialLength> byPair) {
        this.byPair = Map.copyOf(byPair);
    }

    public static OfficialBorderLengths none() {
        return new OfficialBorderLengths(Map.of());
    }

    public Optional<OfficialLength> lookup(String a, String b) {
        return Optional.ofNullable(byPair.get(Border.pairId(a, b)));
    }

    public int size() {
        return byPair.size();
    }

    /** Reads {@code folder/border-lengths.json}; a folder without one has no official figures. */
    public static OfficialBorderLengths read(Path folder) throws GeodataException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        Json json = GeodataJson.read(file, Json.class, "border-length table");
        Map<String, OfficialLength> byPair = new HashMap<>();
        if (json.borders() != null) {
            for (JsonBorder b : json.borders()) {
                if (b.a() == null || b.b() == null || b.lengthKm() == null) {
                    throw new GeodataException(file + ": each border needs \"a\", \"b\" and \"length_km\"");
                }
                String source = Optional.ofNullable(b.source()).orElse(Optional.ofNullable(json.source()).orElse(""));
                byPair.put(Border.pairId(b.a(), b.b()), new OfficialLength(b.lengthKm(), source));
            }
        }
        return new OfficialBorderLengths(byPair);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Json(@JsonProperty("source") String source, @JsonProperty("borders") List<JsonBorder> borders) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record JsonBorder(@JsonProperty("a") String a, @JsonProperty("b") String b,
            @JsonProperty("length_km") Double lengthKm, @JsonProperty("source") String source) {
    }
}
