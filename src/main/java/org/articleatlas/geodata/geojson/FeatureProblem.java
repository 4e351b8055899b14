package org.articleatlas.geodata.geojson;

/**
 * Why one feature cannot be drawn; the feature is skipped and the reason becomes a warning.
 * Checked so that every place that can meet a bad feature has to decide what to do with it.
 */
final class FeatureProblem extends Exception {
    private static final long serialVersionUID = 1L;

    FeatureProblem(String reason) {
        super(reason, null, false, false);
    }
}
