package org.articleatlas.geoparse;

import java.nio.file.Path;
import java.util.List;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerSet;

/** The project's real geodata and geoparser, loaded once for all the tests of a run. */
final class RealAtlas {

    static final Path GEODATA = Path.of("geodata");

    private static Geoparser geoparser;

    private RealAtlas() {
    }

    static synchronized Geoparser geoparser() throws Exception {
        if (geoparser == null) {
            LayerSet layers = new LayerLoader().open(List.of(GEODATA));
            geoparser = GeoparserLoader.load(GEODATA, layers, GeoparseOptions.defaults());
        }
        return geoparser;
    }
}
