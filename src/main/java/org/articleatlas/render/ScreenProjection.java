package org.articleatlas.render;

/** Longitude/latitude to screen pixels (x right, y down), many points at a time. */
@FunctionalInterface
public interface ScreenProjection {

    /** Replaces the first {@code count} longitude/latitude pairs of {@code coordinates} with pixel positions. */
    void toScreen(double[] coordinates, int count);
}
