package org.articleatlas.geodata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The small {@code catalog.json} file of a geodata folder: each layer's display name, kind and
 * default style. A folder without one is still read; its layers get defaults.
 */
public final class LayerCatalog {

    public static final String FILE_NAME = "catalog.json";

    private final List<CatalogEntry> entries;

    private LayerCatalog(List<CatalogEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static LayerCatalog empty() {
        return new LayerCatalog(List.of());
    }

    public List<CatalogEntry> entries() {
        return entries;
    }

    public Optional<CatalogEntry> entryFor(String fileName) {
        return entries.stream().filter(e -> e.file().equals(fileName)).findFirst();
    }

    /**
     * Reads {@code folder/catalog.json}.
     *
     * @throws GeodataException naming the file and the cause, when the catalog exists but is unreadable
     */
    public static LayerCatalog read(Path folder) throws GeodataException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        Json json = GeodataJson.read(file, Json.class, "catalog");
        List<CatalogEntry> entries = new ArrayList<>();
        if (json.layers() != null) {
            for (JsonLayer layer : json.layers()) {
                if (layer.file() == null || layer.file().isBlank()) {
                    throw new GeodataException(file + ": a layer has no \"file\"");
                }
                String name = Optional.ofNullable(layer.name()).orElse(LayerFiles.layerName(layer.file()));
                JsonStyle s = Optional.ofNullable(layer.style()).orElse(new JsonStyle(null, null, null, null));
                LayerStyle style = new LayerStyle(Optional.ofNullable(s.fill()), Optional.ofNullable(s.stroke()),
                        s.strokeWidth() == null ? 1.0 : s.strokeWidth(), Optional.ofNullable(s.marker()));
                entries.add(new CatalogEntry(name, layer.file(), LayerKind.fromName(layer.kind()),
                        Optional.ofNullable(layer.titleEn()).orElse(name),
                        Optional.ofNullable(layer.titleFr()).orElse(name),
                        layer.visible() == null || layer.visible(),
                        Optional.ofNullable(layer.detail()), style));
            }
        }
        return new LayerCatalog(entries);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Json(@JsonProperty("layers") List<JsonLayer> layers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record JsonLayer(
            @JsonProperty("name") String name,
            @JsonProperty("file") String file,
            @JsonProperty("kind") String kind,
            @JsonProperty("title_en") String titleEn,
            @JsonProperty("title_fr") String titleFr,
            @JsonProperty("visible") Boolean visible,
            @JsonProperty("detail") String detail,
            @JsonProperty("style") JsonStyle style) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record JsonStyle(
            @JsonProperty("fill") String fill,
            @JsonProperty("stroke") String stroke,
            @JsonProperty("stroke_width") Double strokeWidth,
            @JsonProperty("marker") String marker) {
    }
}
