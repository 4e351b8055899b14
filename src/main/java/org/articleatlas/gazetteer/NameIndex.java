package org.articleatlas.gazetteer;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds every gazetteer name in a text in one pass, with an Aho-Corasick automaton, and keeps
 * the longest whole-word matches that do not overlap (« Asie centrale » over « Asie »,
 * « Wall Street Journal » over « Wall Street »).
 */
public final class NameIndex {

    private final AhoCorasickDoubleArrayTrie<NameTarget> trie = new AhoCorasickDoubleArrayTrie<>();
    private final int size;

    NameIndex(Map<String, NameTarget> byFoldedName) {
        TreeMap<String, NameTarget> sorted = new TreeMap<>(byFoldedName);
        trie.build(sorted);
        size = sorted.size();
    }

    public int size() {
        return size;
    }

    /** The longest, leftmost whole-word name matches in {@code folded}, in text order. */
    public List<NameHit> find(String folded) {
        List<NameHit> all = new ArrayList<>();
        trie.parseText(folded, (begin, end, target) -> {
            if (isWordBoundary(folded, begin - 1) && isWordBoundary(folded, end)) {
                all.add(new NameHit(begin, end, target));
            }
        });
        all.sort(Comparator.comparingInt(NameHit::begin).thenComparing(Comparator.comparingInt(NameHit::length).reversed()));
        List<NameHit> kept = new ArrayList<>();
        int coveredTo = 0;
        for (NameHit hit : all) {
            if (hit.begin() >= coveredTo) {
                kept.add(hit);
                coveredTo = hit.end();
            }
        }
        return kept;
    }

    private static boolean isWordBoundary(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return true;
        }
        return !Character.isLetterOrDigit(text.charAt(index));
    }
}
