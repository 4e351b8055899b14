package org.articleatlas.geoparse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.articleatlas.gazetteer.Gazetteer;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.gazetteer.NameFolder;
import org.articleatlas.model.PlaceKind;
import org.articleatlas.model.TextSpan;

/**
 * « un barrage sur le Naryn », "barges sail down the Amur", « la rive de l'Ichim »: a town never
 * takes an article, and a word of water before it (on, along, across, banks of …) says the river
 * is meant, not the town or the region named after it. Rivers whose bare name is also a town's
 * carry only « rivière Naryn » / "Naryn River" in the gazetteer, so the bare name is looked up here
 * through each river's names without their generic word.
 */
final class RiverPhrases {

    static final String REASON = "river phrase";
    static final String LAKE_REASON = "lake phrase";

    /** The article right before the name: a town takes none. */
    private static final Set<String> ARTICLES = Set.of("the", "le", "la", "l", "du");
    /** Words that put a river after them (through the article and « de »/"of"). */
    private static final Set<String> WATER_WORDS = Set.of(
            "on", "along", "across", "cross", "crosses", "crossed", "crossing", "into", "down", "up",
            "upstream", "downstream", "bank", "banks", "mouth", "confluence", "delta", "waters", "gorge", "gorges",
            "canyon",
            "sur", "long", "traverse", "traversent", "traverser", "traversant", "franchir", "franchit", "franchissent",
            "rive", "rives", "berge", "berges", "embouchure", "amont", "aval", "bord", "bords", "eau", "eaux",
            "descendre", "descend", "descendent", "remonter", "remonte", "remontent");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(l'|le |la |the )");
    private static final Set<String> FRENCH_ARTICLES = Set.of("le", "la", "l", "du");
    private static final Set<String> APPOSITION_ARTICLES = Set.of("une", "un", "la", "le", "a", "the");
    private static final Set<String> RIVER_NOUNS = Set.of("riviere", "fleuve", "affluent", "river", "tributary");
    private static final Set<String> LINKS = Set.of("of", "the", "de", "d", "du", "des", "le", "la", "l");
    /**
     * Words that may follow a river's bare name. Anything else ("the Kabul government", « le Naryn
     * kirghize ») may make the name an adjective or part of another name, and is left to the resolver.
     */
    private static final Set<String> FOLLOWERS = Set.of(
            "and", "or", "at", "in", "on", "near", "to", "from", "into", "by", "with", "which", "where", "that",
            "as", "for", "between", "past", "is", "was", "has", "had", "would", "will", "could", "can", "may",
            "must", "should", "flows", "flowed", "floods", "flooded", "runs", "rises", "river", "itself",
            "et", "a", "au", "aux", "en", "dans", "pres", "vers", "depuis", "entre", "qui", "que", "dont",
            "ou", "est", "coule", "se", "jusqu", "jusque", "pour", "avec", "par", "fleuve", "riviere");
    /** A river's name without its generic word: « rivière Naryn », "Naryn River", « riviere de Kaboul ». */
    private static final Pattern GENERIC = Pattern.compile(
            "^(the |la |le |l')?((riviere|fleuve)( de | du | d'| ))?|( \\(?(river|riviere|fleuve)\\)?)$");

    /** A lake's name without its generic word: "Lake Kaindy", « lac de Kaïndy », "Kaindy Lake". */
    private static final Pattern LAKE_GENERIC = Pattern.compile("^(the |le |la |l')?(lake |lac (de |d'|du )?)|( lake)$");
    /** A plural noun of water shared by the names of a list: "the Chu and Talas rivers", « les lacs de Kolsaï et de Kaïndy ». */
    private static final Set<String> PLURAL_RIVER_NOUNS = Set.of("rivers", "rivieres", "fleuves");
    private static final Set<String> PLURAL_LAKE_NOUNS = Set.of("lakes", "lacs");
    /** The words that join the names of such a list. */
    private static final Set<String> LIST_LINKS = Set.of("and", "or", "et", "ou", "de", "d", "du", "des", "la", "le", "l");
    /** How many words a list may hold between its noun and a name. */
    private static final int LIST_REACH = 8;

    private final Map<String, List<GazetteerEntry>> riversByBareName = new HashMap<>();
    private final Map<String, List<GazetteerEntry>> lakesByBareName = new HashMap<>();

    RiverPhrases(Gazetteer gazetteer) {
        // One pass over the gazetteer (it holds some 140,000 entries) for both kinds of water.
        for (GazetteerEntry entry : gazetteer.entries()) {
            if (entry.place().kind() != PlaceKind.PHYSICAL) {
                continue;
            }
            if ("river".equals(entry.featureCode())) {
                indexByBareNames(entry, GENERIC, riversByBareName);
            } else if ("lake".equals(entry.featureCode())) {
                indexByBareNames(entry, LAKE_GENERIC, lakesByBareName);
            }
        }
    }

    /** Files {@code entry} under each of its names without the generic word {@code generic} matches. */
    private static void indexByBareNames(GazetteerEntry entry, Pattern generic, Map<String, List<GazetteerEntry>> index) {
        Set<String> bare = new LinkedHashSet<>();
        for (String name : entry.names()) {
            String stripped = generic.matcher(NameFolder.fold(name)).replaceAll("").trim();
            if (!stripped.isEmpty()) {
                bare.add(stripped);
            }
        }
        bare.forEach(b -> index.computeIfAbsent(b, k -> new ArrayList<>()).add(entry));
    }

    List<NameOccurrence> mark(FoldedArticle article, List<NameOccurrence> occurrences) {
        List<NameOccurrence> out = new ArrayList<>(occurrences.size());
        for (NameOccurrence o : occurrences) {
            // The words around the name first: they rule out nearly every name without building its text.
            Optional<TextSpan> cue = o.phrase().equals("name") ? riverCue(article, o) : Optional.empty();
            List<GazetteerEntry> rivers = cue.isPresent() ? riversNamed(article, o) : List.of();
            String reason = REASON;
            if (rivers.isEmpty() && o.phrase().equals("name")) {
                // "the Chu and Talas rivers": the plural noun of a list is each name's word of water.
                int noun = sharedPluralNoun(article, o);
                if (noun >= 0) {
                    boolean lakes = PLURAL_LAKE_NOUNS.contains(article.tokens().get(noun).text());
                    rivers = (lakes ? lakesByBareName : riversByBareName).getOrDefault(bareName(article, o), List.of());
                    reason = lakes ? LAKE_REASON : REASON;
                    Token t = article.tokens().get(noun);
                    cue = Optional.of(t.begin() < o.foldedBegin() ? article.originalSpan(t.begin(), o.foldedEnd())
                            : article.originalSpan(o.foldedBegin(), t.end()));
                }
            }
            if (!rivers.isEmpty() && !o.candidates().equals(rivers)) {
                List<GazetteerEntry> features = rivers;
                String text = cue.get().of(article.article().text());
                List<GazetteerEntry> others = o.candidates().stream().filter(e -> !features.contains(e)).toList();
                out.add(new NameOccurrence(o.span(), o.foldedBegin(), o.foldedEnd(), features, reason + " « " + text + " »",
                        others));
            } else {
                out.add(o);
            }
        }
        return out;
    }

    private List<GazetteerEntry> riversNamed(FoldedArticle article, NameOccurrence o) {
        return riversByBareName.getOrDefault(bareName(article, o), List.of());
    }

    private static String bareName(FoldedArticle article, NameOccurrence o) {
        String name = new String(article.foldedChars(), o.foldedBegin(), o.foldedEnd() - o.foldedBegin());
        return LEADING_ARTICLE.matcher(name).replaceFirst("");
    }

    /**
     * The token of the plural noun of water a list of names shares, or -1: after the names in English
     * ("the Chu and Talas rivers", "the Kolsai and Kaindy lakes"), before them in French (« les rivières
     * Tchou et Talas », « les lacs de Kolsaï et de Kaïndy ») and in "Lakes Issyk-Kul and Song-Kul". The
     * words between are the list's names (capitalised) and the words that join them, in one sentence.
     */
    private static int sharedPluralNoun(FoldedArticle article, NameOccurrence o) {
        List<Token> tokens = article.tokens();
        int after = article.tokenAt(o.foldedEnd());
        for (int i = after; i < tokens.size() && i < after + LIST_REACH; i++) {
            if (!listGap(article, tokens.get(i - 1).end(), tokens.get(i).begin())) {
                break;
            }
            String w = tokens.get(i).text();
            if (PLURAL_RIVER_NOUNS.contains(w) || PLURAL_LAKE_NOUNS.contains(w)) {
                return w.equals("lakes") || w.equals("rivers") ? i : -1;
            }
            if (!LIST_LINKS.contains(w) && !capitalised(article, tokens.get(i))) {
                break;
            }
        }
        int first = article.tokenAt(o.foldedBegin());
        for (int i = first - 1; i >= 0 && i >= first - LIST_REACH; i--) {
            if (!listGap(article, tokens.get(i).end(), tokens.get(i + 1).begin())) {
                break;
            }
            String w = tokens.get(i).text();
            if (PLURAL_RIVER_NOUNS.contains(w) || PLURAL_LAKE_NOUNS.contains(w)) {
                return i;
            }
            if (!LIST_LINKS.contains(w) && !capitalised(article, tokens.get(i))) {
                break;
            }
        }
        return -1;
    }

    /** Whether the characters between two words of a list are only spaces, commas and apostrophes. */
    private static boolean listGap(FoldedArticle article, int from, int to) {
        char[] chars = article.foldedChars();
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c != ' ' && c != ',' && c != '\'') {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalised(FoldedArticle article, Token token) {
        int at = article.originalSpan(token.begin(), token.end()).start();
        return Character.isUpperCase(article.article().text().charAt(at));
    }

    /** The words that make the name a river's, from the first to the last (the name among them), if any. */
    private static Optional<TextSpan> riverCue(FoldedArticle article, NameOccurrence o) {
        List<Token> tokens = article.tokens();
        int water = riverWordAt(article, o);
        if (water >= 0 && endsTheNounPhrase(article, o)) {
            return Optional.of(article.originalSpan(tokens.get(water).begin(), o.foldedEnd()));
        }
        if (frenchArticleBeforeATown(article, o)) {
            return Optional.of(article.originalSpan(tokens.get(article.tokenAt(o.foldedBegin()) - 1).begin(), o.foldedEnd()));
        }
        if (calledARiverRightAfter(article, o)) {
            return Optional.of(article.originalSpan(o.foldedBegin(), tokens.get(article.tokenAt(o.foldedEnd()) + 1).end()));
        }
        return Optional.empty();
    }

    /**
     * « Le Naryn ne connaît pas les frontières »: French gives a town no article, so an article before
     * a name whose only other readings are towns is the river's. Regions (« le Helmand », the province)
     * and mountains (« dans l'Oural ») take one too: with such a reading the word of water must say it.
     */
    private static boolean frenchArticleBeforeATown(FoldedArticle article, NameOccurrence o) {
        List<Token> tokens = article.tokens();
        int first = article.tokenAt(o.foldedBegin());
        return first >= 1 && FRENCH_ARTICLES.contains(tokens.get(first - 1).text())
                && !o.candidates().isEmpty()
                && o.candidates().stream().allMatch(e -> e.place().kind() == PlaceKind.CITY);
    }

    /** « les apports de l'Ili, une rivière qui … », "the Ishim, a tributary of the Irtysh". */
    private static boolean calledARiverRightAfter(FoldedArticle article, NameOccurrence o) {
        List<Token> tokens = article.tokens();
        int after = article.tokenAt(o.foldedEnd());
        if (after + 1 >= tokens.size()) {
            return false;
        }
        // Read in the folded characters, not from a copy: this is asked of most names the other cues leave.
        char[] chars = article.foldedChars();
        int end = o.foldedEnd();
        boolean comma = tokens.get(after).begin() == end + 2 && chars[end] == ',' && chars[end + 1] == ' ';
        return comma && APPOSITION_ARTICLES.contains(tokens.get(after).text())
                && RIVER_NOUNS.contains(tokens.get(after + 1).text());
    }

    /** The token of the water word before the name's article, or -1. */
    private static int riverWordAt(FoldedArticle article, NameOccurrence o) {
        List<Token> tokens = article.tokens();
        int first = article.tokenAt(o.foldedBegin());
        // Some names hold their article (« l'Oural », the mountains' French name): it is the one looked for.
        int articleAt = tokens.get(first).end() < o.foldedEnd() && ARTICLES.contains(tokens.get(first).text()) ? first
                : first - 1;
        if (articleAt < 1 || !ARTICLES.contains(tokens.get(articleAt).text())) {
            return -1;
        }
        return article.markerIndexBefore(articleAt, WATER_WORDS, LINKS, 3);
    }

    /** The name ends the sentence or a clause, or a word of {@link #FOLLOWERS} follows it. */
    private static boolean endsTheNounPhrase(FoldedArticle article, NameOccurrence o) {
        List<Token> tokens = article.tokens();
        int after = article.tokenAt(o.foldedEnd());
        if (after >= tokens.size()) {
            return true;
        }
        char[] chars = article.foldedChars();
        for (int i = o.foldedEnd(); i < tokens.get(after).begin(); i++) {
            if (chars[i] != ' ') {
                return true;
            }
        }
        return FOLLOWERS.contains(tokens.get(after).text());
    }
}
