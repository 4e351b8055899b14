package org.articleatlas.ui.map;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.articleatlas.home.AtlasCache;

/**
 * OpenStreetMap's standard tiles, fetched with the identifying User-Agent and the disk cache its
 * tile usage policy asks for (operations.osmfoundation.org/policies/tiles), and short timeouts so
 * that an unreachable server costs seconds, not minutes. Blocking: call it off the FX thread.
 */
public final class OsmTileClient {

    public static final String OSM_TEMPLATE = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /** Another server of OpenStreetMap's standard tiles (a school's own mirror or cache), as a URL template. */
    public static final String URL_PROPERTY = "atlas.osm.url";

    /** The policy asks clients to keep tiles at least seven days before asking again. */
    static final Duration FRESH_FOR = Duration.ofDays(7);

    private final String template;
    private final Optional<Path> cache;
    private final Duration readTimeout;
    private final HttpClient http;
    private final String userAgent;
    private final AtomicInteger requests = new AtomicInteger();

    public OsmTileClient(String template, Optional<Path> cache, Duration connectTimeout, Duration readTimeout) {
        this.template = template;
        this.cache = cache;
        this.readTimeout = readTimeout;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String version = OsmTileClient.class.getPackage().getImplementationVersion();
        this.userAgent = "ArticleAtlas/" + (version == null ? "dev" : version)
                + " (desktop atlas of news articles; Java " + Runtime.version().feature() + ")";
    }

    /** The public OpenStreetMap server, or the one {@value #URL_PROPERTY} names, cached in the user's cache folder. */
    public static OsmTileClient openStreetMap() {
        String template = System.getProperty(URL_PROPERTY, OSM_TEMPLATE);
        String folder = template.equals(OSM_TEMPLATE) ? "tiles-osm" : "tiles-osm-" + AtlasCache.nameFor(java.util.List.of(template));
        return new OsmTileClient(template, AtlasCache.folder(folder), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    /** The server's host name, as the user is told of it. */
    public String host() {
        String host = URI.create(template.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0")).getHost();
        return host == null ? template : host;
    }

    public String userAgent() {
        return userAgent;
    }

    /** How many requests went to the server, for tests that check a fallback does not keep asking. */
    int requests() {
        return requests.get();
    }

    /** A tile kept on disk less than seven days ago, with no network. */
    public Optional<BufferedImage> fresh(int zoom, long x, long y) {
        return cacheFile(zoom, x, y).filter(f -> isFresh(f)).flatMap(OsmTileClient::read);
    }

    /** A tile kept on disk however old, for when the server cannot be reached. */
    public Optional<BufferedImage> stale(int zoom, long x, long y) {
        return cacheFile(zoom, x, y).flatMap(OsmTileClient::read);
    }

    /** Asks the server, keeps the answer on disk. @throws IOException naming the tile and the cause */
    public BufferedImage fetch(int zoom, long x, long y) throws IOException {
        String url = template.replace("{z}", Integer.toString(zoom)).replace("{x}", Long.toString(x))
                .replace("{y}", Long.toString(y));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(readTimeout)
                .header("User-Agent", userAgent).GET().build();
        requests.incrementAndGet();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(url + ": interrupted", e);
        } catch (IOException e) {
            throw new IOException(url + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        if (response.statusCode() != 200) {
            throw new IOException(url + ": HTTP " + response.statusCode());
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        if (image == null) {
            throw new IOException(url + ": not an image");
        }
        Optional<Path> file = cacheFile(zoom, x, y);
        if (file.isPresent()) {
            try {
                AtlasCache.writeAtomically(file.get(), out -> out.write(response.body()));
            } catch (IOException e) {
                // A tile that cannot be kept is still shown; the cache only saves a later request.
            }
        }
        return image;
    }

    private Optional<Path> cacheFile(int zoom, long x, long y) {
        return cache.map(c -> c.resolve(Integer.toString(zoom)).resolve(Long.toString(x)).resolve(y + ".png"));
    }

    private static boolean isFresh(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isAfter(Instant.now().minus(FRESH_FOR));
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<BufferedImage> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(ImageIO.read(file.toFile()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
