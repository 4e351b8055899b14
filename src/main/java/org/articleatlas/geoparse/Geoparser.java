package org.articleatlas.geoparse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.articleatlas.gazetteer.Gazetteer;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.geodata.BorderIndex;
import org.articleatlas.geodata.Geodesy;
import org.articleatlas.model.Article;
import org.articleatlas.model.Mention;
import org.articleatlas.model.PlaceKind;
import org.articleatlas.model.TextSpan;
import org.articleatlas.parallel.InOrder;

/**
 * Reads articles for places: finds the names, lets phrase rules speak first (landmarks, bases),
 * resolves each name in two passes (the second knows where the article's other places are),
 * then finds the borders the text speaks of and how each name is used.
 */
public final class Geoparser {

    private final MentionFinder finder;
    private final LandmarkPhrases landmarks;
    private final BasePhrases bases;
    private final PlaceResolver resolver;
    private final BorderFinder borderFinder;
    private final UseClassifier uses = new UseClassifier();
    private final RegionPhrases regionPhrases = new RegionPhrases();
    private final TownPhrases townPhrases = new TownPhrases();
    private final RiverPhrases riverPhrases;
    private final GeoparseOptions options;
    private final List<String> dataProblems;

    public Geoparser(Gazetteer gazetteer, BorderIndex borders, GeoparseOptions options) {
        this.dataProblems = gazetteer.problems();
        this.finder = new MentionFinder(gazetteer);
        this.landmarks = new LandmarkPhrases(gazetteer);
        this.bases = new BasePhrases(gazetteer);
        this.riverPhrases = new RiverPhrases(gazetteer);
        this.resolver = new PlaceResolver(options);
        this.borderFinder = new BorderFinder(borders);
        this.options = options;
    }

    /** Geodata files that could not be read while building it, one line each: their places are missing. */
    public List<String> dataProblems() {
        return dataProblems;
    }

    /** Articles are read independently, on every core, one at a time each; the result keeps their order. */
    public GeoparseResult parseAll(List<Article> articles) {
        return GeoparseResult.of(InOrder.map(articles, this::parse));
    }

    public ArticleGeoparse parse(Article article) {
        FoldedArticle folded = new FoldedArticle(article);
        List<NameOccurrence> occurrences = riverPhrases.mark(folded, townPhrases.mark(folded,
                regionPhrases.mark(folded, withLandmarkPhrases(folded, finder.find(folded)))));
        List<PlaceResolver.StateMention> states = states(article, occurrences);
        PlaceResolver.PhraseClues clues = new PlaceResolver.PhraseClues(locatedTowns(occurrences, states),
                townsBeforeTheirCountry(article, occurrences), townsBeforeANearbyTown(article, occurrences),
                CountryAdjectives.standard().qualifiers(folded, occurrences));
        PlaceResolver.DocumentContext firstPass = PlaceResolver.DocumentContext.of(
                PlaceResolver.countriesNamed(occurrences), states, List.of(), clues);
        Map<GazetteerEntry, Set<Integer>> sure = new LinkedHashMap<>();
        for (NameOccurrence o : occurrences) {
            List<PlaceResolver.Scored> scored = resolver.score(o, sentenceStart(article, o), firstPass, false);
            if (!scored.isEmpty() && resolver.accepts(scored.get(0)) && scored.get(0).score() >= options.acceptScore() + 1) {
                sure.computeIfAbsent(scored.get(0).entry(), k -> new HashSet<>()).add(o.span().start());
            }
        }
        List<PlaceResolver.Settled> settled = new ArrayList<>();
        sure.forEach((entry, starts) -> settled.add(new PlaceResolver.Settled(entry, starts)));
        PlaceResolver.DocumentContext context = PlaceResolver.DocumentContext.of(firstPass.countries(), states, settled,
                clues);
        List<ResolvedMention> resolved = new ArrayList<>();
        List<BasePhrases.ResolvedArea> areas = new ArrayList<>();
        NameOccurrence previous = null;
        PlaceResolver.Scored previousBest = null;
        for (NameOccurrence o : occurrences) {
            List<PlaceResolver.Scored> scored = resolver.score(o, sentenceStart(article, o), context);
            boolean former = previous != null && formerNameOf(article, previous, previousBest, o);
            if (!former && (scored.isEmpty() || !resolver.accepts(scored.get(0)))) {
                previous = null;
                continue;
            }
            // A former name is the town it follows even where its own readings would be too weak to keep.
            PlaceResolver.Scored best = former ? new PlaceResolver.Scored(previousBest.entry(), previousBest.score(),
                    "the text gives it as a former name of " + previousBest.entry().place().name()) : scored.get(0);
            previous = o;
            previousBest = best;
            resolved.add(resolve(folded, o, best, resolver.runnersUp(scored, best.entry(), o)));
            PlaceKind kind = best.entry().place().kind();
            if (kind == PlaceKind.COUNTRY || kind == PlaceKind.REGION) {
                areas.add(new BasePhrases.ResolvedArea(o, best.entry().members()));
            }
        }
        for (NameOccurrence o : bases.find(folded, areas)) {
            GazetteerEntry base = o.candidates().get(0);
            resolved.add(resolve(folded, o, new PlaceResolver.Scored(base, 12, o.phrase()), List.of()));
        }
        resolved.sort(Comparator.comparingInt(r -> r.mention().span().start()));
        return new ArticleGeoparse(article, resolved, borderFinder.find(folded, resolved));
    }

