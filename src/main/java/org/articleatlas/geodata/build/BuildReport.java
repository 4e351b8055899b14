package org.articleatlas.geodata.build;

import java.nio.file.Path;
import java.util.List;

/**
 * What a build wrote and how its plausibility checks went.
 *
 * @param layers   each file written, in writing order
 * @param sources  each source package with its installed version, e.g. {@code world-atlas@2.0.2}
 * @param checks   the plausibility checks
 */
public record BuildReport(List<Layer> layers, List<String> sources, List<SanityCheck> checks) {

    /** A written file, its number of features and its size on disk. */
    public record Layer(Path file, int features, long bytes) {
    }

    public BuildReport {
        layers = List.copyOf(layers);
        sources = List.copyOf(sources);
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return checks.stream().allMatch(SanityCheck::passed);
    }
}
