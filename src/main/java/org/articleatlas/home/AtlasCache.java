package org.articleatlas.home;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

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

    /** What a checksummed cache entry holds, written as data. */
    public interface Data {
        void writeTo(DataOutputStream out) throws IOException;
    }

    /**
     * Writes an entry as {@link #writeAtomically} does, followed by the CRC-32C of everything
     * written, which {@link #readChecked} verifies: a flipped or missing byte is caught on reading.
     */
    public static void writeChecked(Path target, Data content) throws IOException {
        writeAtomically(target, out -> {
            CRC32C crc = new CRC32C();
            DataOutputStream data = new DataOutputStream(new CheckedOutputStream(out, crc));
            content.writeTo(data);
            data.flush();
            new DataOutputStream(out).writeLong(crc.getValue());
        });
    }

    /**
     * The content of an entry written by {@link #writeChecked}, its checksum verified and left out
     * (the buffer's limit); an {@link IllegalArgumentException} when the entry is truncated or damaged.
     */
    public static ByteBuffer readChecked(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < Long.BYTES) {
            throw new IllegalArgumentException("truncated");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - Long.BYTES);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (in.getLong(bytes.length - Long.BYTES) != crc.getValue()) {
            throw new IllegalArgumentException("checksum mismatch");
        }
        return in.limit(bytes.length - Long.BYTES);
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

    /**
     * The file's size and CRC-32C: contents rather than times, so that a checkout or a copy of the same
     * file keeps its cache entries. CRC-32C (with the size beside it) tells an edited file from the one
     * cached; it runs at memory speed even before the JIT starts.
     */
    public static String contentKey(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            CRC32C crc = new CRC32C();
            byte[] buffer = new byte[1 << 16];
            long size = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
                size += n;
            }
            return size + " " + Long.toHexString(crc.getValue());
        }
    }

    private static volatile String codeVersion;

    /**
     * What identifies the application's own code: the size and CRC-32C of the jar it runs from, or of
     * every file of the class folder it runs from (tests, {@code javafx:run}). A cache of what that code
     * computes (readings of articles) names it in its key, so that any new build reads anew rather than
     * trusting what an older one wrote. Computed once per run.
     */
    public static String codeVersion() {
        String known = codeVersion;
        if (known != null) {
            return known;
        }
        String version;
        try {
            Path code = Path.of(AtlasCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            version = Files.isDirectory(code) ? folderKey(code) : "jar " + contentKey(code);
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            // Unknown code: a key of its own that no other run shares, so nothing is trusted across runs.
            version = "unknown " + System.nanoTime();
        }
        codeVersion = version;
        return version;
    }

    private static String folderKey(Path folder) throws IOException {
        List<String> parts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                parts.add(folder.relativize(file) + " " + contentKey(file));
            }
        }
        return "classes " + nameFor(parts);
    }
}