    private ResolvedMention resolve(FoldedArticle folded, NameOccurrence o, PlaceResolver.Scored best,
            List<org.articleatlas.model.Candidate> runnersUp) {
        Article article = folded.article();
        TextSpan sentence = article.sentenceAt(o.span().start()).orElse(o.span());
        Mention mention = new Mention(article.id(), o.span(), o.span().of(article.text()), sentence,
                uses.classify(folded, o, best.entry()));
        return new ResolvedMention(mention, best.entry(), best.score(), best.reason(), runnersUp);
    }

    /**
     * A landmark phrase replaces the bare name it is named after (« cathédrale de Kazan » is not
     * Kazan); when the phrase only says where the landmark is (« le ranch de Bush à Crawford »,
     * « une école dans la ville de Beslan »), the place keeps its own mention too.
     */
    private List<NameOccurrence> withLandmarkPhrases(FoldedArticle folded, List<NameOccurrence> found) {
        List<NameOccurrence> out = new ArrayList<>(found);
        for (NameOccurrence o : found) {
            Optional<LandmarkPhrases.Match> match = landmarks.around(folded, o);
            if (match.isPresent() && !namedOutright(found, o, match.get().phrase())) {
                NameOccurrence phrase = match.get().locative() ? match.get().phrase()
                        : match.get().phrase().displacing(o.candidates());
                TextSpan span = phrase.span();
                out.removeIf(other -> span.covers(other.span()) && !(match.get().locative() && other == o));
                out.add(phrase);
            }
        }
        out.sort(Comparator.comparingInt(o -> o.span().start()));
        return out;
    }

    /**
     * « la cathédrale du Christ-Sauveur, à Moscou »: the landmark's own name was found whole inside the phrase,
     * so the phrase adds nothing but a span running over the town's.
     */
    private static boolean namedOutright(List<NameOccurrence> found, NameOccurrence key, NameOccurrence phrase) {
        for (NameOccurrence other : found) {
            if (other != key && phrase.span().covers(other.span()) && other.candidates().containsAll(phrase.candidates())) {
                return true;
            }
        }
        return false;
    }

