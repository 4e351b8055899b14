package org.articleatlas.geoparse;

/**
 * How sure the resolver must be, and how much it explains.
 *
 * @param acceptScore   the lowest score a reading needs to be reported (about a town of 100,000
 *                      people with nothing else for it)
 * @param runnersUp     how many losing candidates each place keeps, with their scores and reasons
 * @param nearbyKm      how close another place of the same article must be to count as support
 */
public record GeoparseOptions(double acceptScore, int runnersUp, double nearbyKm) {

    public static GeoparseOptions defaults() {
        return new GeoparseOptions(5.0, 3, 1500);
    }

    public GeoparseOptions withAcceptScore(double score) {
        return new GeoparseOptions(score, runnersUp, nearbyKm);
    }
}
