package org.articleatlas.gazetteer;

import java.util.List;

/**
 * What a folded name stands for: the places it can mean, or nothing at all when it is a name
 * that must not be read as a place (« Wall Street Journal », « Etat islamique », « russe »).
 */
public record NameTarget(String key, List<GazetteerEntry> entries, boolean notAPlace) {
}
