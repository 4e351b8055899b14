package org.articleatlas.ui.map;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.articleatlas.geodata.Layer;
import org.articleatlas.geodata.LayerStyle;
import org.articleatlas.model.Language;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * An extra GeoJSON layer as the map draws it: its features' geometries, simplified for the
 * screen, with their names in the interface language, and the layer's own style.
 */
public record Overlay(String id, String titleEn, String titleFr, List<Feature> features, LayerStyle style) {

    /** One feature: its geometry in longitude/latitude and the name to show, if it has one. */
    public record Feature(Geometry geometry, Optional<String> name) {
    }

    /** About 1 km: finer than a pixel up to zoom 7, and it keeps large user layers fast to pan. */
    static final double TOLERANCE_DEGREES = 0.01;

    public Overlay {
        features = List.copyOf(features);
    }

    /** Reads every feature of a layer; slow for large files, so never on the FX thread. */
    public static Overlay read(Layer layer, Language language) throws IOException {
        List<Feature> features = new ArrayList<>();
        try (SimpleFeatureIterator it = layer.features().getFeatures().features()) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                if (f.getDefaultGeometry() instanceof Geometry g && !g.isEmpty()) {
                    Geometry shown = g.getDimension() == 0 ? g : TopologyPreservingSimplifier.simplify(g, TOLERANCE_DEGREES);
                    features.add(new Feature(shown, name(f, language)));
                }
            }
        }
        return new Overlay(layer.file().toAbsolutePath().toString(), layer.entry().title("en"), layer.entry().title("fr"),
                features, layer.entry().style());
    }

    /** The layer's title in the interface language: the catalog's, or the file's name for a layer of the user's. */
    public String title(Language language) {
        return language == Language.FRENCH ? titleFr : titleEn;
    }

    private static Optional<String> name(SimpleFeature f, Language language) {
        String[] keys = language == Language.FRENCH
                ? new String[] {"name_fr", "nom", "name", "name_en", "title"}
                : new String[] {"name_en", "name", "title", "name_fr", "nom"};
        for (String key : keys) {
            if (f.getFeatureType().getDescriptor(key) != null && f.getAttribute(key) instanceof String s && !s.isBlank()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
