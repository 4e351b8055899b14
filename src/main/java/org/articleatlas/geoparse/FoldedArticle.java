package org.articleatlas.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.articleatlas.gazetteer.FoldedChars;
import org.articleatlas.gazetteer.NameFolder;
import org.articleatlas.model.Article;
import org.articleatlas.model.TextSpan;

/** An article with its folded text and folded words, built once and shared by the finders. */
final class FoldedArticle {

    private final Article article;
    private final FoldedChars folded;
    private final char[] foldedChars;
    private final List<Token> tokens;

    FoldedArticle(Article article) {
        this.article = article;
        this.folded = NameFolder.foldChars(article.text());
        this.foldedChars = folded.chars();
        this.tokens = tokenize(foldedChars);
    }

    Article article() {
        return article;
    }

    FoldedChars folded() {
        return folded;
    }

    /** The folded text's characters; not to be changed. */
    char[] foldedChars() {
        return foldedChars;
    }

    /** The article span of the folded range {@code [begin, end)}. */
    TextSpan originalSpan(int begin, int end) {
        return new TextSpan(folded.originalStartOf(begin), folded.originalEndOf(end));
    }

    /** Index of the first token that starts at or after folded offset {@code begin}. */
    int tokenAt(int begin) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).begin() < begin) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    List<Token> tokens() {
        return tokens;
    }

    /**
     * Whether one of {@code markers} stands right before token {@code first}, with at most
     * {@code reach} words between them, all of them {@code links}: « université de Chicago »,
     * « la région d'Irkoutsk », « l'annonce du Kremlin ».
     */
    boolean precededBy(int first, Set<String> markers, Set<String> links, int reach) {
        return markerBefore(first, markers, links, reach).isPresent();
    }

    /** The marker {@link #precededBy} finds (« republique » in « la république de l'Altaï »), if any. */
    Optional<String> markerBefore(int first, Set<String> markers, Set<String> links, int reach) {
        int at = markerIndexBefore(first, markers, links, reach);
        return at < 0 ? Optional.empty() : Optional.of(tokens.get(at).text());
    }

    /** The index of the token {@link #markerBefore} finds, or -1. */
    int markerIndexBefore(int first, Set<String> markers, Set<String> links, int reach) {
        for (int i = first - 1; i >= Math.max(0, first - reach); i--) {
            if (sentenceBreakBetween(tokens.get(i).end(), i + 1 < tokens.size() ? tokens.get(i + 1).begin() : foldedChars.length)) {
                // "Tsinghua University.\n\nBeijing abandoned…": a word of the sentence before is no part of the name.
                return -1;
            }
            String word = tokens.get(i).text();
            if (markers.contains(word)) {
                return i;
            }
            if (!links.contains(word)) {
                return -1;
            }
        }
        return -1;
    }

    private boolean sentenceBreakBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = foldedChars[i];
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Whether the token right after folded offset {@code end} is one of {@code words}. */
    boolean followedBy(int end, Set<String> words) {
        return wordAfter(end, words).isPresent();
    }

    /** The word of {@code words} right after folded offset {@code end}, if that is one. */
    Optional<String> wordAfter(int end, Set<String> words) {
        int after = tokenAt(end);
        return after < tokens.size() && words.contains(tokens.get(after).text()) ? Optional.of(tokens.get(after).text())
                : Optional.empty();
    }

    /** Words are letters and digits; an apostrophe ends a word (« d'Afghanistan » is « d », « afghanistan »). */
    private static List<Token> tokenize(char[] chars) {
        List<Token> out = new ArrayList<>(chars.length / 5);
        int i = 0;
        while (i < chars.length) {
            if (!isWordChar(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < chars.length && isWordChar(chars[i])) {
                i++;
            }
            out.add(new Token(chars, start, i));
        }
        return out;
    }

    /**
     * {@link Character#isLetterOrDigit(char)}, answered without the Unicode tables for ASCII, most
     * of a folded text: this runs on every character of every article.
     */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetterOrDigit(c);
    }
}