    private static List<PlaceResolver.StateMention> states(Article article, List<NameOccurrence> occurrences) {
        List<PlaceResolver.StateMention> states = new ArrayList<>();
        for (int i = 0; i < occurrences.size(); i++) {
            NameOccurrence o = occurrences.get(i);
            NameOccurrence before = i > 0 ? occurrences.get(i - 1) : null;
            NameOccurrence after = i + 1 < occurrences.size() ? occurrences.get(i + 1) : null;
            if (o.candidates().stream().noneMatch(e -> e.place().kind() == PlaceKind.STATE)) {
                // Most names have no state reading: the text around them need not be matched.
                continue;
            }
            int follows = before != null && isBetween(STATE_AFTER_TOWN, article, before, o)
                    ? before.span().start() : -1;
            boolean countryAfter = after != null && isBetween(COUNTRY_AFTER_STATE, article, o, after);
            for (GazetteerEntry e : o.candidates()) {
                if (e.place().kind() == PlaceKind.STATE) {
                    // « Athens, Georgia », « Fort Stewart, en Géorgie, aux États-Unis »: the state reading is
                    // the one its own town or its own country, written right beside it, points to.
                    boolean located = (follows >= 0 && before.candidates().stream().anyMatch(t -> inState(t, e)))
                            || (countryAfter && after.candidates().stream().anyMatch(c -> c.place().kind() == PlaceKind.COUNTRY
                                    && c.place().country().equals(e.place().country())))
                            || listedWithState(article, before, o, e) || listedWithState(article, o, after, e);
                    states.add(new PlaceResolver.StateMention(e, sentenceStart(article, o), o.span().start(), follows,
                            located));
                }
            }
        }
        return states;
    }

    /** The towns the article names with their own state right after them (« Moscow, Idaho »). */
    private static Set<GazetteerEntry> locatedTowns(List<NameOccurrence> occurrences,
            List<PlaceResolver.StateMention> states) {
        Set<GazetteerEntry> towns = new HashSet<>();
        for (PlaceResolver.StateMention st : states) {
            if (st.followsTown() < 0) {
                continue;
            }
            occurrences.stream().filter(o -> o.span().start() == st.followsTown())
                    .flatMap(o -> o.candidates().stream()).filter(t -> inState(t, st.state())).forEach(towns::add);
        }
        return towns;
    }

    /**
     * The town readings written with their own country right after them: "Kurchatov in Kazakhstan",
     * « Kourtchatov, au Kazakhstan », "Batumi, Georgia". Only towns: a country after a state or a
     * feature is left to the rules above.
     */
    private static Map<Integer, Set<GazetteerEntry>> townsBeforeTheirCountry(Article article,
            List<NameOccurrence> occurrences) {
        return townsPlacedByTheNextName(article, occurrences, COUNTRY_AFTER_TOWN, COUNTRY_AFTER_TOWN_GAP,
                (town, country) -> country.place().kind() == PlaceKind.COUNTRY
                        && town.place().country().equals(country.place().country()));
    }

    /**
     * The town readings placed by a town of their neighbourhood written right after them: « Aygepar, près de
     * Berd », "Tamarasheni, north of Tskhinvali", "Gonio, 12 km south of Batumi". Only a reading that some
     * reading of the second name lies within {@link #NEARBY_TOWN_KM} of: a namesake far away is not placed.
     * Most names stand far apart, so the pattern is tried only where its longest wording could fit.
     */
    private static Map<Integer, Set<GazetteerEntry>> townsBeforeANearbyTown(Article article,
            List<NameOccurrence> occurrences) {
        Map<Integer, Set<GazetteerEntry>> towns = townsPlacedByTheNextName(article, occurrences, NEARBY_TOWN_AFTER_TOWN,
                NEARBY_TOWN_GAP, (town, near) -> near.place().kind() == PlaceKind.CITY
                        && Geodesy.distanceKm(town.place().point(), near.place().point()) <= NEARBY_TOWN_KM);
        // "Talish, in Nagorno-Karabakh", « Langar, dans le corridor du Wakhan »: the area a village lies in,
        // written right after it as its country would be, places it as plainly as a town beside it.
        townsPlacedByTheNextName(article, occurrences, COUNTRY_AFTER_TOWN, COUNTRY_AFTER_TOWN_GAP,
                (town, area) -> (area.place().kind() == PlaceKind.PHYSICAL || area.place().kind() == PlaceKind.REGION)
                        && Geodesy.distanceKm(town.place().point(), area.place().point()) <= AREA_AROUND_TOWN_KM)
                .forEach((start, placed) -> towns.computeIfAbsent(start, k -> new HashSet<>()).addAll(placed));
        // "Rogachevo, on Novaya Zemlya", « Nikolskoïe, sur l'île Béring »: an island places a village as its area
        // would; an island's point may lie further from its villages than a valley's.
        townsPlacedByTheNextName(article, occurrences, ON_AN_ISLAND, COUNTRY_AFTER_TOWN_GAP,
                (town, island) -> island.place().kind() == PlaceKind.PHYSICAL && "island".equals(island.featureCode())
                        && Geodesy.distanceKm(town.place().point(), island.place().point()) <= ISLAND_AROUND_TOWN_KM)
                .forEach((start, placed) -> towns.computeIfAbsent(start, k -> new HashSet<>()).addAll(placed));
        return towns;
    }

