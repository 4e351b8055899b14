package org.articleatlas.home;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    /** What a cache entry holds, written to a stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes an entry next to its final name, then moves it into place, so that a reader never
     * sees half an entry; the temporary file is removed whatever happens.
     */
    public static void writeAtomically(Path target, Content content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "tmp-", ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A short file name for what {@code parts} identify: 32 hex digits of their SHA-256. */
    public static String nameFor(Iterable<String> parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
