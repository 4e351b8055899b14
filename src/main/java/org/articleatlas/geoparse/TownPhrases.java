package org.articleatlas.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.articleatlas.model.PlaceKind;

/**
 * « le village d'Ichmourzino », « la ville voisine de Khodjeyli », "the small town of Stanley",
 * « l'ancien port de Moynak »: when the text calls a name a town or a village, its reading as a
 * town is meant, and a small one is worth reporting even with nothing else for it.
 */
final class TownPhrases {

    private static final Set<String> BEFORE = Set.of("village", "villages", "ville", "villes", "bourg", "bourgade",
            "localite", "hameau", "commune", "town", "towns", "city", "hamlet", "settlement", "township", "port");
    /** Words that may stand between the noun and the name: « village natal de », "small town of". */
    private static final Set<String> LINKS = Set.of("de", "d", "du", "of", "the", "natal", "natale", "voisin", "voisine",
            "small", "petit", "petite", "ancien", "ancienne", "old", "former", "nearby", "frontalier", "frontaliere",
            "border", "mining", "minier", "miniere");

    List<NameOccurrence> mark(FoldedArticle article, List<NameOccurrence> occurrences) {
        List<NameOccurrence> out = new ArrayList<>(occurrences.size());
        for (NameOccurrence o : occurrences) {
            boolean hasTown = o.candidates().stream().anyMatch(e -> e.place().kind() == PlaceKind.CITY);
            if (hasTown && o.phrase().equals("name")
                    && article.precededBy(article.tokenAt(o.foldedBegin()), BEFORE, LINKS, 4)) {
                out.add(new NameOccurrence(o.span(), o.foldedBegin(), o.foldedEnd(), o.candidates(),
                        PlaceResolver.TOWN_PHRASE, o.displaced()));
            } else {
                out.add(o);
            }
        }
        return out;
    }
}
