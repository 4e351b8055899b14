package org.articleatlas.ui.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.articleatlas.geodata.Layer;
import org.articleatlas.geodata.LayerKind;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerSet;
import org.articleatlas.home.AtlasHome;
import org.articleatlas.model.Language;
import org.articleatlas.render.BasemapRenderer;
import org.articleatlas.render.BasemapStyle;
import org.articleatlas.render.WebMercatorTiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gluon Maps' tiles drawn from the project's own {@code geodata/} with the shared renderer, so the
 * map works with no network. Found by Gluon through {@code ServiceLoader}; the layers are read in
 * the background on the first tile asked for, never on the FX thread. Gluon keeps this retriever
 * for the whole JVM, so it hands every tile to {@link #tiles()}, which may serve OpenStreetMap
 * tiles instead when the user asks for them.
 */
public final class OfflineTileRetriever implements TileRetriever {

    private static final Logger LOG = LoggerFactory.getLogger(OfflineTileRetriever.class);

    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(2, new DaemonThreads("atlas-tiles-"));
    /** Waiting on a server is not drawing: its own threads, so offline tiles never queue behind it. */
    private static final ExecutorService NETWORK = Executors.newFixedThreadPool(4, new DaemonThreads("atlas-osm-"));
    private static volatile CompletableFuture<BasemapRenderer> renderer;
    /** The interface language, which the country names on the tiles follow. */
    private static volatile Language language = Language.ENGLISH;
    private static final SwitchableTiles TILES = new SwitchableTiles(
            () -> renderer().thenApply(r -> (SwitchableTiles.Drawer) r.inLanguage(language)::tile),
            OsmTileClient::openStreetMap, WORKERS, NETWORK);

    /** Tiles asked for and not yet drawn, so the startup report knows when the first view is whole. */
    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    private static final AtomicInteger ASKED = new AtomicInteger();
    /** When the first tile was drawn (wall clock), for the startup report; 0 before. */
    private static final java.util.concurrent.atomic.AtomicLong FIRST_DRAWN = new java.util.concurrent.atomic.AtomicLong();
    /** When the map first asked for a tile (wall clock), for the startup report; 0 before. */
    private static final java.util.concurrent.atomic.AtomicLong FIRST_ASKED = new java.util.concurrent.atomic.AtomicLong();

    /** A tile drawn ahead is one of offline tiles in one language: it is handed over only for those. */
    private record AheadKey(Language language, int zoom, long x, long y) {
    }

    private static final TilesAhead<AheadKey, Image> AHEAD = new TilesAhead<>();
    /** Completed by {@link #firstViewDone()}; the basemap's detailed countries are read after it. */
    private static final CompletableFuture<Void> DETAIL_WANTED = new CompletableFuture<>();
    private static final CompletableFuture<Void> DETAIL_READ = new CompletableFuture<>();
    /** Whether the basemap was begun by {@link #readBasemapFrom}, its detail to be read from the caller's layers. */
    private static boolean readingDetailLater;

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        ASKED.incrementAndGet();
        FIRST_ASKED.compareAndSet(0, System.currentTimeMillis());
        IN_FLIGHT.incrementAndGet();
        CompletableFuture<Image> image = (TILES.source() == TileSource.OFFLINE
                ? AHEAD.claim(new AheadKey(language, zoom, i, j)) : java.util.Optional.<CompletableFuture<Image>>empty())
                .orElseGet(() -> drawn(zoom, i, j));
        image.whenComplete((done, failure) -> {
            if (done != null) {
                FIRST_DRAWN.compareAndSet(0, System.currentTimeMillis());
            }
            IN_FLIGHT.decrementAndGet();
        });
        return image;
    }

    private static CompletableFuture<Image> drawn(int zoom, long i, long j) {
        return TILES.tile(zoom, i, j).thenApply(served -> (Image) SwingFXUtils.toFXImage(served.image(), null));
    }

    /**
     * Begins drawing {@code tiles} (offline, in the language set by {@link #useLanguage}) as soon as
     * the basemap is read, for the map to take when it asks for them: the window's first view, known
     * before the window is laid out. Nothing is drawn ahead for OpenStreetMap tiles.
     */
    public static void drawAhead(List<FirstViewTiles.Tile> tiles) {
        if (TILES.source() != TileSource.OFFLINE) {
            return;
        }
        Language names = language;
        for (FirstViewTiles.Tile t : tiles) {
            AHEAD.begin(new AheadKey(names, t.zoom(), t.x(), t.y()), () -> drawn(t.zoom(), t.x(), t.y()));
        }
    }

    /** How many tiles the map has asked for since the JVM started. */
    public static int tilesAsked() {
        return ASKED.get();
    }

    /** When the first tile of this JVM was drawn, wall clock, if one was. */
    public static java.util.Optional<Long> firstTileDrawn() {
        return ifSet(FIRST_DRAWN);
    }

    /** When the map of this JVM first asked for a tile, wall clock, if it did. */
    public static java.util.Optional<Long> firstTileAsked() {
        return ifSet(FIRST_ASKED);
    }

    /** A wall-clock time kept in {@code time}, 0 standing for « not yet ». */
    private static java.util.Optional<Long> ifSet(java.util.concurrent.atomic.AtomicLong time) {
        long t = time.get();
        return t == 0 ? java.util.Optional.empty() : java.util.Optional.of(t);
    }

    /** How many tiles are asked for and not yet drawn (or failed). */
    public static int tilesInFlight() {
        return IN_FLIGHT.get();
    }

    /**
     * Names the countries on the tiles drawn from now on in {@code names}; tiles already on screen
     * keep theirs until the map reloads them.
     */
    public static void useLanguage(Language names) {
        language = names;
    }

    /** The one tile source of this JVM, which the View menu switches. */
    public static SwitchableTiles tiles() {
        return TILES;
    }

    /** The basemap of the offline tiles, read once for the tiles and the exports alike. */
    public static CompletableFuture<org.articleatlas.render.Basemap> basemap() {
        return renderer().thenApply(BasemapRenderer::basemap);
    }

    /**
     * Starts reading the basemap at once from {@code layers}, which a caller has opened for other
     * readers too, instead of opening {@code geodata/} again on the first tile; does nothing if
     * the basemap is already read or being read. The detailed countries are read from them only after
     * {@link #firstViewDone()} (or by a tile that needs them first): the caller closes the layers after
     * {@link #basemap()} and {@link #detailRead()} are done.
     */
    public static void readBasemapFrom(CompletableFuture<LayerSet> layers) {
        synchronized (OfflineTileRetriever.class) {
            if (renderer == null) {
                readingDetailLater = true;
                renderer = layers.thenApplyAsync(OfflineTileRetriever::rendererWithDetailLater, WORKERS);
                renderer.exceptionally(e -> {
                    LOG.error("The offline basemap cannot be drawn: {}", e.getMessage());
                    return null;
                });
                // The detail is for zoom 5 on: read once the first view is out, or sooner by a tile that needs it.
                renderer.thenCombineAsync(DETAIL_WANTED, (r, go) -> {
                    r.basemap().readDetail();
                    return null;
                }, WORKERS).whenComplete((done, failure) -> {
                    if (failure != null) {
                        LOG.error("The basemap's detailed countries cannot be read: {}", failure.getMessage());
                    }
                    DETAIL_READ.complete(null);
                });
            } else if (!readingDetailLater) {
                // A basemap read whole from layers of its own, for a tile asked before: none read from these.
                DETAIL_READ.complete(null);
            }
        }
    }

    /**
     * Done once the basemap begun by {@link #readBasemapFrom} has read its detailed countries from the
     * layers (or failed to): the caller closes the layers after it.
     */
    public static CompletableFuture<Void> detailRead() {
        return DETAIL_READ;
    }

    /**
     * The window's first view is complete: the tiles drawn ahead for it that it did not ask for are
     * dropped, and the basemap's detailed countries, which it did not need, are read now.
     */
    public static void firstViewDone() {
        AHEAD.forget();
        DETAIL_WANTED.complete(null);
    }

    private static BasemapRenderer rendererWithDetailLater(LayerSet layers) {
        checkCountries(layers);
        return BasemapRenderer.forLayersDetailWhenUsed(layers);
    }

    /** The offline renderer, read from {@code geodata/} on first use. */
    static CompletableFuture<BasemapRenderer> renderer() {
        CompletableFuture<BasemapRenderer> r = renderer;
        if (r == null) {
            synchronized (OfflineTileRetriever.class) {
                if (renderer == null) {
                    renderer = CompletableFuture.supplyAsync(OfflineTileRetriever::load, WORKERS);
                    renderer.exceptionally(e -> {
                        LOG.error("The offline basemap cannot be drawn: {}", e.getMessage());
                        return null;
                    });
                }
                r = renderer;
            }
        }
        return r;
    }

    private static BasemapRenderer load() {
        Path geodata = AtlasHome.locateOrWorkingDirectory().geodata();
        try (LayerSet layers = new LayerLoader(LayerLoader.Reading.WHEN_USED).open(List.of(geodata))) {
            return rendererOf(layers);
        }
    }

    private static BasemapRenderer rendererOf(LayerSet layers) {
        checkCountries(layers);
        return BasemapRenderer.forLayers(layers);
    }

    private static void checkCountries(LayerSet layers) {
        List<Layer> countries = layers.allOf(LayerKind.COUNTRIES);
        if (countries.isEmpty()) {
            throw new IllegalStateException(AtlasHome.locateOrWorkingDirectory().geodata()
                    + ": no countries layer to draw the basemap from");
        }
    }

    private static final class DaemonThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();
        private final String prefix;

        DaemonThreads(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
