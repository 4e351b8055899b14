package org.articleatlas.cli;

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
import org.articleatlas.geoparse.GeoparseOptions;
import org.articleatlas.geoparse.Geoparser;
import org.articleatlas.geoparse.GeoparserLoader;

/**
 * A geoparser together with its gazetteer, for {@code geoparse --project}, whose re-assignments look
 * places up by id after geoparsing; the gazetteer is read once for both.
 */
record LoadedGeoparser(Gazetteer gazetteer, Geoparser geoparser) {

    static LoadedGeoparser load(Path folder, LayerSet layers) throws GeodataException {
        Layer borders = layers.firstOf(LayerKind.BORDERS)
                .orElseThrow(() -> new GeodataException(folder + ": no borders layer could be opened"));
        try {
            BorderIndex index = BorderIndex.of(borders.features());
            Gazetteer gazetteer = new GazetteerLoader().load(folder, layers);
            return new LoadedGeoparser(gazetteer, new Geoparser(gazetteer, index, GeoparseOptions.defaults()));
        } catch (IOException | RuntimeException e) {
            throw new GeodataException(borders.file() + ": " + e.getMessage(), e);
        }
    }

    /** A geoparser, and its gazetteer only when a project's corrections will look places up by id. */
    record Parsing(Geoparser geoparser, Optional<Gazetteer> gazetteer) {
    }

    static Parsing forProject(ProjectOption project, Path folder, LayerSet layers) throws GeodataException {
        if (project.given()) {
            LoadedGeoparser both = load(folder, layers);
            return new Parsing(both.geoparser(), Optional.of(both.gazetteer()));
        }
        return new Parsing(GeoparserLoader.load(folder, layers, GeoparseOptions.defaults()), Optional.empty());
    }
}
