package org.articleatlas.geoparse;

import java.io.IOException;
import java.nio.file.Path;
import org.articleatlas.gazetteer.Gazetteer;
import org.articleatlas.gazetteer.GazetteerLoader;
import org.articleatlas.geodata.BorderIndex;
import org.articleatlas.geodata.GeodataException;
import org.articleatlas.geodata.Layer;
import org.articleatlas.geodata.LayerKind;
import org.articleatlas.geodata.LayerSet;

/** Builds a geoparser from a geodata folder's gazetteer tables and its layers. */
public final class GeoparserLoader {

    private GeoparserLoader() {
    }

    public static Geoparser load(Path folder, LayerSet layers, GeoparseOptions options) throws GeodataException {
        return load(folder, layers, new GazetteerLoader().load(folder, layers), options);
    }

    /** A geoparser on a gazetteer already read, for a caller that keeps it for other uses (place cards). */
    public static Geoparser load(Path folder, LayerSet layers, Gazetteer gazetteer, GeoparseOptions options)
            throws GeodataException {
        Layer borders = layers.firstOf(LayerKind.BORDERS)
                .orElseThrow(() -> new GeodataException(folder + ": no borders layer could be opened"));
        try {
            return new Geoparser(gazetteer, BorderIndex.of(borders.features()), options);
        } catch (IOException | RuntimeException e) {
            throw new GeodataException(borders.file() + ": " + e.getMessage(), e);
        }
    }
}
