package org.articleatlas.geoparse;

import java.util.List;
import java.util.Set;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.model.MentionUse;
import org.articleatlas.model.PlaceKind;

/**
 * Marks a mention metonymic when the text makes it clear that the name stands for a government
 * or its people: a country, a capital or a seat of power that speaks or acts (« le Kremlin a
 * annoncé », « Washington et Moscou travaillent ensemble »), or whose words or views are meant
 * (« l'annonce du Kremlin », « la perception de Moscou »). Otherwise the use is literal.
 */
final class UseClassifier {

    /** Beginnings of verbs of speaking, deciding and acting, in French and English. */
    private static final List<String> AGENT_VERB_STEMS = List.of("annonc", "affirm", "declar", "travaill", "accus",
            "estim", "refus", "souhait", "veut", "veul", "voul", "consider", "pens", "croi", "soutien", "menac",
            "demand", "exig", "condamn", "reconn", "propos", "negoci", "sign", "repond", "reag", "partag", "qualifi",
            "craint", "jug", "prevoi", "insist", "nie", "dement", "averti", "said", "say", "announc", "claim", "want",
            "believ", "warn", "insist", "deni", "agree", "reject", "threat", "condemn", "urg", "offer", "respond",
            "react", "negotiat", "shar", "stat", "told", "tell", "vow", "pledg", "pourr", "peut", "peuvent", "doit",
            "doiv", "devr", "could", "can", "may", "might", "should", "must");
    private static final Set<String> SKIPPABLE = Set.of("a", "avait", "aurait", "ont", "avaient", "n", "ne", "se", "s",
            "lui", "leur", "y", "en", "et", "and", "has", "had", "have", "will", "would", "also", "aussi", "deja",
            "already", "not", "pas", "is", "was", "were", "are", "been", "est", "sont");
    /** Nouns of speech and view before « du/de X »: « l'annonce du Kremlin ». */
    private static final Set<String> VIEW_NOUNS = Set.of("annonce", "communique", "declaration", "declarations",
            "perception", "position", "positions", "lutte", "reponse", "decision", "strategie", "politique",
            "diplomatie", "proposition", "offre", "refus", "accusation", "accusations", "statement", "announcement",
            "response", "strategy", "policy", "diplomacy", "proposal", "offer", "view", "views",
            "stance", "claims", "demands", "exigences", "intentions", "ambitions");
    private static final Set<String> OF_WORDS = Set.of("du", "de", "d", "of", "la", "le", "l", "des");
    private static final int LOOK_AHEAD = 4;

    MentionUse classify(FoldedArticle article, NameOccurrence occurrence, GazetteerEntry entry) {
        if (!canStandForAGovernment(entry)) {
            return MentionUse.LITERAL;
        }
        List<Token> tokens = article.tokens();
        int first = article.tokenAt(occurrence.foldedBegin());
        int after = article.tokenAt(occurrence.foldedEnd());
        if (speaksOrActs(tokens, after) || article.precededBy(first, VIEW_NOUNS, OF_WORDS, 3)) {
            return MentionUse.METONYMIC;
        }
        return MentionUse.LITERAL;
    }

    private static boolean canStandForAGovernment(GazetteerEntry e) {
        PlaceKind kind = e.place().kind();
        if (kind == PlaceKind.COUNTRY) {
            return true;
        }
        if (kind == PlaceKind.CITY) {
            return e.isCapital();
        }
        if (kind == PlaceKind.LANDMARK) {
            // The answer depends on the landmark's name alone: worked out once per name, not once per mention.
            return SEATS_OF_POWER.computeIfAbsent(e.place().name(), placeName -> {
                String name = placeName.toLowerCase(java.util.Locale.ROOT);
                return name.contains("kremlin") || name.contains("white house") || name.contains("pentagon")
                        || name.contains("elysee") || name.contains("élysée") || name.contains("downing street");
            });
        }
        return false;
    }

    /** Whether each landmark name met so far is a seat of power's. */
    private static final java.util.Map<String, Boolean> SEATS_OF_POWER = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The stems by their first letter: a word is compared with the few stems that start like it
     * rather than with all of them, since this runs for every word after every name.
     */
    private static final String[][] STEMS_BY_FIRST_CHAR = byFirstChar(AGENT_VERB_STEMS);

    private static String[][] byFirstChar(List<String> stems) {
        java.util.Map<Character, List<String>> groups = new java.util.HashMap<>();
        int size = 1;
        for (String stem : stems) {
            groups.computeIfAbsent(stem.charAt(0), c -> new java.util.ArrayList<>()).add(stem);
            size = Math.max(size, stem.charAt(0) + 1);
        }
        String[][] table = new String[size][];
        for (int c = 0; c < size; c++) {
            table[c] = groups.getOrDefault((char) c, List.of()).toArray(String[]::new);
        }
        return table;
    }

    private static boolean startsWithAStem(String word) {
        char first = word.charAt(0);
        if (first >= STEMS_BY_FIRST_CHAR.length) {
            return false;
        }
        for (String stem : STEMS_BY_FIRST_CHAR[first]) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean speaksOrActs(List<Token> tokens, int from) {
        int seen = 0;
        for (int i = from; i < tokens.size() && seen < LOOK_AHEAD; i++) {
            String word = tokens.get(i).text();
            if (startsWithAStem(word)) {
                return true;
            }
            if (!SKIPPABLE.contains(word)) {
                seen++;
            }
        }
        return false;
    }
}
