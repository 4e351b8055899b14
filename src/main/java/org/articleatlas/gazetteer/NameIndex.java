package org.articleatlas.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
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
    private final int longestName;

    NameIndex(Map<String, NameTarget> byFoldedName) {
        String[] keys = byFoldedName.keySet().toArray(String[]::new);
        Arrays.sort(keys);
        targets = new NameTarget[keys.length];
        for (int i = 0; i < keys.length; i++) {
            targets[i] = byFoldedName.get(keys[i]);
        }
        trie = NameTrie.build(keys);
        longestName = trie.longestName();
    }

    /** @param sortedTargets what each name of {@code trie} stands for, at the index the trie gives the name */
    NameIndex(NameTarget[] sortedTargets, NameTrie trie) {
        this.targets = sortedTargets;
        this.trie = trie;
        this.longestName = trie.longestName();
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
        return find(folded.toCharArray(), acceptable);
    }

    /**
     * As {@link #find(String, Predicate)}, on folded text already in an array.
     *
     * <p>Names are matched whole words only, so the automaton is walked from each word start
     * alone, along its goto function, rather than over every character with its failure links
     * (the library's {@code parseText}): the same hits, in text order, in far fewer steps, and
     * none inside a word to be thrown away.
     */
    public List<NameHit> find(char[] folded, Predicate<NameHit> acceptable) {
        List<NameHit> kept = new ArrayList<>();
        int[] found = new int[2 * longestName];
        int coveredTo = 0;
        for (int begin = 0; begin < folded.length; begin++) {
            if (begin < coveredTo || !isWordBoundary(folded, begin - 1)) {
                continue;
            }
            // The longest whole-word name that starts here and that the caller accepts covers the text to its end.
            for (int k = trie.namesStartingAt(folded, begin, found) - 1; k >= 0; k--) {
                int end = found[2 * k];
                if (isWordBoundary(folded, end)) {
                    NameHit hit = new NameHit(begin, end, targets[found[2 * k + 1]]);
                    if (acceptable.test(hit)) {
                        if (!aLongerNameFollowsTheArticle(folded, begin, end, acceptable)) {
                            kept.add(hit);
                            coveredTo = end;
                        }
                        break;
                    }
                }
            }
        }
        return kept;
    }

    /**
     * "the Gulf of Ob": a name written with its English article ("the Gulf", the Persian Gulf's short name)
     * gives way to a longer name starting right after the article, which the article belongs to.
     */
    private boolean aLongerNameFollowsTheArticle(char[] folded, int begin, int end, Predicate<NameHit> acceptable) {
        if (begin + 4 >= folded.length || folded[begin] != 't' || folded[begin + 1] != 'h' || folded[begin + 2] != 'e'
                || !isWordBoundary(folded, begin + 3)) {
            return false;
        }
        int next = begin + 3;
        while (next < end && isWordBoundary(folded, next)) {
            next++;
        }
        int[] found = new int[2 * longestName];
        for (int k = trie.namesStartingAt(folded, next, found) - 1; k >= 0; k--) {
            int otherEnd = found[2 * k];
            if (otherEnd <= end) {
                return false;
            }
            if (isWordBoundary(folded, otherEnd) && acceptable.test(new NameHit(next, otherEnd, targets[found[2 * k + 1]]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordBoundary(char[] text, int index) {
        if (index < 0 || index >= text.length) {
            return true;
        }
        char c = text[index];
        if (c < 0x80) {
            // ASCII, most of a folded text, answered without the Unicode tables.
            return !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'));
        }
        return !Character.isLetterOrDigit(c);
    }
}