    /** What stands between a village and the island it lies on: ", on", « , sur ». */
    private static final java.util.regex.Pattern ON_AN_ISLAND = java.util.regex.Pattern.compile(
            "\\s*,?\\s*(on|sur)\\s+", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** How far from an island's point a village on it may be: Sakhalin and Novaya Zemlya are 900 km long. */
    private static final double ISLAND_AROUND_TOWN_KM = 500;

    /**
     * How far from an area's point a town said to lie in it may be: a valley's, a corridor's or a small
     * region's extent. Bigger areas (Siberia, Central Asia) place nothing: their point says too little.
     */
    private static final double AREA_AROUND_TOWN_KM = 150;

    /**
     * For each name followed, across {@code between}, by another: its town readings that some reading of the
     * next name places ({@code places}), by where the first name starts.
     */
    private static Map<Integer, Set<GazetteerEntry>> townsPlacedByTheNextName(Article article,
            List<NameOccurrence> occurrences, java.util.regex.Pattern between, int longestGap,
            java.util.function.BiPredicate<GazetteerEntry, GazetteerEntry> places) {
        Map<Integer, Set<GazetteerEntry>> towns = new HashMap<>();
        for (int i = 0; i + 1 < occurrences.size(); i++) {
            NameOccurrence o = occurrences.get(i);
            NameOccurrence after = occurrences.get(i + 1);
            if (after.span().start() - o.span().end() > longestGap || !isBetween(between, article, o, after)) {
                continue;
            }
            for (GazetteerEntry town : o.candidates()) {
                if (town.place().kind() != PlaceKind.CITY) {
                    continue;
                }
                for (GazetteerEntry next : after.candidates()) {
                    if (places.test(town, next)) {
                        towns.computeIfAbsent(o.span().start(), k -> new HashSet<>()).add(town);
                        break;
                    }
                }
            }
        }
        return towns;
    }

    /** The longest wording between the two names: « , à quelque 12,5 kilomètres au nord-ouest d' ». */
    private static final int NEARBY_TOWN_GAP = 48;

    /** How far from the town named after it a place « près de » or "north of" it may lie. */
    private static final double NEARBY_TOWN_KM = 100;

    /** What stands between a place and a town of its neighbourhood: ", near", « , à 12 km au nord de ». */
    private static final java.util.regex.Pattern NEARBY_TOWN_AFTER_TOWN = java.util.regex.Pattern.compile(
            "\\s*,?\\s*(?:(?:some\\s+|about\\s+)?\\d+(?:[.,]\\d+)?\\s*(?:km|kilometres|kilometers|miles)\\s+)?"
            + "(?:near|outside|close\\s+to|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\\s+of)\\s+"
            + "|\\s*,?\\s*(?:à\\s+(?:une\\s+)?(?:quelque\\s+)?\\d+(?:[.,]\\d+)?\\s*(?:km|kilomètres)\\s+)?"
            + "(?:près|non\\s+loin|aux\\s+environs|au\\s+(?:nord|sud)(?:-(?:est|ouest))?|à\\s+l['\u2019](?:est|ouest))\\s+(?:de\\s+|d['\u2019])",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * « Ridder — l'ancienne Leninogorsk », "Astana, formerly Akmola", « Bichkek (ex-Frounze) »: a name given
     * right after a town or region as its former name is that place, whatever else the name could mean.
     */
    private static boolean formerNameOf(Article article, NameOccurrence town, PlaceResolver.Scored townBest,
            NameOccurrence name) {
        PlaceKind kind = townBest.entry().place().kind();
        // « à Moscou, l'ancienne URSS »: a country is no town's former name.
        return (kind == PlaceKind.CITY || kind == PlaceKind.REGION) && town.span().end() <= name.span().start()
                && name.candidates().stream().noneMatch(c -> c.place().kind() == PlaceKind.COUNTRY)
                && (isBetween(FORMER_NAME, article, town, name) || calledSoUntilThen(article, town, name));
    }

    /** How far back, past a sentence's end, a town may stand for « La ville … s'appelait auparavant X » to be its. */
    private static final int FORMER_NAME_REACH = 240;

    /** "called", « s'appelait auparavant »: the words right before a name the place no longer bears. */
    private static final java.util.regex.Pattern CALLED_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:called|named|known\\s+as|appel[ée]e?|nomm[ée]e?|s['\u2019]appelait(?:\\s+(?:alors|auparavant|autrefois|jadis))?)"
            + "\\s+$", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    /** "until 1964", « jusqu'en 1931 »: a year that ended the name. */
    private static final java.util.regex.Pattern UNTIL_AFTER = java.util.regex.Pattern.compile(
            "^\\s*(?:until|till|before|jusqu['\u2019]en|avant)\\s+\\d{4}", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** « s'appelait auparavant » says by itself that the name is past, with or without a year after it. */
    private static final java.util.regex.Pattern WAS_CALLED_BEFORE = java.util.regex.Pattern.compile(
            "s['\u2019]appelait\\s+(?:auparavant|autrefois|jadis)\\s+$", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "Tolyatti … the city, called Stavropol until 1964", « Engels … La ville … s'appelait auparavant
     * Pokrovsk »: the writer comes back to the town just named and gives its old name, which is often
     * another town's today (Stavropol in the Caucasus, Pokrovsk in Donetsk).
     */
    private static boolean calledSoUntilThen(Article article, NameOccurrence town, NameOccurrence name) {
        String text = article.text();
        int start = name.span().start();
        if (start - town.span().end() > FORMER_NAME_REACH) {
            return false;
        }
        String before = text.substring(Math.max(town.span().end(), start - 40), start);
        if (WAS_CALLED_BEFORE.matcher(before).find()) {
            return true;
        }
        String after = text.substring(name.span().end(), Math.min(text.length(), name.span().end() + 20));
        return CALLED_BEFORE.matcher(before).find() && UNTIL_AFTER.matcher(after).find();
    }

    private static final java.util.regex.Pattern FORMER_NAME = java.util.regex.Pattern.compile(
            "\\s*[,(\u2014\u2013-]?\\s*(l['\u2019]ancienne|l['\u2019]ancien|anciennement|ex-|formerly|"
            + "the former|autrefois|jadis|naguère|previously)\\s*",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * What a writer puts between a little-known town and the country or state that places it, beyond a comma
     * or a preposition: "Kurchatov, a town in north-eastern Kazakhstan", "Tbilisi, the capital of Georgia",
     * « Kourtchatov, une ville du nord-est du Kazakhstan », « Ergneti, un village de Shida Kartli ».
     */
    private static final String APPOSITION = "(?:(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "(?:town|city|village|port|settlement|hamlet|resort|oasis|suburb|outpost|capital|community)"
            + "\\s+(?:in|of|on)\\s+(?:the\\s+)?"
            + "(?:(?:far\\s+)?(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
            + "(?:ern)?\\s+)?"
            + "|(?:une|un|la|le)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "(?:ville|localité|bourgade|village|port|cité|commune|oasis|garnison|bourg|capitale|station)"
            + "\\s+(?:[\\p{L}-]+\\s+)?"
            + "(?:(?:(?:extrême-)?(?:nord|sud|est|ouest|centre)(?:-(?:est|ouest))?)\\s+)?"
            + "(?:du|de\\s+la|de\\s+l['\u2019]|d['\u2019]|de|des|en|au|aux|dans\\s+le|dans\\s+la|dans\\s+l['\u2019])\\s*"
            + "(?:(?:(?:extrême-)?(?:nord|sud|est|ouest|centre)(?:-(?:est|ouest))?)\\s+"
            + "(?:du|de\\s+la|de\\s+l['\u2019]|d['\u2019]|des)\\s*)?)";

    /** The longest wording between a town and its country: ", a small mining town in far north-eastern ". */
    private static final int COUNTRY_AFTER_TOWN_GAP = 64;

    /** What stands between a town and its country: "Kurchatov in Kazakhstan", « Paris, en France », "Batumi (Georgia)". */
    private static final java.util.regex.Pattern COUNTRY_AFTER_TOWN = java.util.regex.Pattern.compile(
            "\\s*(,|\\()?\\s*(((au|aux|en|in|in the|dans le|dans la|dans les|dans l['\u2019])\\s*)?|" + APPOSITION + ")",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * « en Pennsylvanie et en Géorgie », "Georgia and Florida": a name listed with a name that can only be
     * a state of the same country is a state too.
     */
    private static boolean listedWithState(Article article, NameOccurrence first, NameOccurrence second,
            GazetteerEntry state) {
        if (first == null || second == null || !isBetween(LISTED, article, first, second)) {
            return false;
        }
        NameOccurrence other = first.candidates().contains(state) ? second : first;
        return !other.candidates().isEmpty() && other.candidates().stream().allMatch(c -> c.place().kind() == PlaceKind.STATE)
                && other.candidates().stream().anyMatch(c -> c.place().country().equals(state.place().country()));
    }

    /** What joins two names of a list: « et en », « , », "and", "or". */
    private static final java.util.regex.Pattern LISTED = java.util.regex.Pattern.compile(
            "\\s*(,|et|ou|and|or|,\\s*et|,\\s*and|,\\s*or)\\s*((en|au|dans l[ae']|dans le|la|le|l'|l’|in)\\s*)?");

    private static boolean inState(GazetteerEntry town, GazetteerEntry state) {
        return town.place().kind() == PlaceKind.CITY && town.admin1().isPresent()
                && town.admin1().equals(state.admin1()) && town.place().country().equals(state.place().country());
    }

    /**
     * Whether what stands between two names matches {@code pattern} whole. Matched in a region of
     * the article rather than on a copy of it: none of the patterns looks beyond its input (no
     * anchors, boundaries or look-arounds), so the answer is the same, and this runs for most pairs
     * of neighbouring names.
     */
    private static boolean isBetween(java.util.regex.Pattern pattern, Article article, NameOccurrence first,
            NameOccurrence second) {
        String text = article.text();
        return pattern.matcher(text).region(Math.min(first.span().end(), second.span().start()), second.span().start())
                .matches();
    }

    /** What stands between a state and its country: « en Géorgie, aux États-Unis », "Georgia, USA", "Géorgie (États-Unis)". */
    private static final java.util.regex.Pattern COUNTRY_AFTER_STATE =
            java.util.regex.Pattern.compile("\\s*[,(]\\s*((aux|in the|in|en|au)\\s+)?");

    /** What stands between a town and its state: « Moscow, Idaho », « Crawford au Texas », "Stanley in Idaho". */
    private static final java.util.regex.Pattern STATE_AFTER_TOWN = java.util.regex.Pattern.compile(
            "\\s*[,(]?\\s*(((au|en|in|dans l[ae']|dans le)\\s+)?|" + APPOSITION + ")",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    private static int sentenceStart(Article article, NameOccurrence o) {
        return article.sentenceAt(o.span().start()).map(TextSpan::start).orElse(-1);
    }
}
