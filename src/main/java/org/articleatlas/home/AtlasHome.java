package org.articleatlas.home;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The folder that holds {@code seeds/} and {@code geodata/}.
 *
 * <p>Looked for, in order: the {@code atlas.home} system property, the working directory,
 * and the folders above the running jar or classes (so {@code java -jar target/article-atlas.jar}
 * finds the project from anywhere).
 */
public final class AtlasHome {

    public static final String PROPERTY = "atlas.home";

    private final Path root;

    private AtlasHome(Path root) {
        this.root = root;
    }

    public static AtlasHome at(Path root) {
        return new AtlasHome(root.toAbsolutePath().normalize());
    }

    /** The first candidate folder that has a {@code seeds/} or {@code geodata/} folder. */
    public static Optional<AtlasHome> locate() {
        return candidates().stream()
                .filter(p -> Files.isDirectory(p.resolve("seeds")) || Files.isDirectory(p.resolve("geodata")))
                .findFirst()
                .map(AtlasHome::at);
    }

    /** {@link #locate()}, or the working directory when nothing is found. */
    public static AtlasHome locateOrWorkingDirectory() {
        return locate().orElseGet(() -> at(Path.of("")));
    }

    public Path root() {
        return root;
    }

    public Path seeds() {
        return root.resolve("seeds");
    }

    public Path geodata() {
        return root.resolve("geodata");
    }

    private static List<Path> candidates() {
        List<Path> result = new ArrayList<>();
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            result.add(Path.of(property));
        }
        result.add(Path.of("").toAbsolutePath());
        codeLocation().ifPresent(code -> {
            for (Path p = code.getParent(); p != null && result.size() < 6; p = p.getParent()) {
                result.add(p);
            }
        });
        return result;
    }

    private static Optional<Path> codeLocation() {
        try {
            CodeSource source = AtlasHome.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
