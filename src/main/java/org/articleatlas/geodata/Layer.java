package org.articleatlas.geodata;

import java.nio.file.Path;
import java.util.List;
import org.geotools.api.data.SimpleFeatureSource;

/**
 * One open layer: the catalog's description of it and its features, through GeoTools.
 *
 * @param warnings features the reader skipped or repaired, one line each
 */
public record Layer(CatalogEntry entry, Path file, SimpleFeatureSource features, List<String> warnings) {

    public Layer {
        warnings = List.copyOf(warnings);
    }

    public String name() {
        return entry.name();
    }

    public LayerKind kind() {
        return entry.kind();
    }
}
