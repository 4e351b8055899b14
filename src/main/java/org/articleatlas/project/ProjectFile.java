package org.articleatlas.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@code *.atlas.json} project files without ever losing what a teacher made:
 * a write goes to a temporary file beside the project, forced to disk, then moved over it in one
 * step, so the file always holds either the previous or the new project; a file that cannot be
 * read is moved aside ({@code NAME.unreadable-<time>}) rather than overwritten; a file from a
 * newer version of the application is refused and left as it is.
 */
public final class ProjectFile {

    public static final String EXTENSION = ".atlas.json";

    /** Larger than any project a class could make; a bigger file is not ours. */
    static final long MAX_BYTES = 64L << 20;

    private static final Logger LOG = LoggerFactory.getLogger(ProjectFile.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Clock clock;
    private final BeforeMove beforeMove;

    /** Called with the temporary file once it is written, before it replaces the project: a seam for tests. */
    interface BeforeMove {
        void accept(Path temp) throws IOException;
    }

    public ProjectFile() {
        this(Clock.systemUTC(), temp -> { });
    }

    ProjectFile(Clock clock, BeforeMove beforeMove) {
        this.clock = clock;
        this.beforeMove = beforeMove;
    }

    /**
     * @throws ProjectFileException when the file is missing or cannot be read (then it has been
     *                              moved aside), or comes from a newer version (then it is left in place)
     */
    public Project read(Path file) throws ProjectFileException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ProjectFileException(file, file + ": is a folder, not a project file", Optional.empty(), null);
            }
            if (Files.size(file) > MAX_BYTES) {
                return unreadable(file, "over " + (MAX_BYTES >> 20) + " MB, not a project file", null);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file, file + ": no such file", Optional.empty(), e);
        } catch (IOException e) {
            throw new ProjectFileException(file, file + ": cannot be read: " + e.getMessage(), Optional.empty(), e);
        }
        JsonNode tree;
        try {
            tree = json.readTree(bytes);
        } catch (JsonProcessingException e) {
            return unreadable(file, "not valid JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ")", e);
        } catch (IOException e) {
            return unreadable(file, "not valid JSON (" + e.getMessage() + ")", e);
        }
        if (tree == null || !tree.isObject()) {
            return unreadable(file, "not an Article Atlas project (no JSON object)", null);
        }
        JsonNode version = tree.get("schema_version");
        if (version == null || !version.isInt() || version.asInt() < 1) {
            return unreadable(file, "not an Article Atlas project (no schema_version)", null);
        }
        if (version.asInt() > Project.SCHEMA_VERSION) {
            throw new ProjectFileException(file, file + ": written by a newer Article Atlas (schema version "
                    + version.asInt() + "; this one reads up to " + Project.SCHEMA_VERSION + "); open it with that"
                    + " version — the file is left untouched", Optional.empty(), null);
        }
        try {
            return json.treeToValue(tree, Project.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return unreadable(file, "not a valid project (" + oneLine(e) + ")", e);
        }
    }

    /**
     * Replaces the project file in one step. An existing file there that is not a readable
     * project of this version is first moved aside, never overwritten.
     *
     * @throws ProjectFileException naming the file and the cause; the previous file is then unchanged
     */
    public void write(Path file, Project project) throws ProjectFileException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (Files.exists(target)) {
            guardExisting(target);
        }
        Path temp = null;
        try {
            removeLeftTemporaries(target);
            byte[] bytes = json.writeValueAsBytes(project);
            temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                // Unlike a cache, a teacher's work must survive a power cut, not only a crash.
                out.force(true);
            }
            beforeMove.accept(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            throw new ProjectFileException(file, file + ": cannot be saved: " + oneLine(e), Optional.empty(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.warn("{}: temporary file left behind", temp, e);
                }
            }
        }
    }

    /**
     * A process killed while saving leaves its temporary file: never the project's state (the
     * project file itself still holds the previous one), so the next save removes it.
     */
    private static void removeLeftTemporaries(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        try (var siblings = Files.newDirectoryStream(target.getParent(),
                f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(".tmp"))) {
            for (Path left : siblings) {
                Files.deleteIfExists(left);
            }
        }
    }

    /** Reading moves an unreadable file aside and refuses a newer one; either way, no overwrite. */
    private void guardExisting(Path target) throws ProjectFileException {
        try {
            read(target);
        } catch (ProjectFileException e) {
            if (e.keptAside().isEmpty() && Files.exists(target)) {
                throw new ProjectFileException(target, target + ": not saved over: " + e.getMessage(), Optional.empty(),
                        e);
            }
            LOG.warn("{}", e.getMessage());
        }
    }

    private Project unreadable(Path file, String cause, Throwable e) throws ProjectFileException {
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + STAMP.format(clock.instant()));
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(file.getFileName() + ".unreadable-" + STAMP.format(clock.instant()) + "-" + n);
        }
        try {
            Files.move(file, aside);
        } catch (IOException moveFailed) {
            throw new ProjectFileException(file, file + ": " + cause + "; it could not be moved aside ("
                    + moveFailed.getMessage() + ") and is left as it is", Optional.empty(), e);
        }
        throw new ProjectFileException(file, file + ": " + cause + "; kept aside as " + aside.getFileName(),
                Optional.of(aside), e);
    }

    private static String oneLine(Throwable e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return (m == null ? e.toString() : m).replaceAll("\\s+", " ").strip();
    }
}
