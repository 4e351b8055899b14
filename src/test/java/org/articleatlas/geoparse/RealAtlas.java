package org.articleatlas.geoparse;

import java.nio.file.Path;
import java.util.List;
import org.articleatlas.gazetteer.Gazetteer;
import org.articleatlas.gazetteer.GazetteerLoader;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerSet;

/** The project's real geodata and geoparser, loaded once for all the tests of a run. */
final class RealAtlas {

    static final Path GEODATA = Path.of("geodata");

    private static Geoparser geoparser;
    private static Gazetteer gazetteer;

    private RealAtlas() {
    }

    static synchronized Geoparser geoparser() throws Exception {
        if (geoparser == null) {
            LayerSet layers = new LayerLoader().open(List.of(GEODATA));
            gazetteer = new GazetteerLoader().load(GEODATA, layers);
            geoparser = GeoparserLoader.load(GEODATA, layers, gazetteer, GeoparseOptions.defaults());
        }
        return geoparser;
    }

    /** The gazetteer the geoparser above reads with. */
    static synchronized Gazetteer gazetteer() throws Exception {
        geoparser();
        return gazetteer;
    }
}
