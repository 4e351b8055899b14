package org.articleatlas.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.articleatlas.gazetteer.Gazetteer;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.gazetteer.NameHit;
import org.articleatlas.model.PlaceKind;
import org.articleatlas.model.TextSpan;

/**
 * Finds the gazetteer names in an article: the longest whole-word matches over folded text,
 * kept only when written as a name is written (capitalised) and not part of a person's name
 * or of an organisation's (the gazetteer's list of names that are not places).
 */
final class MentionFinder {

    /** Words that begin place names, so a capitalised word before a name does not make it a person's. */
    private static final Set<String> PLACE_PREFIXES = Set.of("saint", "sainte", "san", "santa", "sao", "new", "nouvelle",
            "nouveau", "port", "fort", "mont", "mount", "lake", "lac", "cape", "cap", "ust", "nizhny", "nijni",
            "novo", "north", "south", "east", "west", "nord", "sud", "upper", "lower", "haute", "haut", "grand",
            "great", "little", "petit", "petite", "el", "al", "la", "le", "los", "las", "gorno", "bay", "baie",
            "golfe", "gulf", "mer", "sea", "rio", "isla", "ile", "isle", "republic", "republique", "region");
    /** Titles before a person's name: « le président Trump », "Mr. Bush". */
    private static final Set<String> PERSON_TITLES = Set.of("president", "presidente", "m", "mme", "mr", "mrs", "ms",
            "dr", "general", "gen", "gal", "colonel", "col", "ministre", "minister", "senator", "senateur", "senatrice",
            "sen", "rep", "gov", "governor", "gouverneur", "pm", "premier", "chancelier", "chancellor", "secretaire",
            "secretary", "directeur", "director", "ambassadeur", "ambassador", "king", "roi", "reine", "queen",
            "prince", "pape", "pope", "admiral", "amiral", "lieutenant", "capitaine", "captain", "sergent", "sergeant",
            "homologue", "counterpart");

    private final Gazetteer gazetteer;

    MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<NameOccurrence> find(FoldedArticle article) {
        String text = article.article().text();
        List<NameOccurrence> out = new ArrayList<>();
        for (NameHit hit : gazetteer.names().find(article.folded().folded())) {
            if (hit.target().notAPlace()) {
                continue;
            }
            TextSpan span = article.originalSpan(hit.begin(), hit.end());
            List<GazetteerEntry> candidates = hit.target().entries();
            if (!writtenAsAName(span.of(text)) && !(onlySites(candidates) && hasCapital(span.of(text)))) {
                continue;
            }
            if (onlySettlements(candidates) && looksLikePersonName(article, hit, span)) {
                continue;
            }
            out.add(new NameOccurrence(span, hit.begin(), hit.end(), candidates, "name"));
        }
        return out;
    }

    /** « Nice » the city, « nice » not: a name starts with a capital letter (or a digit, for a few). */
    private static boolean writtenAsAName(String surface) {
        int first = surface.codePointAt(0);
        return !Character.isLetter(first) || Character.isUpperCase(first) || Character.isTitleCase(first);
    }

    /** « cathédrale de Kazan »: a site's name may start in lower case, but names something capitalised. */
    private static boolean onlySites(List<GazetteerEntry> candidates) {
        return candidates.stream().allMatch(e -> e.place().kind() == PlaceKind.LANDMARK
                || e.place().kind() == PlaceKind.BASE || e.place().kind() == PlaceKind.PHYSICAL);
    }

    private static boolean hasCapital(String surface) {
        return surface.codePoints().anyMatch(Character::isUpperCase);
    }

    private static boolean onlySettlements(List<GazetteerEntry> candidates) {
        return candidates.stream().allMatch(e -> e.place().kind() == PlaceKind.CITY || e.place().kind() == PlaceKind.STATE);
    }

    /**
     * « Joe Biden », « le président Trump », « Ahmed Shah Massoud »: a settlement-only name right
     * after a title or after a capitalised word that is not a place prefix nor the start of a sentence.
     */
    private static boolean looksLikePersonName(FoldedArticle article, NameHit hit, TextSpan span) {
        int index = article.tokenAt(hit.begin());
        if (index == 0) {
            return false;
        }
        Token previous = article.tokens().get(index - 1);
        String text = article.article().text();
        TextSpan previousSpan = article.originalSpan(previous.begin(), previous.end());
        String between = text.substring(previousSpan.end(), span.start());
        if (!between.isBlank()) {
            // A comma, an apostrophe or a full stop between them: not one name.
            return PERSON_TITLES.contains(previous.text()) && between.strip().equals(".");
        }
        if (PERSON_TITLES.contains(previous.text())) {
            return true;
        }
        String previousSurface = previousSpan.of(text);
        boolean capitalised = Character.isUpperCase(previousSurface.codePointAt(0));
        boolean sentenceStart = article.article().sentenceAt(previousSpan.start())
                .map(s -> s.start() == previousSpan.start()).orElse(true);
        return capitalised && !sentenceStart && !PLACE_PREFIXES.contains(previous.text())
                && previousSurface.length() > 1;
    }
}
