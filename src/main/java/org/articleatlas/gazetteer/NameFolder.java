package org.articleatlas.gazetteer;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * Folds text and names the same way so that « États-Unis », « Etats-Unis » and « ETATS UNIS »
 * meet: lower case, accents removed, ligatures spelled out (œ → oe), every apostrophe made
 * {@code '}, hyphens and dashes made spaces, runs of white space made one space.
 *
 * <p>ICU decomposes each character (the library part); the loop around it is ours because it
 * must record, for each folded character, which original characters it came from.
 */
public final class NameFolder {

    private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();

    private NameFolder() {
    }

    /** Folds a name for use as a key. */
    public static String fold(String name) {
        return foldText(name).folded().strip();
    }

    public static FoldedText foldText(String text) {
        FoldedChars folded = foldChars(text);
        return new FoldedText(new String(folded.chars()), folded.originalStart(), folded.originalEnd());
    }

    /**
     * As {@link #foldText}, the folded text left as characters: the geoparser reads an article's
     * folded text as an array, and making a string of it first (compressed to Latin-1, then
     * inflated again to read it) cost more than the automaton's walk over it.
     */
    public static FoldedChars foldChars(String text) {
        // Read from an array copied at once: reading the string's characters one by one checked
        // each index again and, in an article with any character beyond Latin-1, went through a call.
        char[] chars = text.toCharArray();
        int length = chars.length;
        char[] out = new char[length + 16];
        int[] starts = new int[out.length];
        int[] ends = new int[out.length];
        int size = 0;
        boolean lastWasSpace = false;
        for (int i = 0; i < length; ) {
            char ch = chars[i];
            if (ch == ' ' && lastWasSpace) {
                // A run of spaces folds to one, which then spans them all.
                ends[size - 1] = i + 1;
                i++;
                continue;
            }
            if (ch > ' ' ? ch < 0x80 && ch != '-' : ch == ' ' || !Character.isWhitespace(ch)) {
                // Most characters are plain ASCII, the space the commonest after the letters: lower-cased
                // in place, no string looked up. ASCII white space is all at or below the space, so above
                // it no Unicode table is asked.
                if (size == out.length) {
                    out = Arrays.copyOf(out, size * 2);
                    starts = Arrays.copyOf(starts, size * 2);
                    ends = Arrays.copyOf(ends, size * 2);
                }
                starts[size] = i;
                ends[size] = i + 1;
                out[size++] = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
                lastWasSpace = ch == ' ';
                i++;
                continue;
            }
            int cp = Character.codePointAt(chars, i);
            int next = i + Character.charCount(cp);
            String replacement = folded(cp);
            for (int k = 0; k < replacement.length(); k++) {
                char c = replacement.charAt(k);
                if (c == ' ') {
                    if (lastWasSpace) {
                        ends[size - 1] = next;
                        continue;
                    }
                    lastWasSpace = true;
                } else {
                    lastWasSpace = false;
                }
                if (size == out.length) {
                    out = Arrays.copyOf(out, size * 2);
                    starts = Arrays.copyOf(starts, size * 2);
                    ends = Arrays.copyOf(ends, size * 2);
                }
                starts[size] = i;
                ends[size] = next;
                out[size++] = c;
            }
            i = next;
        }
        return new FoldedChars(Arrays.copyOf(out, size), Arrays.copyOf(starts, size), Arrays.copyOf(ends, size));
    }

    /**
     * What each character of the Basic Multilingual Plane folds to, filled as met: an article
     * repeats its few accented letters thousands of times, and decomposing each one again cost
     * more than the rest of the folding. Two threads may fill a slot at once; both write the
     * same immutable string, so the race is harmless.
     */
    private static final String[] FOLDED_BMP = new String[Character.MAX_VALUE + 1];

    private static String folded(int cp) {
        if (cp > Character.MAX_VALUE) {
            return foldCodePoint(cp);
        }
        String known = FOLDED_BMP[cp];
        if (known == null) {
            known = foldCodePoint(cp);
            FOLDED_BMP[cp] = known;
        }
        return known;
    }

    private static String foldCodePoint(int cp) {
        if (cp < 0x80) {
            if (cp == '-' || Character.isWhitespace(cp)) {
                return " ";
            }
            return cp >= 'A' && cp <= 'Z' ? String.valueOf((char) (cp + 32)) : String.valueOf((char) cp);
        }
        switch (cp) {
            // U+02BB is the Uzbek Latin alphabet's own okina (Qoʻqon, Fargʻona); the press copies it,
            // the tables write the typewriter's or the typographer's apostrophe.
            case '\u2019', '\u2018', '\u02BC', '\u02BB', '\u00B4', '\u2032' -> {
                return "'";
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\u00A0', '\u202F', '\u2009' -> {
                return " ";
            }
            case '\u0153' , '\u0152' -> {
                return "oe";
            }
            case '\u00E6', '\u00C6' -> {
                return "ae";
            }
            case '\u00DF' -> {
                return "ss";
            }
            default -> {
                // Falls through to decomposition below.
            }
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return " ";
        }
        String decomposed = NFKD.normalize(new String(Character.toChars(cp)));
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int j = 0; j < decomposed.length(); ) {
            int d = decomposed.codePointAt(j);
            j += Character.charCount(d);
            if (UCharacter.getType(d) != UCharacter.NON_SPACING_MARK) {
                kept.appendCodePoint(UCharacter.toLowerCase(d));
            }
        }
        return kept.length() == 0 ? "" : kept.toString();
    }
}
