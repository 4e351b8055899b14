package org.articleatlas.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javax.imageio.ImageIO;
import org.articleatlas.ui.map.OsmTileClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The OpenStreetMap option in the real window, against a tile server on this machine. */
class OsmBasemapWindowTest {

    private AtlasApplication app;
    private HttpServer server;
    private final List<String> agents = new CopyOnWriteArrayList<>();
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        BufferedImage tile = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(tile, "png", png);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // A path of its own per run, so tiles cached by an earlier run do not answer for the server.
        String path = "/run" + System.nanoTime();
        server.createContext(path, exchange -> {
            agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            exchange.sendResponseHeaders(200, png.size());
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(png.toByteArray());
            }
        });
        server.start();
        System.setProperty(OsmTileClient.URL_PROPERTY,
                "http://127.0.0.1:" + server.getAddress().getPort() + path + "/{z}/{x}/{y}.png");
        app = WindowUnderTest.start();
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
        System.clearProperty(OsmTileClient.URL_PROPERTY);
        server.stop(0);
    }

    @Test
    void openStreetMapTilesBringTheirAttributionAndTheOfflineMapTakesItAway() throws Exception {
        Label attribution = robot.lookup("#mapAttribution").queryAs(Label.class);
        assertThat(attribution.getText()).isEqualTo("Map data: Natural Earth");

        robot.interact(() -> robot.lookup("#basemapOsm").queryAs(RadioButton.class).fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> attribution.getText().startsWith("©"));

        assertThat(attribution.getText()).isEqualTo("© OpenStreetMap contributors · Natural Earth");
        assertThat(agents).isNotEmpty().allMatch(a -> a.startsWith("ArticleAtlas/"));

        robot.interact(() -> robot.lookup("#basemapOffline").queryAs(RadioButton.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(attribution.getText()).isEqualTo("Map data: Natural Earth");
    }
}
