package org.articleatlas.geodata;

import java.nio.file.Path;
import java.util.Locale;
import org.articleatlas.geodata.geojson.GeoJsonDataStoreFactory;

/** Which files in a geodata folder are layers, and what they are called. */
final class LayerFiles {

    private LayerFiles() {
    }

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
        return lower.endsWith(".json") && GeoJsonDataStoreFactory.declaresGeoJsonType(file);
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
