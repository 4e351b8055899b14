package org.articleatlas.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.gazetteer.NameFolder;
import org.articleatlas.model.PlaceKind;

/**
 * « la région d'Irkoutsk », « l'oblast de Tver », "Irkutsk Oblast", "the Kursk region": when the
 * text calls a name a region, the first-level region of that name is meant, not its town. When
 * two regions share the name (the Altai Republic and the Altai Krai, Russia's Altai), the kind the
 * text gives (« la république de l'Altaï », "the Altai Krai") tells them apart.
 */
final class RegionPhrases {

    private static final Set<String> BEFORE = Set.of("region", "oblast", "province", "republique", "territoire",
            "kraï", "krai", "gouvernorat", "etat", "canton", "district", "comte", "regions", "provinces", "okroug",
            "okrug");
    private static final Set<String> AFTER = Set.of("oblast", "region", "province", "republic", "krai", "kray", "state",
            "governorate", "canton", "district", "county", "territory", "okrug");
    /** Kind words that may name the regions of a country rather than the regions named (« les régions de Koursk et Belgorod »). */
    private static final Set<String> PLURALS = Set.of("regions", "provinces");
    /** "the Tibet Autonomous Region", « la république autonome du Nakhitchevan »: a kind word's own qualifier. */
    private static final Set<String> AUTONOMOUS = Set.of("autonomous", "autonome");
    /**
     * « dix régions, dont celle d'Aktobe »: « celle de » stands for the region just named; « l' » is the
     * article of names that take one (« la république de l'Altaï », « la province de l'Helmand »).
     */
    private static final Set<String> LINKS = Set.of("de", "d", "du", "l", "of", "the", "celle", "celles", "dont",
            "autonome", "autonomous", "des");
    /** Kind words that name one kind of region, and the stems the names of regions of that kind hold. */
    private static final Map<String, List<String>> KIND_STEMS = Map.of(
            "republique", List.of("republi"), "republic", List.of("republi"),
            "krai", List.of("krai", "kray", "territor"), "kray", List.of("krai", "kray", "territor"),
            "kraï", List.of("krai", "kray", "territor"),
            "oblast", List.of("oblast", "oblys"));

    List<NameOccurrence> mark(FoldedArticle article, List<NameOccurrence> occurrences) {
        List<NameOccurrence> out = new ArrayList<>(occurrences.size());
        for (NameOccurrence o : occurrences) {
            boolean hasState = o.candidates().stream().anyMatch(e -> e.place().kind() == PlaceKind.STATE);
            Optional<String> kind = hasState && o.phrase().equals("name") ? regionWord(article, o) : Optional.empty();
            if (kind.isPresent() && PLURALS.contains(kind.get())
                    && o.candidates().stream().anyMatch(e -> e.place().kind() == PlaceKind.COUNTRY)) {
                // "the breakaway regions of Georgia": a country's regions, not regions called Georgia.
                kind = Optional.empty();
            }
            if (kind.isPresent()) {
                out.add(new NameOccurrence(o.span(), o.foldedBegin(), o.foldedEnd(), ofKind(o.candidates(), kind.get()),
                        PlaceResolver.REGION_PHRASE, o.displaced()));
            } else {
                out.add(o);
            }
        }
        return out;
    }

    /** The word by which the text calls the name a region, if it does. */
    private static Optional<String> regionWord(FoldedArticle article, NameOccurrence o) {
        return kindInsideTheName(article, o).or(() -> article.wordAfter(o.foldedEnd(), AFTER))
                .or(() -> kindAfterAutonomous(article, o))
                .or(() -> article.markerBefore(article.tokenAt(o.foldedBegin()), BEFORE, LINKS, 4));
    }

    /** "Tibet Autonomous Region", « République de Bachkirie »: the name as found holds its kind word. */
    private static Optional<String> kindInsideTheName(FoldedArticle article, NameOccurrence o) {
        int first = article.tokenAt(o.foldedBegin());
        int last = article.tokenAt(o.foldedEnd()) - 1;
        if (last <= first) {
            return Optional.empty();
        }
        List<Token> tokens = article.tokens();
        if (AFTER.contains(tokens.get(last).text())) {
            return Optional.of(tokens.get(last).text());
        }
        return BEFORE.contains(tokens.get(first).text()) ? Optional.of(tokens.get(first).text()) : Optional.empty();
    }

    private static Optional<String> kindAfterAutonomous(FoldedArticle article, NameOccurrence o) {
        int next = article.tokenAt(o.foldedEnd());
        List<Token> tokens = article.tokens();
        if (next + 1 < tokens.size() && AUTONOMOUS.contains(tokens.get(next).text())
                && AFTER.contains(tokens.get(next + 1).text())) {
            return Optional.of(tokens.get(next + 1).text());
        }
        return Optional.empty();
    }

    /**
     * Leaves out the regions of another kind than {@code word} says, when a region of that kind is
     * among the candidates: « république de l'Altaï » is not the Altai Krai. Other readings stay.
     */
    private static List<GazetteerEntry> ofKind(List<GazetteerEntry> candidates, String word) {
        List<String> stems = KIND_STEMS.get(word);
        if (stems == null) {
            return candidates;
        }
        List<GazetteerEntry> states = candidates.stream().filter(e -> e.place().kind() == PlaceKind.STATE).toList();
        List<GazetteerEntry> ofKind = states.stream().filter(e -> hasStem(e, stems)).toList();
        if (ofKind.isEmpty() || ofKind.size() == states.size()) {
            return candidates;
        }
        return candidates.stream().filter(e -> e.place().kind() != PlaceKind.STATE || ofKind.contains(e)).toList();
    }

    private static boolean hasStem(GazetteerEntry e, List<String> stems) {
        return e.names().stream().map(NameFolder::fold).anyMatch(n -> stems.stream().anyMatch(n::contains));
    }
}
