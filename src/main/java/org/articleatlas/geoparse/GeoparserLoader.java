package org.articleatlas.geoparse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
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

    /**
     * The borders are read before the gazetteer is taken: a command has started reading the gazetteer
     * on a thread of its own ({@link GazetteerLoader#readAhead}), and this one would otherwise wait for
     * it idle, then read the borders. Failures are told as before: the gazetteer's first.
     */
    public static Geoparser load(Path folder, LayerSet layers, GeoparseOptions options) throws GeodataException {
        Optional<Layer> borders = layers.firstOf(LayerKind.BORDERS);
        BorderIndex index = null;
        Exception failure = null;
        if (borders.isPresent()) {
            try {
                index = BorderIndex.of(borders.get().features());
            } catch (IOException | RuntimeException e) {
                failure = e;
            }
        }
        Gazetteer gazetteer = new GazetteerLoader().load(folder, layers);
        Layer layer = borders.orElseThrow(() -> new GeodataException(folder + ": no borders layer could be opened"));
        if (failure != null) {
            throw new GeodataException(layer.file() + ": " + failure.getMessage(), failure);
        }
        try {
            return new Geoparser(gazetteer, index, options);
        } catch (RuntimeException e) {
            throw new GeodataException(layer.file() + ": " + e.getMessage(), e);
        }
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
