package org.articleatlas.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.articleatlas.model.PlaceKind;

/**
 * « la région d'Irkoutsk », « l'oblast de Tver », "Irkutsk Oblast", "the Kursk region": when the
 * text calls a name a region, the first-level region of that name is meant, not its town.
 */
final class RegionPhrases {

    private static final Set<String> BEFORE = Set.of("region", "oblast", "province", "republique", "territoire",
            "kraï", "krai", "gouvernorat", "etat", "canton", "district", "comte", "regions", "provinces");
    private static final Set<String> AFTER = Set.of("oblast", "region", "province", "republic", "krai", "kray", "state",
            "governorate", "canton", "district", "county", "territory");
    /** « dix régions, dont celle d'Aktobe »: « celle de » stands for the region just named. */
    private static final Set<String> LINKS = Set.of("de", "d", "du", "of", "the", "celle", "celles", "dont");

    List<NameOccurrence> mark(FoldedArticle article, List<NameOccurrence> occurrences) {
        List<NameOccurrence> out = new ArrayList<>(occurrences.size());
        for (NameOccurrence o : occurrences) {
            boolean hasState = o.candidates().stream().anyMatch(e -> e.place().kind() == PlaceKind.STATE);
            if (hasState && o.phrase().equals("name") && calledARegion(article, o)) {
                out.add(new NameOccurrence(o.span(), o.foldedBegin(), o.foldedEnd(), o.candidates(),
                        PlaceResolver.REGION_PHRASE, o.displaced()));
            } else {
                out.add(o);
            }
        }
        return out;
    }

    private static boolean calledARegion(FoldedArticle article, NameOccurrence o) {
        return article.followedBy(o.foldedEnd(), AFTER)
                || article.precededBy(article.tokenAt(o.foldedBegin()), BEFORE, LINKS, 4);
    }
}
