package org.articleatlas.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.articleatlas.gazetteer.Gazetteer;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.model.PlaceKind;
import org.articleatlas.model.TextSpan;

/**
 * « les bases russes du Tadjikistan et du Kirghizistan », "Russian bases in Central Asia": a
 * phrase that names a country's or a region's bases of one nation without naming the bases
 * names each of the gazetteer's active bases that match.
 */
final class BasePhrases {

    private static final Set<String> BASE_WORDS = Set.of("base", "bases");
    private static final Map<String, String> NATIONALITIES = Map.ofEntries(
            Map.entry("russe", "russia"), Map.entry("russes", "russia"), Map.entry("russian", "russia"),
            Map.entry("americaine", "united states"), Map.entry("americaines", "united states"),
            Map.entry("americain", "united states"), Map.entry("americains", "united states"),
            Map.entry("american", "united states"), Map.entry("us", "united states"));
    private static final Set<String> CONNECTORS = Set.of("du", "de", "des", "d", "en", "au", "aux", "in", "of", "the",
            "et", "and", "l", "la", "le", "les", "militaire", "militaires", "military", "air", "aeriennes",
            "aerienne", "situees", "located", "ou", "or");
    private static final int WINDOW = 12;

    private final List<GazetteerEntry> bases;

    BasePhrases(Gazetteer gazetteer) {
        bases = gazetteer.entries().stream()
                .filter(e -> e.place().kind() == PlaceKind.BASE && e.active() && e.operator().isPresent())
                .toList();
    }

    /** Most words of an article are passed over on their first letter. */
    private static final WordStarts BASE_WORD_STARTS = new WordStarts(BASE_WORDS);

    /**
     * @param areas occurrences already resolved to countries or regions, in text order
     */
    List<NameOccurrence> find(FoldedArticle article, List<ResolvedArea> areas) {
        List<NameOccurrence> out = new ArrayList<>();
        List<Token> tokens = article.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!BASE_WORD_STARTS.mayStart(tokens.get(i)) || !BASE_WORDS.contains(tokens.get(i).text())) {
                continue;
            }
            Optional<String> nation = nationalityNear(tokens, i);
            if (nation.isEmpty()) {
                continue;
            }
            int last = i;
            for (int j = i + 1; j < Math.min(tokens.size(), i + WINDOW); j++) {
                Token t = tokens.get(j);
                Optional<ResolvedArea> area = areaStartingAt(areas, t.begin());
                if (area.isPresent()) {
                    ResolvedArea a = area.get();
                    TextSpan span = new TextSpan(article.originalSpan(tokens.get(i).begin(), tokens.get(i).end()).start(),
                            a.occurrence().span().end());
                    for (GazetteerEntry base : matching(nation.get(), a.countries())) {
                        out.add(new NameOccurrence(span, tokens.get(i).begin(), a.occurrence().foldedEnd(), List.of(base),
                                "bases of « " + span.of(article.article().text()) + " »"));
                    }
                    j = article.tokenAt(a.occurrence().foldedEnd()) - 1;
                    last = j;
                } else if (!CONNECTORS.contains(t.text()) && !NATIONALITIES.containsKey(t.text())) {
                    break;
                }
            }
            i = Math.max(i, last);
        }
        return out;
    }

    private static Optional<String> nationalityNear(List<Token> tokens, int baseIndex) {
        for (int k = Math.max(0, baseIndex - 2); k <= Math.min(tokens.size() - 1, baseIndex + 3); k++) {
            String nation = NATIONALITIES.get(tokens.get(k).text());
            if (nation != null) {
                return Optional.of(nation);
            }
        }
        return Optional.empty();
    }

    private static Optional<ResolvedArea> areaStartingAt(List<ResolvedArea> areas, int foldedBegin) {
        return areas.stream().filter(a -> a.occurrence().foldedBegin() == foldedBegin).findFirst();
    }

    private List<GazetteerEntry> matching(String nation, List<String> countries) {
        return bases.stream()
                .filter(b -> b.place().country().map(countries::contains).orElse(false))
                .filter(b -> b.operator().orElse("").toLowerCase(Locale.ROOT).contains(nation))
                .toList();
    }

    /** A country or region occurrence and the countries it covers. */
    record ResolvedArea(NameOccurrence occurrence, List<String> countries) {
    }
}
