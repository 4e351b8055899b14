package org.articleatlas.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds every gazetteer name in a text in one pass, with an Aho-Corasick automaton, and keeps
 * the longest whole-word matches that do not overlap (« Asie centrale » over « Asie »,
 * « Wall Street Journal » over « Wall Street »).
 *
 * <p>Building the automaton for 130,000 names takes seconds, so the built one is kept with the
 * rest of the gazetteer in a {@link GazetteerCache}.
 */
public final class NameIndex {

    private final NameTrie trie;
    private final NameTarget[] targets;

    NameIndex(Map<String, NameTarget> byFoldedName) {
        String[] keys = byFoldedName.keySet().toArray(String[]::new);
        Arrays.sort(keys);
        targets = new NameTarget[keys.length];
        for (int i = 0; i < keys.length; i++) {
            targets[i] = byFoldedName.get(keys[i]);
        }
        trie = NameTrie.build(keys);
    }

    /** @param sortedTargets what each name of {@code trie} stands for, at the index the trie gives the name */
    NameIndex(NameTarget[] sortedTargets, NameTrie trie) {
        this.targets = sortedTargets;
        this.trie = trie;
    }

    public int size() {
        return targets.length;
    }

    NameTarget[] targets() {
        return targets;
    }

    NameTrie trie() {
        return trie;
    }

    /** The longest, leftmost whole-word name matches in {@code folded}, in text order. */
    public List<NameHit> find(String folded) {
        return find(folded, hit -> true);
    }

    /**
     * As {@link #find(String)}, but a hit the caller would reject takes no room: « la passe de
     * Khyber » must not lose its feature to the lower-case town name « La Passe » that starts earlier.
     */
    public List<NameHit> find(String folded, Predicate<NameHit> acceptable) {
        List<NameHit> all = new ArrayList<>();
        trie.parseText(folded, (begin, end, index) -> {
            if (isWordBoundary(folded, begin - 1) && isWordBoundary(folded, end)) {
                all.add(new NameHit(begin, end, targets[index]));
            }
        });
        all.sort(Comparator.comparingInt(NameHit::begin).thenComparing(Comparator.comparingInt(NameHit::length).reversed()));
        List<NameHit> kept = new ArrayList<>();
        int coveredTo = 0;
        for (NameHit hit : all) {
            if (hit.begin() >= coveredTo && acceptable.test(hit)) {
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
