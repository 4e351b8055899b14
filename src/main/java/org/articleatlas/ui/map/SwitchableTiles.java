package org.articleatlas.ui.map;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tile source the map's retriever delegates to. Gluon keeps the first {@code TileRetriever}
 * it finds for the whole JVM, so the choice between offline and OpenStreetMap tiles is made here,
 * per tile. Offline is the default; OpenStreetMap tiles come from the disk cache or the server,
 * and any failure falls back to the offline tile at once; after one, the server is left alone
 * for {@link #RETRY_AFTER}, so a dead network costs one timeout, not one per tile.
 */
public final class SwitchableTiles {

    private static final Logger LOG = LoggerFactory.getLogger(SwitchableTiles.class);

    static final Duration RETRY_AFTER = Duration.ofSeconds(60);

    /** Draws an offline tile. */
    public interface Drawer {
        BufferedImage tile(int zoom, long x, long y);
    }

    /** What the map is told about the tiles it is given. */
    public interface Listener {
        /** An OpenStreetMap tile is about to be shown (its attribution must be). */
        void osmTileShown();

        /** The server, named by its host, could not be reached; offline tiles are shown instead. */
        void osmUnreachable(String host);
    }

    /** A tile and where it came from. */
    public record Served(BufferedImage image, TileSource origin) {
    }

    private final Supplier<CompletableFuture<Drawer>> offline;
    private final Supplier<OsmTileClient> osmClient;
    private final Executor drawing;
    private final Executor network;
    private volatile TileSource source = TileSource.OFFLINE;
    private volatile long unreachableUntilNanos = System.nanoTime();
    private volatile Listener listener;
    private OsmTileClient osm;

    public SwitchableTiles(Supplier<CompletableFuture<Drawer>> offline, Supplier<OsmTileClient> osmClient,
            Executor drawing, Executor network) {
        this.offline = offline;
        this.osmClient = osmClient;
        this.drawing = drawing;
        this.network = network;
    }

    public void use(TileSource source) {
        this.source = source;
        if (source == TileSource.OPENSTREETMAP) {
            // The user asked again: let the server have another try, with the settings of now.
            unreachableUntilNanos = System.nanoTime();
            synchronized (this) {
                osm = null;
            }
        }
    }

    public TileSource source() {
        return source;
    }

    public void listen(Listener listener) {
        this.listener = listener;
    }

    public CompletableFuture<Served> tile(int zoom, long x, long y) {
        if (source == TileSource.OPENSTREETMAP) {
            return CompletableFuture.supplyAsync(() -> online(zoom, x, y), network)
                    .thenCompose(image -> image.map(i -> CompletableFuture.completedFuture(shownOsm(i)))
                            .orElseGet(() -> drawOffline(zoom, x, y)));
        }
        return drawOffline(zoom, x, y);
    }

    private CompletableFuture<Served> drawOffline(int zoom, long x, long y) {
        return offline.get().thenApplyAsync(d -> new Served(d.tile(zoom, x, y), TileSource.OFFLINE), drawing);
    }

    private Served shownOsm(BufferedImage image) {
        Listener l = listener;
        if (l != null) {
            l.osmTileShown();
        }
        return new Served(image, TileSource.OPENSTREETMAP);
    }

    private Optional<BufferedImage> online(int zoom, long x, long y) {
        OsmTileClient client = client();
        Optional<BufferedImage> fresh = client.fresh(zoom, x, y);
        if (fresh.isPresent()) {
            return fresh;
        }
        if (System.nanoTime() - unreachableUntilNanos < 0) {
            return client.stale(zoom, x, y);
        }
        try {
            return Optional.of(client.fetch(zoom, x, y));
        } catch (IOException e) {
            unreachableUntilNanos = System.nanoTime() + RETRY_AFTER.toNanos();
            LOG.info("OpenStreetMap tiles unavailable, offline tiles shown: {}", e.getMessage());
            Listener l = listener;
            if (l != null) {
                l.osmUnreachable(client.host());
            }
            return client.stale(zoom, x, y);
        }
    }

    private synchronized OsmTileClient client() {
        if (osm == null) {
            osm = osmClient.get();
        }
        return osm;
    }
}
