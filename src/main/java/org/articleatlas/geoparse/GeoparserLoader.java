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
        Gazetteer gazetteer = new GazetteerLoader().load(folder, layers);
        Layer borders = layers.firstOf(LayerKind.BORDERS)
                .orElseThrow(() -> new GeodataException(folder + ": no borders layer could be opened"));
        try {
            return new Geoparser(gazetteer, BorderIndex.of(borders.features()), options);
        } catch (IOException | RuntimeException e) {
            throw new GeodataException(borders.file() + ": " + e.getMessage(), e);
        }
    }
}
