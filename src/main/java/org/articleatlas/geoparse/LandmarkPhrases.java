package org.articleatlas.geoparse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.articleatlas.gazetteer.Gazetteer;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.gazetteer.NameFolder;
import org.articleatlas.model.PlaceKind;
import org.articleatlas.model.TextSpan;

/**
 * Landmarks named the way writers name them, not the way the gazetteer spells them: « la
 * cathédrale historique de Kazan » for « cathédrale de Kazan ». From each landmark name of the
 * form « head … Key » the head word and the key are learnt; a key found in a text with the head
 * word a few words before it names the landmark, not the place called Key.
 */
final class LandmarkPhrases {

    /** How many words may stand between the head and the key (« cathédrale historique de »). */
    private static final int WINDOW = 5;
    private static final Set<String> FUNCTION_WORDS = Set.of("de", "du", "des", "d", "la", "le", "les", "l", "of",
            "the", "a", "an", "en", "in", "at", "au", "aux");

    private record Pattern(GazetteerEntry landmark, String head) {
    }

    /**
     * A landmark phrase found around a name.
     *
     * @param locative the phrase says where the landmark is (« à Crawford », « dans la ville de Beslan »)
     *                 rather than what it is named after, so the name is also a place of its own
     */
    record Match(NameOccurrence phrase, boolean locative) {
    }

    /** Words that place something rather than name it. */
    private static final Set<String> LOCATIVES = Set.of("a", "dans", "pres", "en", "at", "in", "near", "outside",
            "ville", "city", "town", "village");

    private final Map<String, List<Pattern>> byKey = new HashMap<>();

    LandmarkPhrases(Gazetteer gazetteer) {
        for (GazetteerEntry entry : gazetteer.entries()) {
            PlaceKind kind = entry.place().kind();
            if (kind != PlaceKind.LANDMARK && kind != PlaceKind.BASE) {
                continue;
            }
            for (String name : entry.names()) {
                learn(entry, name);
            }
        }
        // A landmark is named after a town or a person, never after a country or a region: « base russe au
        // Tadjikistan » describes a base, and must leave « les bases russes du Tadjikistan » to the base phrases.
        byKey.keySet().removeIf(key -> gazetteer.names().find(key).stream()
                .flatMap(hit -> hit.target().entries().stream())
                .anyMatch(e -> e.place().kind() == PlaceKind.COUNTRY || e.place().kind() == PlaceKind.REGION));
    }

    private void learn(GazetteerEntry entry, String name) {
        String[] words = name.strip().split("[\\s\\-\u2010\u2011]+");
        int keyStart = words.length;
        while (keyStart > 0 && startsUpper(words[keyStart - 1])) {
            keyStart--;
        }
        if (keyStart == 0 || keyStart == words.length) {
            return;
        }
        String head = NameFolder.fold(words[0]);
        if (FUNCTION_WORDS.contains(head) || head.length() < 3) {
            return;
        }
        String key = NameFolder.fold(String.join(" ", java.util.Arrays.copyOfRange(words, keyStart, words.length)));
        List<Pattern> patterns = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (patterns.stream().noneMatch(p -> p.landmark() == entry && p.head().equals(head))) {
            patterns.add(new Pattern(entry, head));
        }
    }

    private static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** The landmark phrase around {@code occurrence}, when its head word stands just before it in the same sentence. */
    Optional<Match> around(FoldedArticle article, NameOccurrence occurrence) {
        String key = article.folded().substring(occurrence.foldedBegin(), occurrence.foldedEnd());
        List<Pattern> patterns = byKey.get(key);
        if (patterns == null) {
            return Optional.empty();
        }
        int keyToken = article.tokenAt(occurrence.foldedBegin());
        Optional<TextSpan> sentence = article.article().sentenceAt(occurrence.span().start());
        for (int i = keyToken - 1; i >= Math.max(0, keyToken - 1 - WINDOW); i--) {
            Token token = article.tokens().get(i);
            TextSpan tokenSpan = article.originalSpan(token.begin(), token.end());
            if (sentence.isPresent() && !sentence.get().contains(tokenSpan.start())) {
                break;
            }
            for (Pattern p : patterns) {
                if (token.text().equals(p.head()) || token.text().equals(p.head() + "s")) {
                    TextSpan span = new TextSpan(tokenSpan.start(), occurrence.span().end());
                    boolean locative = false;
                    for (int k = i + 1; k < keyToken; k++) {
                        locative |= LOCATIVES.contains(article.tokens().get(k).text());
                    }
                    NameOccurrence phrase = new NameOccurrence(span, token.begin(), occurrence.foldedEnd(),
                            List.of(p.landmark()), "landmark phrase « " + span.of(article.article().text()) + " »");
                    return Optional.of(new Match(phrase, locative));
                }
            }
        }
        return Optional.empty();
    }
}
