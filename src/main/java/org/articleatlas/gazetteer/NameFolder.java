package org.articleatlas.gazetteer;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;

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
        StringBuilder out = new StringBuilder(text.length() + 16);
        Offsets offsets = new Offsets(text.length() + 16);
        boolean lastWasSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp < 0x80 && cp != '-' && !Character.isWhitespace(cp)) {
                // Most characters are plain ASCII: lower-cased in place, no string built.
                offsets.add(out.length(), i, next);
                out.append(cp >= 'A' && cp <= 'Z' ? (char) (cp + 32) : (char) cp);
                lastWasSpace = false;
                i = next;
                continue;
            }
            String replacement = foldCodePoint(cp);
            for (int k = 0; k < replacement.length(); k++) {
                char c = replacement.charAt(k);
                if (c == ' ') {
                    if (lastWasSpace) {
                        offsets.ends[out.length() - 1] = next;
                        continue;
                    }
                    lastWasSpace = true;
                } else {
                    lastWasSpace = false;
                }
                offsets.add(out.length(), i, next);
                out.append(c);
            }
            i = next;
        }
        return new FoldedText(out.toString(), java.util.Arrays.copyOf(offsets.starts, out.length()),
                java.util.Arrays.copyOf(offsets.ends, out.length()));
    }

    /** For each folded character, the original characters it came from; grows as folding lengthens text (œ → oe). */
    private static final class Offsets {
        private int[] starts;
        private int[] ends;

        Offsets(int capacity) {
            starts = new int[capacity];
            ends = new int[capacity];
        }

        void add(int position, int start, int end) {
            if (position >= starts.length) {
                starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                ends = java.util.Arrays.copyOf(ends, ends.length * 2);
            }
            starts[position] = start;
            ends[position] = end;
        }
    }

    private static String foldCodePoint(int cp) {
        if (cp < 0x80) {
            if (cp == '-' || Character.isWhitespace(cp)) {
                return " ";
            }
            return cp >= 'A' && cp <= 'Z' ? String.valueOf((char) (cp + 32)) : String.valueOf((char) cp);
        }
        switch (cp) {
            case '\u2019', '\u2018', '\u02BC', '\u00B4', '\u2032' -> {
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
