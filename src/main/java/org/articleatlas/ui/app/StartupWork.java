package org.articleatlas.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.articleatlas.corpus.CorpusLoad;
import org.articleatlas.corpus.CorpusLoader;
import org.articleatlas.gazetteer.Gazetteer;
import org.articleatlas.gazetteer.GazetteerLoader;
import org.articleatlas.geodata.GeodataException;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerSet;
import org.articleatlas.geoparse.GeoparseCache;
import org.articleatlas.geoparse.GeoparseOptions;
import org.articleatlas.geoparse.GeoparseResult;
import org.articleatlas.geoparse.Geoparser;
import org.articleatlas.geoparse.GeoparserLoader;
import org.articleatlas.home.AtlasHome;
import org.articleatlas.model.Article;
import org.articleatlas.ui.map.OfflineTileRetriever;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The slow reading the window needs for its first complete view, begun before JavaFX starts so that
 * the two overlap: the seed articles, the gazetteer and the geoparser, and the basemap of the offline
 * tiles. The geodata layers are opened once, in one set that the geoparser, the basemap, the map's
 * layers and the place cards all read from, so that no file is read twice; the set is closed when
 * the last of them is done ({@link #closeLayersAfter}). Gluon and the window only start once this is
 * under way: on two cores the FX thread builds the window on one while this reads on the other.
 */
final class StartupWork {

    private static final Logger LOG = LoggerFactory.getLogger(StartupWork.class);
    /** Begun by the launcher, before JavaFX; taken by the first window. */
    private static final AtomicReference<StartupWork> EARLY = new AtomicReference<>();

    private final Path geodata;
    private final Optional<Path> seeds;
    private final ExecutorService threads;
    private final CompletableFuture<LayerSet> layers;
    private final CompletableFuture<CorpusLoad> seedArticles;
    private final CompletableFuture<Gazetteer> gazetteer;
    private final CompletableFuture<Geoparser> geoparser;
    /**
     * Done when the gazetteer (and the geoparser after it) may be read: at once when the seeds' reading is
     * not in the cache, else once the first view is complete ({@link #firstViewShown}) or a reading needs
     * the geoparser, so that on two cores it does not compete with the first frame it is not needed for.
     */
    private final CompletableFuture<Void> gazetteerWanted = new CompletableFuture<>();
    /** One reading at a time: the geoparser is not made for two at once. */
    private final Object readingLock = new Object();
    /** Taken by the first reading, which it is meant for: a later one is the user's, read anew. */
    private final AtomicReference<CompletableFuture<GeoparseResult>> seedReading;
    /** The readings kept from earlier runs ({@link GeoparseCache}), for the geodata folder's catalog. */
    private final CompletableFuture<GeoparseCache> readings;

    private StartupWork(Path geodata, Optional<Path> seeds) {
        this.geodata = geodata;
        this.seeds = seeds;
        AtomicInteger count = new AtomicInteger();
        // Two: the layers, the gazetteer then the geoparser on one; the articles, then the basemap on the other.
        this.threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "atlas-startup-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // The gazetteer is read at once unless the seeds' reading is in the cache: then after the first view.
        gazetteerWanted.thenRun(() -> GazetteerLoader.readAhead(geodata));
        layers = CompletableFuture.supplyAsync(() -> {
            LayerSet set = new LayerLoader(LayerLoader.Reading.WHEN_USED).open(List.of(geodata));
            StartupReport.mark("layers_opened");
            return set;
        }, threads);
        seedArticles = seeds.map(folder -> CompletableFuture.supplyAsync(() -> {
            CorpusLoad load = new CorpusLoader().loadFolder(folder);
            StartupReport.mark("articles_read");
            return load;
        }, threads)).orElse(null);
        gazetteer = layers.thenCombine(gazetteerWanted, (set, go) -> set).thenApplyAsync(set -> {
            try {
                Gazetteer names = new GazetteerLoader().load(geodata, set);
                StartupReport.mark("gazetteer_loaded");
                return names;
            } catch (GeodataException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, threads);
        geoparser = gazetteer.thenApplyAsync(names -> {
            try {
                Geoparser built = GeoparserLoader.load(geodata, layers.join(), names, GeoparseOptions.defaults());
                StartupReport.mark("geoparser_built");
                return built;
            } catch (GeodataException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, threads);
        // The seeds' reading is looked up in the cache as soon as they are read; when it is not there, they
        // are read for places as soon as the geoparser is built, while the window is still being built.
        readings = CompletableFuture.supplyAsync(() -> GeoparseCache.userDefault(geodata, GeoparseOptions.defaults()),
                threads);
        if (seedArticles == null) {
            gazetteerWanted.complete(null);
        }
        seedReading = new AtomicReference<>(seedArticles == null ? null
                : seedArticles.thenCombineAsync(readings, (load, cache) -> {
                    Optional<GeoparseResult> cached = cache.readAll(inListOrder(load));
                    cached.ifPresentOrElse(hit -> StartupReport.mark("geoparse_cache_read"),
                            () -> gazetteerWanted.complete(null));
                    return cached;
                }, threads).whenComplete((cached, failure) -> {
                    if (failure != null) {
                        gazetteerWanted.complete(null);
                    }
                }).thenCompose(cached -> cached.map(CompletableFuture::completedFuture).orElseGet(
                        () -> geoparser.thenApplyAsync(parser -> parse(inListOrder(seedArticles.join())), threads))));
        OfflineTileRetriever.readBasemapFrom(layers);
        OfflineTileRetriever.basemap().thenRun(() -> StartupReport.mark("basemap_read"));
    }

    /** Begins the work for the window about to open; called by the launcher before JavaFX starts. */
    static void beginEarly() {
        EARLY.compareAndSet(null, begin());
    }

    /** The work begun by the launcher, or, for a window started otherwise (tests), begun now. */
    static StartupWork take() {
        StartupWork early = EARLY.getAndSet(null);
        return early != null ? early : begin();
    }

    private static StartupWork begin() {
        Optional<AtlasHome> home = AtlasHome.locate();
        Path geodata = home.map(AtlasHome::geodata).orElseGet(() -> AtlasHome.locateOrWorkingDirectory().geodata());
        return new StartupWork(geodata, home.map(AtlasHome::seeds));
    }

    Path geodata() {
        return geodata;
    }

    /** The seeds folder, when one was found here or beside the application. */
    Optional<Path> seeds() {
        return seeds;
    }

    /** The seed articles as read; only when {@link #seeds()} is present. */
    CompletableFuture<CorpusLoad> seedArticles() {
        return seedArticles;
    }

    /** The geodata folder's layers, open until {@link #closeLayersAfter} closes them. */
    CompletableFuture<LayerSet> layers() {
        return layers;
    }

    CompletableFuture<Gazetteer> gazetteer() {
        return gazetteer;
    }

    /** One geoparser for every reading of the window's articles, one reading at a time. */
    CompletableFuture<Geoparser> geoparser() {
        return geoparser;
    }

    /**
     * The reading of {@code articles}: for the window's first reading, of the seeds as read, the one
     * begun before the window; a new one otherwise. Blocks: call it off the FX thread.
     */
    GeoparseResult read(List<Article> articles) {
        CompletableFuture<GeoparseResult> early = seedReading.getAndSet(null);
        if (early != null && articles.equals(inListOrder(seedArticles.join()))) {
            return early.join();
        }
        return parse(articles);
    }

    /**
     * The reading of {@code articles} if it is already done: the window's first reading, of the seeds,
     * begun before the window and finished (from the cache, mostly). Empty otherwise, and then
     * {@link #read} still has it to give. Does not block.
     */
    Optional<GeoparseResult> readIfDone(List<Article> articles) {
        CompletableFuture<GeoparseResult> early = seedReading.get();
        if (early == null || !early.isDone() || early.isCompletedExceptionally()
                || !articles.equals(inListOrder(seedArticles.join()))) {
            return Optional.empty();
        }
        return seedReading.compareAndSet(early, null) ? Optional.of(early.join()) : Optional.empty();
    }

    /**
     * The first view is complete: what it did not need (the gazetteer, the geoparser, the basemap's detailed
     * countries) is read now, and the tiles drawn ahead for it that it did not ask for are dropped.
     */
    void firstViewShown() {
        gazetteerWanted.complete(null);
        OfflineTileRetriever.firstViewDone();
    }

    /** The articles in the order the window's list keeps them (by file name), which a reading follows. */
    private static List<Article> inListOrder(CorpusLoad load) {
        return load.articles().stream().sorted(java.util.Comparator.comparing(Article::fileName)).toList();
    }

    /** The articles' reading: from the cache where it has them, by the geoparser otherwise (and then kept). */
    private GeoparseResult parse(List<Article> articles) {
        // One geoparser for the window's life; two readings at once take turns.
        synchronized (readingLock) {
            GeoparseResult result = readings.join().parseAll(articles, () -> {
                gazetteerWanted.complete(null);
                return geoparser.join();
            });
            StartupReport.mark("geoparsed");
            return result;
        }
    }

    /**
     * Closes the shared layers once {@code readers} are done with them, whether they succeeded or not,
     * and ends the start-up threads.
     */
    void closeLayersAfter(List<CompletableFuture<?>> readers) {
        CompletableFuture.allOf(readers.toArray(CompletableFuture[]::new)).handle((done, failure) -> {
            layers.thenAccept(LayerSet::close);
            threads.shutdown();
            LOG.debug("Start-up layers closed");
            return null;
        });
    }
}
