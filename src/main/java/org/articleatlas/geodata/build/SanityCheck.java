package org.articleatlas.geodata.build;

/** One plausibility check of a build, e.g. a border length against the CIA World Factbook. */
public record SanityCheck(String subject, boolean passed, String detail) {
}
