package org.articleatlas.model;

/**
 * A place a name could have meant, with its score and the reason, kept so learners can see
 * why one reading won (« Kazan — the city, 1,200 km away — not chosen: … »).
 */
public record Candidate(Place place, double score, String reason) {
}
