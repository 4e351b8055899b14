package org.articleatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.articleatlas.render.BasemapRenderer;
import org.articleatlas.render.BasemapStyle;
import org.articleatlas.render.WebMercatorTiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** The OpenStreetMap option against servers that cannot be reached, on this machine and fast. */
class SwitchableTilesTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final List<String> unreachable = new CopyOnWriteArrayList<>();
    private final List<String> osmShown = new CopyOnWriteArrayList<>();

    @TempDir
    Path cache;

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** The real renderer over one literal country, a square around Kazakhstan. */
    private static BasemapRenderer renderer() throws Exception {
        Geometry land = new WKTReader().read("POLYGON ((50 40, 85 40, 85 55, 50 55, 50 40))");
        return new BasemapRenderer(new WebMercatorTiles(), BasemapStyle.atlas(), List.of(land), List.of(land));
    }

    private SwitchableTiles tiles(BasemapRenderer renderer, String template, Duration readTimeout) {
        OsmTileClient client = new OsmTileClient(template, Optional.of(cache), Duration.ofMillis(500), readTimeout);
        SwitchableTiles tiles = new SwitchableTiles(() -> CompletableFuture.completedFuture(renderer::tile),
                () -> client, threads, threads);
        tiles.listen(new SwitchableTiles.Listener() {
            @Override
            public void osmTileShown() {
                osmShown.add("shown");
            }

            @Override
            public void osmUnreachable(String reason) {
                unreachable.add(reason);
            }
        });
        return tiles;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        for (int x = 0; x < a.getWidth(); x += 7) {
            for (int y = 0; y < a.getHeight(); y += 7) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void anUnreachableServerGivesTheOfflineTileAndIsNotAskedAgainForTheNextTiles() throws Exception {
        BasemapRenderer renderer = renderer();
        String template = "http://127.0.0.1:" + closedPort() + "/{z}/{x}/{y}.png";
        SwitchableTiles tiles = tiles(renderer, template, Duration.ofSeconds(1));
        tiles.use(TileSource.OPENSTREETMAP);

        SwitchableTiles.Served first = tiles.tile(3, 5, 2).get(10, TimeUnit.SECONDS);
        SwitchableTiles.Served second = tiles.tile(3, 6, 2).get(10, TimeUnit.SECONDS);

        assertThat(first.origin()).isEqualTo(TileSource.OFFLINE);
        assertThat(samePixels(first.image(), renderer.tile(3, 5, 2))).isTrue();
        assertThat(second.origin()).isEqualTo(TileSource.OFFLINE);
        assertThat(unreachable).hasSize(1);
        assertThat(unreachable).containsExactly("127.0.0.1");
        assertThat(osmShown).isEmpty();
    }

    @Test
    void aServerThatAcceptsButNeverAnswersFallsBackAfterTheReadTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Socket> held = CompletableFuture.supplyAsync(() -> {
                try {
                    return silent.accept();
                } catch (IOException e) {
                    return null;
                }
            });
            SwitchableTiles tiles = tiles(renderer(), "http://127.0.0.1:" + silent.getLocalPort() + "/{z}/{x}/{y}.png",
                    Duration.ofMillis(300));
            tiles.use(TileSource.OPENSTREETMAP);

            SwitchableTiles.Served served = tiles.tile(4, 10, 5).get(10, TimeUnit.SECONDS);

            assertThat(served.origin()).isEqualTo(TileSource.OFFLINE);
            assertThat(unreachable).hasSize(1);
            Socket socket = held.getNow(null);
            if (socket != null) {
                socket.close();
            }
        }
    }

    @Test
    void aTileKeptOnDiskIsShownAsOpenStreetMapsWithNoNetwork() throws Exception {
        BufferedImage kept = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        kept.setRGB(10, 10, 0xff0000);
        Path file = cache.resolve("2/1/1.png");
        Files.createDirectories(file.getParent());
        ImageIO.write(kept, "png", file.toFile());
        SwitchableTiles tiles = tiles(renderer(), "http://127.0.0.1:" + closedPort() + "/{z}/{x}/{y}.png",
                Duration.ofSeconds(1));
        tiles.use(TileSource.OPENSTREETMAP);

        SwitchableTiles.Served served = tiles.tile(2, 1, 1).get(10, TimeUnit.SECONDS);

        assertThat(served.origin()).isEqualTo(TileSource.OPENSTREETMAP);
        assertThat(served.image().getRGB(10, 10) & 0xffffff).isEqualTo(0xff0000);
        assertThat(osmShown).hasSize(1);
        assertThat(unreachable).isEmpty();
    }

    @Test
    void offlineIsTheDefaultAndNeverTouchesTheNetwork() throws Exception {
        SwitchableTiles tiles = tiles(renderer(), "http://127.0.0.1:" + closedPort() + "/{z}/{x}/{y}.png",
                Duration.ofSeconds(1));

        SwitchableTiles.Served served = tiles.tile(3, 5, 2).get(10, TimeUnit.SECONDS);

        assertThat(tiles.source()).isEqualTo(TileSource.OFFLINE);
        assertThat(served.origin()).isEqualTo(TileSource.OFFLINE);
        assertThat(unreachable).isEmpty();
    }

    @Test
    void theServerIsAskedWithAnAgentThatNamesTheApplication() {
        assertThat(OsmTileClient.openStreetMap().userAgent()).startsWith("ArticleAtlas/");
        assertThat(OsmTileClient.openStreetMap().host()).isEqualTo("tile.openstreetmap.org");
    }
}
