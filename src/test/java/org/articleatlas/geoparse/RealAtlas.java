package org.articleatlas.geoparse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.articleatlas.corpus.ArticleReader;
import org.articleatlas.gazetteer.Gazetteer;
import org.articleatlas.gazetteer.GazetteerLoader;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerSet;
import org.articleatlas.model.Article;

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

    /** The places of a text of a test's own, read as an article file in {@code dir}, as a user's would be. */
    static List<ResolvedMention> places(Path dir, String text) throws Exception {
        Path file = Files.writeString(dir.resolve("t" + Math.abs(text.hashCode()) + ".txt"), text, StandardCharsets.UTF_8);
        Article article = new ArticleReader().read(file);
        return geoparser().parse(article).places();
    }

    /** The gazetteer the geoparser above reads with. */
    static synchronized Gazetteer gazetteer() throws Exception {
        geoparser();
        return gazetteer;
    }
}
