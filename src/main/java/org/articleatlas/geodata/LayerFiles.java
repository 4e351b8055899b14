package org.articleatlas.geodata;

import java.util.Locale;

/** Which files in a geodata folder are layers, and what they are called. */
final class LayerFiles {

    private LayerFiles() {
    }

    /**
     * GeoJSON files are layers whatever their name; a plain {@code .json} file is a layer only when
     * the catalog lists it, since the folder also holds tables and the catalog itself.
     */
    static boolean looksLikeLayer(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".geojson") || lower.endsWith(".geojson.gz");
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
