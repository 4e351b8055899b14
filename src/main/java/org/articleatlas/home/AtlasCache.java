package org.articleatlas.home;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder where the application keeps what it can rebuild: compiled name indexes, parsed
 * layers. {@code $XDG_CACHE_HOME/article-atlas}, else {@code ~/.cache/article-atlas}; none when
 * the {@code atlas.cache} system property is {@code off}. Deleting it is always harmless.
 */
public final class AtlasCache {

    public static final String PROPERTY = "atlas.cache";

    private AtlasCache() {
    }

    public static Optional<Path> folder(String part) {
        if ("off".equalsIgnoreCase(System.getProperty(PROPERTY, ""))) {
            return Optional.empty();
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home == null ? null : Path.of(home, ".cache");
        return Optional.ofNullable(base).map(b -> b.resolve("article-atlas").resolve(part));
    }
}
