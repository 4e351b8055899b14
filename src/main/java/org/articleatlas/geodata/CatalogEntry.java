package org.articleatlas.geodata;

import java.util.Optional;

/**
 * What the catalog says of one layer file.
 *
 * @param detail the Natural Earth scale a layer is drawn at ({@code 10m}, {@code 50m}), if it matters
 */
public record CatalogEntry(
        String name,
        String file,
        LayerKind kind,
        String titleEn,
        String titleFr,
        boolean visible,
        Optional<String> detail,
        LayerStyle style) {

    /** The entry for a layer file the catalog does not list: named after the file, shown, default style. */
    public static CatalogEntry forUnlisted(String file) {
        String name = LayerFiles.layerName(file);
        return new CatalogEntry(name, file, LayerKind.OTHER, name, name, true, Optional.empty(), LayerStyle.defaults());
    }

    public String title(String language) {
        return "fr".equals(language) ? titleFr : titleEn;
    }
}
