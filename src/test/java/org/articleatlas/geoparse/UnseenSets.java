package org.articleatlas.geoparse;

import java.nio.file.Path;
import java.util.List;

/**
 * The evaluation sets whose text and errors nobody working on the geoparser reads: only their
 * scores may be printed, by any test or tool (their floors are in GeoparseHeldOutTest).
 */
public final class UnseenSets {

    public static final List<String> NAMES = List.of("heldout7", "heldout8", "heldout11", "heldout12", "heldout13");

    private UnseenSets() {
    }

    /** Whether a file lies in one of those sets' folders. */
    public static boolean holds(Path file) {
        for (Path p : file) {
            if (NAMES.contains(p.toString())) {
                return true;
            }
        }
        return false;
    }
}
