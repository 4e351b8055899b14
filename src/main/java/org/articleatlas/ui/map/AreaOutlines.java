package org.articleatlas.ui.map;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.articleatlas.geodata.Layer;
import org.articleatlas.geodata.LayerKind;
import org.articleatlas.geodata.LayerSet;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The outlines of countries (1:50m) and regions by place id ({@code country:TJ},
 * {@code region:central-asia}), simplified for the screen: a tint is drawn as vector paths that
 * are re-projected on every pan, so the point count decides how smooth panning stays.
 */
public final class AreaOutlines {

    /** About 5 km: below a pixel up to zoom 5, where a tinted country is seen whole. */
    static final double TOLERANCE_DEGREES = 0.05;

    private final Map<String, Geometry> byPlaceId;
    /** Simplified when first asked for: the articles name a handful of the 240 countries. */
    private final Map<String, Geometry> simplified = new ConcurrentHashMap<>();

    private AreaOutlines(Map<String, Geometry> byPlaceId) {
        this.byPlaceId = Map.copyOf(byPlaceId);
    }

    public static AreaOutlines none() {
        return new AreaOutlines(Map.of());
    }

    /** Reads the small-scale countries layer and the regions layer; slow, so never on the FX thread. */
    public static AreaOutlines read(LayerSet layers) throws IOException {
        Map<String, Geometry> out = new HashMap<>();
        List<Layer> countries = layers.allOf(LayerKind.COUNTRIES);
        if (!countries.isEmpty()) {
            // The catalog lists the detailed layer first; the last is the small-scale one.
            readInto(countries.get(countries.size() - 1), "country:", out);
        }
        for (Layer regions : layers.allOf(LayerKind.REGIONS)) {
            readInto(regions, "region:", out);
        }
        return new AreaOutlines(out);
    }

    private static void readInto(Layer layer, String prefix, Map<String, Geometry> out) throws IOException {
        try (SimpleFeatureIterator it = layer.features().getFeatures().features()) {
            while (it.hasNext()) {
                SimpleFeature feature = it.next();
                Object id = feature.getAttribute("id");
                if (id != null && feature.getDefaultGeometry() instanceof Geometry g && !g.isEmpty()) {
                    out.putIfAbsent(prefix + id, g);
                }
            }
        }
    }

    /** The outline, simplified for the screen. */
    public Optional<Geometry> outline(String placeId) {
        Geometry raw = byPlaceId.get(placeId);
        if (raw == null) {
            return Optional.empty();
        }
        return Optional.of(simplified.computeIfAbsent(placeId, id -> DouglasPeuckerSimplifier.simplify(raw, TOLERANCE_DEGREES)));
    }

    public int size() {
        return byPlaceId.size();
    }
}
