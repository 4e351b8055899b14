package org.articleatlas.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.articleatlas.gazetteer.Gazetteer;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.gazetteer.NameFolder;
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

    /** Words that begin a sentence or a heading but never a person's name: "In Khabarovsk", « À Bichkek ». */
    private static final Set<String> FUNCTION_WORDS = Set.of("in", "at", "from", "to", "near", "of", "for", "on",
            "by", "with", "and", "or", "but", "the", "a", "an", "as", "since", "until", "into", "across", "outside",
            "inside", "via", "between", "after", "before", "during", "like", "unlike", "while", "when", "where",
            "au", "aux", "en", "de", "du", "des", "dans", "depuis", "vers", "pour", "par", "sur", "sous", "chez",
            "et", "ou", "mais", "le", "les", "l", "d", "un", "une", "entre", "avec", "selon", "comme", "apres",
            "avant", "pendant", "quand", "jusqu", "outre", "pres", "loin", "contre", "malgre", "parmi");

    /**
     * Capitalised words that continue a place's name rather than a person's (« Kazan Cathedral », "Geneva Summit",
     * "Gwadar International Airport").
     */
    private static final Set<String> PLACE_CONTINUATIONS = Set.of("cathedral", "air", "base", "airport", "aeroport",
            "university", "universite", "summit", "sommet", "oblast", "region", "province", "valley", "vallee",
            "river", "lake", "lac", "mountains", "mountain", "city", "street", "square", "palace", "station", "port",
            "bay", "gulf", "sea", "island", "islands", "district", "county", "state", "krai", "kray", "republic",
            "center", "centre", "hall", "park", "bridge", "dam", "canal", "pass", "gorge", "desert", "plateau",
            "peninsula", "strait", "declaration", "accords", "accord", "agreement", "protocol", "process",
            "conference", "format", "group", "talks", "pact", "treaty", "international", "autonomous", "autonome",
            "okrug", "prefecture", "municipality", "governorate", "territory", "federal", "raion", "rayon");
    private final Gazetteer gazetteer;

    MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<NameOccurrence> find(FoldedArticle article) {
        String text = article.article().text();
        List<NameOccurrence> out = new ArrayList<>();
        // Where the surname of a first name just dropped begins: « Gerald Ford » at a sentence's start.
        int surnameAt = -1;
        // The names the article writes as a person's, in folded text as the name index matches them: with
        // a possessive, the same name elsewhere is the person's too ("Gagarin's Start" after "Yuri
        // Gagarin"), while a town named after the person (« à Kourtchatov ») stays a town.
        Set<String> personNames = new java.util.HashSet<>();
        for (NameHit hit : gazetteer.names().find(article.foldedChars(), hit -> writtenAsAPlaceName(article, hit))) {
            if (hit.target().notAPlace()) {
                continue;
            }
            TextSpan span = article.originalSpan(hit.begin(), hit.end());
            List<GazetteerEntry> candidates = writtenAsAName(text.codePointAt(span.start())) ? hit.target().entries()
                    : sitesOrNamedInLowerCase(article, hit);
            if (abbreviationUsedAsAdjective(text, span) || namesAUnit(article, hit) || startsACompanyName(article, hit)
                    || headsAnUnknownFeature(article, hit) || WrittenForm.monthAbbreviation(text, span)
                    || WrittenForm.acronymBeforeAWord(text, span, candidates)) {
                continue;
            }
            if (onlyTowns(candidates) && WrittenForm.wordWrittenSmallerThanTheName(text, span, candidates)) {
                continue;
            }
            if (onlySettlements(candidates) && namesAFeature(article, hit, span)) {
                continue;
            }
            if (onlySettlements(candidates) && hit.begin() == surnameAt) {
                personNames.add(foldedName(article, hit));
                continue;
            }
            if (onlySettlements(candidates) && firstNameBeforeATownSurname(article, hit, span)) {
                surnameAt = article.tokens().get(article.tokenAt(hit.end())).begin();
                continue;
            }
            if (onlySettlements(candidates) && (looksLikePersonName(article, hit, span)
                    || pairedWithAPerson(article, hit, span))) {
                personNames.add(foldedName(article, hit));
                continue;
            }
            if (onlySettlements(candidates) && (looksLikeFirstName(article, hit, span)
                    || namesAnOrganisation(article, hit) || partOfALongerName(article, hit, span))) {
                continue;
            }
            out.add(new NameOccurrence(span, hit.begin(), hit.end(), ownNameFirst(article, hit, candidates), "name"));
        }
        if (!personNames.isEmpty()) {
            out.removeIf(o -> onlySettlements(o.candidates()) && smallTownsOnly(o.candidates())
                    && POSSESSIVE.matcher(text).region(o.span().end(), text.length()).lookingAt()
                    && personNames.contains(new String(article.foldedChars(), o.foldedBegin(), o.foldedEnd() - o.foldedBegin())));
        }
        return out;
    }

    /**
     * "the Gulf of Bothnia": a feature's short name written with its article ("the Gulf", the Persian Gulf) before
     * « of » and a capitalised word heads the name of another feature, one the data does not have (those it
     * has, the Gulf of Aden or of Ob, are matched whole).
     */
    private static boolean headsAnUnknownFeature(FoldedArticle article, NameHit hit) {
        List<Token> tokens = article.tokens();
        int first = article.tokenAt(hit.begin());
        // The length is compared first: this runs for every name found, and text() makes a string.
        boolean the = first < tokens.size() && tokens.get(first).begin() == hit.begin()
                && tokens.get(first).end() == hit.begin() + 3 && hit.end() > hit.begin() + 3
                && tokens.get(first).text().equals("the");
        if (!the || !hit.target().entries().stream()
                .allMatch(e -> e.place().kind() == PlaceKind.PHYSICAL)) {
            return false;
        }
        int after = article.tokenAt(hit.end());
        if (after + 1 >= tokens.size() || !tokens.get(after).text().equals("of")) {
            return false;
        }
        Token next = tokens.get(after + 1);
        return Character.isUpperCase(article.article().text().codePointAt(article.originalSpan(next.begin(), next.end()).start()));
    }

    /**
     * Two features of one name score alike: the one that goes by it comes first, so that it wins the tie
     * (« l'Oural » is the mountains' French name, and the river's only in the places around it).
     */
    private static List<GazetteerEntry> ownNameFirst(FoldedArticle article, NameHit hit, List<GazetteerEntry> candidates) {
        if (candidates.size() < 2 || !allOfKinds(candidates, FEATURES)) {
            return candidates;
        }
        String folded = new String(article.foldedChars(), hit.begin(), hit.end() - hit.begin());
        List<GazetteerEntry> own = new ArrayList<>(candidates.size());
        List<GazetteerEntry> others = new ArrayList<>(candidates.size());
        for (GazetteerEntry e : candidates) {
            boolean goesByIt = NameFolder.fold(e.place().name()).equals(folded)
                    || NameFolder.fold(e.place().nameFr()).equals(folded)
                    || NameFolder.fold("l'" + e.place().nameFr()).equals(folded);
            (goesByIt ? own : others).add(e);
        }
        own.addAll(others);
        return own;
    }

    /** "Gagarin's", "Gagarin’s". */
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['’]s\\b");

    private static String foldedName(FoldedArticle article, NameHit hit) {
        return new String(article.foldedChars(), hit.begin(), hit.end() - hit.begin());
    }

    /** Capitalised words after a name that make it a naval unit's: "Black Sea Fleet", "Pacific Fleet". */
    private static final Set<String> UNIT_AFTER = Set.of("fleet", "flotilla");
    /** Capitalised words after a name that make it a road's: "the Swat Motorway" is no valley. */
    private static final Set<String> ROAD_AFTER = Set.of("motorway", "expressway");
    /** Words before a name that make it a naval unit's: « la flotte de la mer Noire », « flottille de la Caspienne ». */
    private static final Set<String> UNIT_BEFORE = Set.of("flotte", "flottille");
    private static final Set<String> UNIT_LINKS = Set.of("de", "du", "des", "la", "l");

    /**
     * "Black Sea Fleet", « la flotte du Pacifique »: a fleet named after a sea is a unit, based
     * elsewhere (Sevastopol, Vladivostok), and readers do not take it for the sea itself; a missile
     * or a rocket named after a place is a weapon.
     */
    private static boolean namesAUnit(FoldedArticle article, NameHit hit) {
        List<Token> tokens = article.tokens();
        int after = article.tokenAt(hit.end());
        if (after < tokens.size() && (UNIT_AFTER.contains(tokens.get(after).text())
                || ROAD_AFTER.contains(tokens.get(after).text()))) {
            TextSpan next = article.originalSpan(tokens.get(after).begin(), tokens.get(after).end());
            if (Character.isUpperCase(article.article().text().charAt(next.start()))) {
                return true;
            }
        }
        if (article.followedBy(hit.end(), WEAPON_AFTER)) {
            return true;
        }
        int first = article.tokenAt(hit.begin());
        return article.precededBy(first, UNIT_BEFORE, UNIT_LINKS, 3) || rightAfterOneOf(article, first, WEAPON_BEFORE);
    }

    /**
     * Whether the word right before token {@code first} is one of {@code words}, with nothing but spaces between:
     * « … près de la rivière. Achgabat n'a pas répondu » ends one sentence with the word and starts the next
     * with the name.
     */
    private static boolean rightAfterOneOf(FoldedArticle article, int first, Set<String> words) {
        List<Token> tokens = article.tokens();
        if (first == 0 || !words.contains(tokens.get(first - 1).text())) {
            return false;
        }
        TextSpan word = article.originalSpan(tokens.get(first - 1).begin(), tokens.get(first - 1).end());
        TextSpan name = article.originalSpan(tokens.get(first).begin(), tokens.get(first).end());
        return article.article().text().substring(word.end(), name.start()).isBlank();
    }

    /** Weapons named after places: "Tomahawk missiles", "an Angara rocket", « les missiles Iskander ». */
    private static final Set<String> WEAPON_AFTER = Set.of("missile", "missiles", "rocket", "rockets");
    private static final Set<String> WEAPON_BEFORE = Set.of("missile", "missiles", "fusee", "fusees", "roquette",
            "roquettes");

    /** A town this small is no one's first guess when the same word is also a person's name. */
    private static final long SMALL_TOWN = 50_000;

    /**
     * « Gerald Ford », "Lyndon Johnson": a small town's name right before a capitalised word that
     * names towns only (no country, region or feature) is a first name before a surname; a list of
     * towns written without commas (« Moscou Washington ») names big towns, which are kept.
     */
    private boolean firstNameBeforeATownSurname(FoldedArticle article, NameHit hit, TextSpan span) {
        WordAfter after = wordAfter(article, hit, span);
        if (after == null || !after.gap().equals(" ") || PLACE_CONTINUATIONS.contains(after.token().text())
                || !after.capitalised()) {
            return false;
        }
        Token next = after.token();
        List<NameHit> surname = gazetteer.names().find(next.text());
        if (surname.isEmpty() || surname.get(0).end() != next.text().length()) {
            return false;
        }
        List<GazetteerEntry> surnameTowns = surname.get(0).target().entries();
        // A small town's name before any town's is a first name (« Gerald Ford »); so is a big town's before a
        // small one's ("Mary Collins": Mary, Turkmenistan, and a village of Mississippi), not before a big one.
        return smallTownsOnly(hit.target().entries())
                ? surnameTowns.stream().allMatch(e -> e.place().kind() == PlaceKind.CITY)
                : smallTownsOnly(surnameTowns);
    }

    private static boolean smallTownsOnly(List<GazetteerEntry> candidates) {
        return candidates.stream().allMatch(e -> e.place().kind() == PlaceKind.CITY && !e.isCapital()
                && e.population() < SMALL_TOWN);
    }

    private static final Set<String> AND = Set.of("et", "and");

    /**
     * « Vienne a accueilli Kennedy et Khrouchtchev », "Reagan and Gorbachev": a small town's name
     * joined by "and" to a capitalised word that is no place at all is a person's name, as its
     * partner is.
     */
    private boolean pairedWithAPerson(FoldedArticle article, NameHit hit, TextSpan span) {
        if (!smallTownsOnly(hit.target().entries())) {
            return false;
        }
        List<Token> tokens = article.tokens();
        int after = article.tokenAt(hit.end());
        int first = article.tokenAt(hit.begin());
        return (after + 1 < tokens.size() && AND.contains(tokens.get(after).text())
                && isUnknownCapitalised(article, tokens.get(after + 1)) && !pairIntroducedAsPlaces(article, first))
                || (first >= 2 && AND.contains(tokens.get(first - 1).text())
                && isUnknownCapitalised(article, tokens.get(first - 2)) && !pairIntroducedAsPlaces(article, first - 2));
    }

    /**
     * "villagers in Ergneti and Ditsi", « à Bumburet et Rumbur », "the valleys of Bumburet and Rumbur": a pair
     * after a preposition of place, or after a noun of places and « of », names two places, one of them
     * missing from the gazetteer, rather than two people.
     */
    private static boolean pairIntroducedAsPlaces(FoldedArticle article, int pairStart) {
        if (pairStart < 1) {
            return false;
        }
        List<Token> tokens = article.tokens();
        Token before = tokens.get(pairStart - 1);
        if (before.text().equals("a")) {
            // Folded « à », not the English article: "a Kennedy and Khrushchev summit".
            return article.originalSpan(before.begin(), before.end()).of(article.article().text()).equals("à");
        }
        if (PLACE_PREPOSITIONS.contains(before.text())) {
            return true;
        }
        return pairStart >= 2 && LINK_WORDS.contains(before.text()) && PLACES_NOUNS.contains(tokens.get(pairStart - 2).text());
    }

    /** Words that put places after them: prepositions, and verbs of going through (« ont traversé Sadda et Alizai »). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "around", "outside", "dans", "pres",
            "autour", "aux", "through", "via", "across", "traverse", "traversent", "traversant", "traverser", "traversaient",
            "traversait");
    private static final Set<String> PLACES_NOUNS = Set.of("villages", "valleys", "towns", "settlements", "districts",
            "hamlets", "communities", "vallees", "villes", "localites", "communes", "hameaux");

    /**
     * « Kara-Bulak », "Jeti-Oguz": a town's name joined by a hyphen to a capitalised word that names no
     * place is one part of a longer name the gazetteer lacks (the village of Kara-Bulak, not Kara in Togo).
     * Joined to another place's name it stays a place (« l'axe Moscou-Pékin »), and joined to a word in
     * lower case it is the town used as a word ("Moscow-based", « pro-Kaboul »).
     */
    private boolean partOfALongerName(FoldedArticle article, NameHit hit, TextSpan span) {
        // The characters around the name are read first: most names have no hyphen beside them.
        String text = article.article().text();
        int end = span.end();
        if (joinedByIzafe(text, span)) {
            return true;
        }
        if (end + 1 < text.length() && WrittenForm.isHyphen(text.charAt(end))
                && Character.isUpperCase(text.codePointAt(end + 1))) {
            return namesNoPlace(article.tokens().get(article.tokenAt(hit.end())));
        }
        int start = span.start();
        if (start >= 2 && WrittenForm.isHyphen(text.charAt(start - 1)) && Character.isLetter(text.charAt(start - 2))) {
            Token word = article.tokens().get(article.tokenAt(hit.begin()) - 1);
            return Character.isUpperCase(text.codePointAt(article.originalSpan(word.begin(), word.end()).start()))
                    && namesNoPlace(word);
        }
        return false;
    }

    /**
     * « Dara-i-Suf », "Mazar-e Sharif", "Sistan-o-Baluchestan": Persian names join their words with the izafe
     * (-i-, -e-, -ye-) or « o » (and); either word alone is no place of its own (Dara is not Daraa in Syria,
     * Suf not the Jordanian town).
     */
    private static boolean joinedByIzafe(String text, TextSpan span) {
        int end = span.end();
        if (end < text.length() && WrittenForm.isHyphen(text.charAt(end))) {
            int link = end + 1;
            int linkEnd = link;
            while (linkEnd < text.length() && linkEnd - link < 3 && Character.isLowerCase(text.charAt(linkEnd))) {
                linkEnd++;
            }
            if (IZAFE.contains(text.substring(link, linkEnd)) && linkEnd + 1 < text.length()
                    && (WrittenForm.isHyphen(text.charAt(linkEnd)) || text.charAt(linkEnd) == ' ')
                    && Character.isUpperCase(text.codePointAt(linkEnd + 1))) {
                return true;
            }
        }
        int start = span.start();
        if (start >= 3 && (WrittenForm.isHyphen(text.charAt(start - 1)) || text.charAt(start - 1) == ' ')) {
            int linkEnd = start - 1;
            int link = linkEnd;
            while (link > 0 && linkEnd - link < 3 && Character.isLowerCase(text.charAt(link - 1))) {
                link--;
            }
            return link >= 2 && IZAFE.contains(text.substring(link, linkEnd)) && WrittenForm.isHyphen(text.charAt(link - 1))
                    && Character.isLetter(text.charAt(link - 2));
        }
        return false;
    }

    private static final Set<String> IZAFE = Set.of("i", "e", "ye", "yi", "o");


    /** Whether a word of the article is no name in the gazetteer; its text is already folded. */
    private boolean namesNoPlace(Token word) {
        return gazetteer.names().find(word.text()).isEmpty();
    }

    private boolean isUnknownCapitalised(FoldedArticle article, Token token) {
        String surface = article.originalSpan(token.begin(), token.end()).of(article.article().text());
        return surface.length() > 1 && Character.isUpperCase(surface.codePointAt(0))
                && !FUNCTION_WORDS.contains(token.text()) && gazetteer.names().find(token.text()).isEmpty();
    }

    /** Checked while choosing among overlapping names, so a lower-case word cannot hide a real name behind it. */
    private static boolean writtenAsAPlaceName(FoldedArticle article, NameHit hit) {
        if (hit.target().notAPlace()) {
            return true;
        }
        // Read in the article's text rather than from a copy of the name: this runs for every name the
        // automaton finds, most of them words in lower case that no rule wants.
        String text = article.article().text();
        TextSpan span = article.originalSpan(hit.begin(), hit.end());
        // The capital inside is looked for first: most names found in lower case are words with none, and the
        // data's own spellings are compared only for the few that have one.
        return writtenAsAName(text.codePointAt(span.start()))
                || (hasCapital(text, span.start(), span.end())
                && (anySite(hit.target().entries()) || !namedInLowerCase(article, hit).isEmpty()));
    }

    /**
     * The readings whose own name starts in lower case as the text writes it (« district de Mirzo-Oulougbek »,
     * « base aérienne de Whiteman »): the data lists it so, and the capital inside it names the place.
     */
    private static List<GazetteerEntry> namedInLowerCase(FoldedArticle article, NameHit hit) {
        String folded = new String(article.foldedChars(), hit.begin(), hit.end() - hit.begin());
        List<GazetteerEntry> out = new ArrayList<>(1);
        for (GazetteerEntry e : hit.target().entries()) {
            for (String name : e.names()) {
                if (!name.isEmpty() && Character.isLowerCase(name.codePointAt(0)) && NameFolder.fold(name).equals(folded)) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The sites and features a name may mean: « la mer Rouge » is the sea, not the Louisiana village
     * of Mer Rouge that shares its name; written in lower case, only they remain candidates.
     */
    private static List<GazetteerEntry> sitesAmong(List<GazetteerEntry> candidates) {
        return onlySites(candidates) ? candidates : candidates.stream().filter(MentionFinder::isSite).toList();
    }

    /** The readings a name written in lower case keeps: sites and features, and places the data names so. */
    private static List<GazetteerEntry> sitesOrNamedInLowerCase(FoldedArticle article, NameHit hit) {
        List<GazetteerEntry> sites = sitesAmong(hit.target().entries());
        List<GazetteerEntry> lower = namedInLowerCase(article, hit);
        if (lower.isEmpty()) {
            return sites;
        }
        List<GazetteerEntry> out = new ArrayList<>(sites);
        lower.stream().filter(e -> !out.contains(e)).forEach(out::add);
        return out;
    }

    /**
     * « Nice » the city, « nice » not: a name starts with a capital letter (or a digit, for a few);
     * {@code first} is the name's first code point.
     */
    private static boolean writtenAsAName(int first) {
        return !Character.isLetter(first) || Character.isUpperCase(first) || Character.isTitleCase(first);
    }

    /** « cathédrale de Kazan »: a site's name may start in lower case, but names something capitalised. */
    private static boolean onlySites(List<GazetteerEntry> candidates) {
        // Loops rather than streams in these tests: asked for every name found, and the client
        // compiler the commands run with allocates each stage of a stream.
        for (GazetteerEntry e : candidates) {
            if (!isSite(e)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #sitesAmong} would keep any of {@code candidates}. */
    private static boolean anySite(List<GazetteerEntry> candidates) {
        for (GazetteerEntry e : candidates) {
            if (isSite(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSite(GazetteerEntry e) {
        PlaceKind kind = e.place().kind();
        return kind == PlaceKind.LANDMARK || kind == PlaceKind.BASE || kind == PlaceKind.PHYSICAL;
    }

    /** Whether a capital letter stands in {@code text} between {@code start} and {@code end}. */
    private static boolean hasCapital(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (Character.isUpperCase(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static final Set<PlaceKind> SETTLEMENTS = java.util.EnumSet.of(PlaceKind.CITY, PlaceKind.STATE);
    private static final Set<PlaceKind> TOWNS = java.util.EnumSet.of(PlaceKind.CITY);
    private static final Set<PlaceKind> FEATURES = java.util.EnumSet.of(PlaceKind.PHYSICAL);

    private static boolean onlySettlements(List<GazetteerEntry> candidates) {
        return allOfKinds(candidates, SETTLEMENTS);
    }

    /** Whether every reading is a town: a region's name is often written with its generic in lower case. */
    private static boolean onlyTowns(List<GazetteerEntry> candidates) {
        return allOfKinds(candidates, TOWNS);
    }

    private static boolean allOfKinds(List<GazetteerEntry> candidates, Set<PlaceKind> kinds) {
        for (GazetteerEntry e : candidates) {
            if (!kinds.contains(e.place().kind())) {
                return false;
            }
        }
        return true;
    }

    /** Words after "U.S." that show it is the noun, the country itself: "the U.S. and Russia", "the U.S. said". */
    private static final Set<String> AFTER_THE_COUNTRY = Set.of("and", "or", "nor", "but", "in", "on", "at", "to",
            "of", "for", "with", "by", "from", "into", "is", "was", "has", "had", "have", "will", "would", "could",
            "should", "may", "might", "must", "can", "says", "said", "does", "did", "remains", "insists", "wants",
            "needs", "sees", "as", "than", "that", "which", "who", "itself", "alone", "too", "also",
            "again", "now", "then", "last", "this", "next");

    /**
     * "U.S. officials", "U.S. forces", "the U.S. secretary of state": the abbreviation before a noun
     * is an adjective, which readers (and the project's annotators) do not mark as a place; before a
     * verb, a conjunction or a preposition it is the country ("the U.S. warned", "the U.S. and China").
     */
    private static boolean abbreviationUsedAsAdjective(String text, TextSpan span) {
        String surface = span.of(text);
        if (!surface.equals("U.S.") && !surface.equals("US")) {
            return false;
        }
        java.util.regex.Matcher next = NEXT_WORD.matcher(text).region(span.end(), text.length());
        if (!next.lookingAt()) {
            return false;
        }
        String word = next.group(1);
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        boolean pastTense = Character.isLowerCase(word.charAt(0)) && lower.endsWith("ed") && !lower.endsWith("eed");
        return !AFTER_THE_COUNTRY.contains(lower) && !pastTense;
    }

    private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile("[ \u00A0]([\\p{L}][\\p{L}\\-]*)");

    /**
     * Capitalised words after a name that make it a river's, a lake's, a road's, a park's or a square's:
     * "Chattahoochee River", "Shelby Park", "Pushkin Square" (in Moscow, not the town of Pushkin).
     */
    private static final Set<String> FEATURE_AFTER = Set.of("river", "lake", "sea", "mountains", "range",
            "highway", "reservoir", "canal", "park", "valley", "gorge", "square");
    /** Words before a name that make it a river's, a lake's or a road's: « la rivière Chattahoochee ». */
    private static final Set<String> FEATURE_BEFORE = Set.of("fleuve", "riviere", "lac", "mer", "autoroute",
            "reservoir", "canal");

    /**
     * "Chattahoochee River", « le lac Sevan »: a feature named after a town (or sharing its name) is
     * not the town, which may lie hundreds of kilometres away; the gazetteer's own features are
     * matched whole before this, so what reaches here is a feature it lacks.
     */
    private static boolean namesAFeature(FoldedArticle article, NameHit hit, TextSpan span) {
        List<Token> tokens = article.tokens();
        int after = article.tokenAt(hit.end());
        if (after < tokens.size() && FEATURE_AFTER.contains(tokens.get(after).text())) {
            TextSpan next = article.originalSpan(tokens.get(after).begin(), tokens.get(after).end());
            String text = article.article().text();
            if (text.substring(span.end(), next.start()).isBlank() && Character.isUpperCase(text.charAt(next.start()))) {
                return true;
            }
        }
        return rightAfterOneOf(article, article.tokenAt(hit.begin()), FEATURE_BEFORE);
    }

    /** Words of organisations named after a town: « université de Chicago », "Dinamo Tbilisi", "Washington Post". */
    private static final Set<String> ORGANISATION_BEFORE = Set.of("universite", "university", "fc", "club", "dinamo",
            "dynamo", "spartak", "lokomotiv", "cska", "zenit", "torpedo", "banque", "bank", "institut",
            "institute", "college", "conservatoire", "conservatory", "academie", "academy",
            "accords", "accord", "protocole", "protocol", "traite", "treaty", "convention");
    private static final Set<String> ORGANISATION_AFTER = Set.of("post", "times", "journal", "tribune", "herald",
            "gazette", "university", "fc", "airlines", "airways", "bank", "stock", "exchange", "dynamo", "united",
            "city", "rovers", "wanderers", "athletic", "institute", "college", "accords", "protocol", "treaty",
            "format", "process", "group");
    private static final Set<String> LINK_WORDS = Set.of("de", "d", "du", "of", "the");

    private static boolean namesAnOrganisation(FoldedArticle article, NameHit hit) {
        List<Token> tokens = article.tokens();
        int after = article.tokenAt(hit.end());
        if (article.followedBy(hit.end(), ORGANISATION_AFTER) && Character.isUpperCase(article.article().text().charAt(
                article.originalSpan(tokens.get(after).begin(), tokens.get(after).end()).start()))) {
            return true;
        }
        int first = article.tokenAt(hit.begin());
        if (!article.precededBy(first, ORGANISATION_BEFORE, LINK_WORDS, 2)) {
            return false;
        }
        // « un institut de Washington », "a bank in Kazan": an unnamed body, and the name says where it is.
        int marker = first - 1;
        while (marker > 0 && LINK_WORDS.contains(tokens.get(marker).text())) {
            marker--;
        }
        return marker == 0 || !INDEFINITE.contains(tokens.get(marker - 1).text());
    }

    private static final Set<String> INDEFINITE = Set.of("un", "une", "a", "an");

    /**
     * Words that end a company's or a school's name: "Azerbaijan Caspian Shipping Company",
     * « Ouzbekistan Temir Yollari » (Uzbek and Kazakh « temir » is the railway's iron), « Alabouga Polytech »,
     * the gas projects "Yamal LNG" and « Arctic LNG 2 », "Novosibirsk State University", "Kurram Peace Committee".
     */
    private static final Set<String> COMPANY_WORDS = Set.of("company", "corporation", "shipping", "polytech",
            "temir", "railways", "airlines", "airways", "holding", "holdings", "lng", "university", "committee");

    /** How many capitalised words may stand between a place's name and the word that makes it a company's. */
    private static final int COMPANY_REACH = 3;

    /**
     * A name of any kind at the head of a run of capitalised words holding a company word is part of a
     * company's name, not a place the text speaks of.
     */
    private static boolean startsACompanyName(FoldedArticle article, NameHit hit) {
        List<Token> tokens = article.tokens();
        String text = article.article().text();
        int previousEnd = article.originalSpan(hit.begin(), hit.end()).end();
        int next = article.tokenAt(hit.end());
        for (int i = next; i < Math.min(tokens.size(), next + COMPANY_REACH); i++) {
            Token t = tokens.get(i);
            TextSpan word = article.originalSpan(t.begin(), t.end());
            if (!text.substring(previousEnd, word.start()).isBlank() || !Character.isUpperCase(text.charAt(word.start()))) {
                return false;
            }
            if (COMPANY_WORDS.contains(t.text())) {
                return true;
            }
            previousEnd = word.end();
        }
        return false;
    }

    /** « Vladimir Poutine »: a settlement-only name right before a capitalised word that is not a place's. */
    private boolean looksLikeFirstName(FoldedArticle article, NameHit hit, TextSpan span) {
        WordAfter after = wordAfter(article, hit, span);
        if (after == null || !after.gap().isBlank() || PLACE_CONTINUATIONS.contains(after.token().text())) {
            return false;
        }
        if (!after.capitalised()) {
            return false;
        }
        // A place name may follow another (« Moscou Washington » in a list): then it is no surname.
        return gazetteer.names().find(after.token().text()).isEmpty();
    }

    /** The word right after a name: its token, what separates them, and whether it is capitalised. */
    private record WordAfter(Token token, String gap, boolean capitalised) {
    }

    /** The word after the name {@code hit} (written at {@code span}); null at the article's end. */
    private static WordAfter wordAfter(FoldedArticle article, NameHit hit, TextSpan span) {
        int index = article.tokenAt(hit.end());
        if (index >= article.tokens().size()) {
            return null;
        }
        Token next = article.tokens().get(index);
        String text = article.article().text();
        TextSpan nextSpan = article.originalSpan(next.begin(), next.end());
        return new WordAfter(next, text.substring(span.end(), nextSpan.start()),
                Character.isUpperCase(nextSpan.of(text).codePointAt(0)));
    }

    /**
     * « Joe Biden », « le président Trump », « Ahmed Shah Massoud »: a settlement-only name right
     * after a title or after a capitalised word that is not a place prefix nor the start of a sentence.
     */
    private boolean looksLikePersonName(FoldedArticle article, NameHit hit, TextSpan span) {
        int index = article.tokenAt(hit.begin());
        if (index == 0) {
            return false;
        }
        Token previous = article.tokens().get(index - 1);
        String text = article.article().text();
        TextSpan previousSpan = article.originalSpan(previous.begin(), previous.end());
        String between = text.substring(previousSpan.end(), span.start());
        if (!between.isBlank()) {
            // « George W. Bush », « M. Dupont »: an initial or a title with its full stop; any other
            // punctuation between them means two names, not one.
            boolean initial = previous.text().length() == 1 && Character.isUpperCase(previousSpan.of(text).charAt(0));
            return (initial || PERSON_TITLES.contains(previous.text())) && between.strip().equals(".");
        }
        if (PERSON_TITLES.contains(previous.text())) {
            return true;
        }
        if (FUNCTION_WORDS.contains(previous.text())) {
            return false;
        }
        String previousSurface = previousSpan.of(text);
        boolean capitalised = Character.isUpperCase(previousSurface.codePointAt(0));
        // An opening quote or dash may come before a sentence's first word: "In Khabarovsk, …"
        boolean sentenceStart = article.article().sentenceAt(previousSpan.start())
                .map(s -> text.substring(s.start(), previousSpan.start()).codePoints().noneMatch(Character::isLetterOrDigit))
                .orElse(true);
        if (!capitalised || PLACE_PREFIXES.contains(previous.text()) || previousSurface.length() <= 1) {
            return false;
        }
        if (CountryAdjectives.standard().countriesOf(previous.text()).isPresent()
                && hit.target().entries().stream().anyMatch(e -> e.place().kind() == PlaceKind.STATE)) {
            // "Indian Punjab", "Afghan Badakhshan": an adjective of nationality before a region, not a first
            // name. Before a town's name it is rarely the town ("Georgian Borjomi" is the mineral water).
            return false;
        }
        if (!sentenceStart) {
            return true;
        }
        // At a sentence's start every word is capitalised, so the word before proves nothing by itself
        // ("Visiting Kirov, …"). A name shaped like a Russian or Central Asian surname after a word that
        // opens no sentence of that kind is still a person's: "Yuri Gagarin flew …", "Kanysh Satpayev
        // founded …", « Sergueï Kirov a été tué … ».
        return isSurnameShaped(hit, article) && previousSurface.length() > 2
                && previousSurface.codePoints().allMatch(Character::isLetter)
                && !SENTENCE_OPENERS.contains(previous.text()) && !bigCityOrCapitalAmong(hit)
                && !placeContinuesAfter(article, hit, span) && gazetteer.names().find(previous.text()).isEmpty();
    }

    /**
     * Capitalised words that open a sentence before a place's name but are no one's first name:
     * adverbs, determiners, adjectives of time and place, verbs of travel.
     */
    private static final Set<String> SENTENCE_OPENERS = Set.of("this", "that", "these", "those", "its", "his", "her",
            "their", "our", "your", "my", "then", "now", "here", "there", "today", "yesterday", "tomorrow", "later",
            "earlier", "once", "meanwhile", "nearby", "downtown", "greater", "central", "old", "new", "soviet",
            "tsarist", "imperial", "modern", "historic", "ancient", "suburban", "rural", "neighbouring",
            "neighboring", "northern", "southern", "eastern", "western", "visiting", "leaving", "reaching",
            "beyond", "around", "along", "above", "below", "throughout", "towards", "toward", "within", "about",
            "over", "under", "both", "each", "every", "all", "most", "many", "some", "even", "only", "also", "yet",
            "so", "thus", "still", "if", "although", "though", "because", "despite", "including", "welcome",
            "puis", "alors", "ensuite", "aujourd", "hier", "demain", "ici", "la", "ainsi", "donc", "enfin", "certes",
            "si", "lorsque", "puisque", "tout", "toute", "tous", "toutes", "meme", "seul", "seule", "vieux",
            "vieille", "ancien", "ancienne", "bienvenue", "quitter", "visiter", "rejoindre", "cote", "face",
            "sovietique", "russe", "russian", "besides", "beside", "behind", "past", "opposite", "tiny", "small",
            "remote", "sleepy", "industrial", "provincial", "coastal", "landlocked", "mountainous", "quiet", "poor",
            "rich", "besieged", "petite", "lointaine", "paisible", "industrielle");

    /** Endings of Russian, Ukrainian, Caucasian and Central Asian surnames, folded. */
    private static final List<String> SURNAME_ENDINGS = List.of("ov", "ev", "ova", "eva", "in", "ine", "ina", "sky",
            "ski", "skiy", "skii", "enko", "ovich", "evich", "yan", "ian", "dze", "shvili", "uly");

    private static boolean isSurnameShaped(NameHit hit, FoldedArticle article) {
        String name = new String(article.foldedChars(), hit.begin(), hit.end() - hit.begin());
        if (name.indexOf(' ') >= 0 || name.indexOf('-') >= 0) {
            return false;
        }
        for (String ending : SURNAME_ENDINGS) {
            if (name.length() > ending.length() + 2 && name.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** A capital or a city of a million people is what a reader takes the name for, whoever shares it. */
    private static boolean bigCityOrCapitalAmong(NameHit hit) {
        for (GazetteerEntry e : hit.target().entries()) {
            if (e.isCapital() || e.population() >= 1_000_000) {
                return true;
            }
        }
        return false;
    }

    /** "Kirov Oblast", "Kirov region": the next word continues the place's name. */
    private static boolean placeContinuesAfter(FoldedArticle article, NameHit hit, TextSpan span) {
        WordAfter after = wordAfter(article, hit, span);
        return after != null && PLACE_CONTINUATIONS.contains(after.token().text());
    }
}
