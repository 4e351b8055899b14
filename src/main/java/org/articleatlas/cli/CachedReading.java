package org.articleatlas.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.articleatlas.gazetteer.Gazetteer;
import org.articleatlas.gazetteer.GazetteerLoader;
import org.articleatlas.geodata.GeodataException;
import org.articleatlas.geodata.LayerSet;
import org.articleatlas.geoparse.GeoparseCache;
import org.articleatlas.geoparse.GeoparseOptions;
import org.articleatlas.geoparse.GeoparseResult;
import org.articleatlas.geoparse.Geoparser;
import org.articleatlas.geoparse.GeoparserLoader;
import org.articleatlas.model.Article;

/**
 * The reading of a command's articles through the geoparse cache ({@link GeoparseCache}): articles read
 * before are not read again, and the gazetteer and geoparser are built only when an article is new to
 * the cache or a project's re-assignments must look places up. For {@code export}, {@code context} and
 * {@code timeline}; {@code geoparse} always reads, being what the geoparser is measured by.
 *
 * @param gazetteer    the gazetteer, when it had to be read
 * @param dataProblems geodata files that could not be read while building what was built
 */
record CachedReading(GeoparseResult result, Optional<Gazetteer> gazetteer, List<String> dataProblems) {

    /** Builds the geoparser when the cache lacks an article, from the gazetteer when one was read. */
    @FunctionalInterface
    interface GeoparserSource {
        Geoparser build(Optional<Gazetteer> gazetteer) throws GeodataException;
    }

    /** The geoparser {@link GeoparserLoader} builds from {@code folder} and {@code layers}. */
    static GeoparserSource defaultGeoparser(Path folder, LayerSet layers) {
        return gazetteer -> gazetteer.isPresent()
                ? GeoparserLoader.load(folder, layers, gazetteer.get(), GeoparseOptions.defaults())
                : GeoparserLoader.load(folder, layers, GeoparseOptions.defaults());
    }

    /**
     * @param needsGazetteer whether the gazetteer is wanted whatever the cache holds (place cards,
     *                       re-assignments)
     */
    static CachedReading read(List<Article> articles, Path folder, LayerSet layers, boolean needsGazetteer,
            GeoparserSource geoparsers) throws GeodataException {
        Optional<Gazetteer> gazetteer = needsGazetteer ? Optional.of(new GazetteerLoader().load(folder, layers))
                : Optional.empty();
        GeoparseCache cache = GeoparseCache.userDefault(folder, layers, GeoparseOptions.defaults());
        Geoparser[] built = new Geoparser[1];
        GeoparseResult result;
        try {
            result = cache.parseAll(articles, () -> {
                try {
                    built[0] = geoparsers.build(gazetteer);
                    return built[0];
                } catch (GeodataException e) {
                    throw new BuildFailed(e);
                }
            });
        } catch (BuildFailed e) {
            throw e.reason;
        }
        List<String> problems = built[0] != null ? built[0].dataProblems()
                : gazetteer.map(Gazetteer::problems).orElse(List.of());
        return new CachedReading(result, gazetteer, problems);
    }

    /** Carries the checked failure out of the cache's supplier. */
    private static final class BuildFailed extends RuntimeException {
        private final GeodataException reason;

        BuildFailed(GeodataException reason) {
            super(reason.getMessage(), reason, false, false);
            this.reason = reason;
        }
    }
}
