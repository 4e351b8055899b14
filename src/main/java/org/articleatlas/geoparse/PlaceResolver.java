package org.articleatlas.geoparse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.geodata.Geodesy;
import org.articleatlas.model.Candidate;
import org.articleatlas.model.PlaceKind;

/**
 * Chooses what each name means from what generalises: the kind of place and its size (a
 * capital, a regional seat, its population), the countries the article names, a state named
 * beside a town (« Crawford au Texas »), other places of the article nearby, and landmark
 * phrases. Every score comes with its reasons, for the runners-up shown to learners.
 */
final class PlaceResolver {

    /** Another place of the article this close is strong support; up to {@code nearbyKm}, weak support. */
    private static final double NEAR_KM = 300;
    /** Beyond this, another place gives no support at all (the options' nearby distance is within it). */
    private static final double NEARBY_LIMIT_KM = 3000;
    /** What a town nothing in the article speaks for must reach: about 500,000 people, a capital, a big regional seat. */
    private static final double UNSUPPORTED_SCORE = 6.3;
    /** As much as a state named in the same sentence: the town's neighbourhood, said by the writer. */
    private static final double NEARBY_TOWN_NAMED = 3;
    /** What each further place of the article nearby adds, up to a few: a tie-breaker, not a verdict. */
    private static final double EXTRA_NEIGHBOUR = 0.2;
    private static final int MAX_EXTRA_NEIGHBOURS = 2;
    /** How many other places of one country make the article's setting that country. */
    private static final int IMPLIED_COUNTRY_PLACES = 2;

    /**
     * GeoNames' « 1,000 or more people » cut, which the gazetteer's towns passed: a town it lists with
     * population 0 has an unknown population, not none.
     */
    private static final long SOURCE_CUT = 1_000;
    /**
     * What a town of unknown population, or a village listed because articles name it, counts as: a little
     * over the source's cut, so that its country named in the article is enough to read it (1.1 · log10 2,010
     * + 1.5 passes the default accept score of 5; the cut itself fell short, and « Bumburet », with Pakistan
     * named, was dropped).
     */
    private static final long LISTED_WEIGHT = 2_000;

    /** The phrase tag of a name that the text calls a region (« la région d'Irkoutsk », "Irkutsk Oblast"). */
    static final String REGION_PHRASE = "region";
    /** The phrase tag of a name that the text calls a town or a village (« le village de … », "the town of …"). */
    static final String TOWN_PHRASE = "town";

    private final GeoparseOptions options;
    /**
     * Each place's prior, by id: it depends on the place alone, and a corpus asks for the same
     * few thousand places (and their reasons' formatted populations) again and again.
     */
    private final Map<String, Prior> priors = new ConcurrentHashMap<>();
    /** The geodesic distances between places measured so far, for every article of the run. */
    private final GeodesicCache distances = new GeodesicCache();

    PlaceResolver(GeoparseOptions options) {
        this.options = options;
    }

    private record Prior(double score, List<String> why) {
    }

    /**
     * One scored reading of a name.
     *
     * @param supported whether anything in the article speaks for it (its country, its state, a place nearby);
     *                  an unsupported town must be big enough to be what a reader would think of first
     * @param nearestKm how far the nearest other place of the article lies, or infinity when none is near
     */
    record Scored(GazetteerEntry entry, double score, String reason, boolean supported, double nearestKm) {

        Scored(GazetteerEntry entry, double score, String reason) {
            this(entry, score, reason, true, Double.POSITIVE_INFINITY);
        }
    }

    /**
     * What the words around the names say, read once an article and the same in both passes.
     *
     * @param locatedTowns          the towns the article names with their state right after them
     * @param townsBeforeCountry    the town readings whose own country is named right after them, by where the name starts
     * @param townsBeforeNearbyTown the town readings written right before a place they lie in or near, by where the name starts
     * @param qualifiers            the adjectives of nationality written beside names, by where the name starts
     */
    record PhraseClues(Set<GazetteerEntry> locatedTowns, Map<Integer, Set<GazetteerEntry>> townsBeforeCountry,
            Map<Integer, Set<GazetteerEntry>> townsBeforeNearbyTown, Map<Integer, CountryAdjectives.Qualifier> qualifiers) {
    }

    /** What the article says that the resolver weighs. */
    record DocumentContext(Map<String, Set<Integer>> countries, Map<Integer, List<StateMention>> statesBySentence,
            List<Settled> settled, Map<GazetteerEntry, double[]> geodesicKm,
            Map<String, Set<GazetteerEntry>> settledByCountry, PhraseClues clues) {

        /**
         * @param states  every state named, gathered by sentence so a town looks only at its own
         * @param settled each place the first pass was sure of once, with every place its name starts: a
         *                long text names the same few places thousands of times
         * (the context also keeps, for each candidate, its geodesic distances to the settled places once
         * measured: an article names the same place again and again, and the distances do not change)
         */
        static DocumentContext of(Map<String, Set<Integer>> countries, List<StateMention> states, List<Settled> settled,
                PhraseClues clues) {
            Map<Integer, List<StateMention>> bySentence = new HashMap<>();
            states.forEach(st -> bySentence.computeIfAbsent(st.sentenceStart(), k -> new ArrayList<>()).add(st));
            Map<String, Set<GazetteerEntry>> byCountry = new HashMap<>();
            for (Settled s : settled) {
                PlaceKind kind = s.entry().place().kind();
                if (kind == PlaceKind.CITY || kind == PlaceKind.STATE || kind == PlaceKind.LANDMARK
                        || kind == PlaceKind.BASE) {
                    s.entry().place().country().ifPresent(
                            c -> byCountry.computeIfAbsent(c, k -> new HashSet<>()).add(s.entry()));
                }
            }
            return new DocumentContext(countries, bySentence, settled, new IdentityHashMap<>(), byCountry, clues);
        }

        /** Whether the state named at {@code nameStart} is written beside one of its towns or its country. */
        boolean locatesState(GazetteerEntry state, int nameStart) {
            // Loops rather than a stream: asked for every state reading of every name, and the
            // client compiler the commands run with allocates each stage of a stream.
            for (List<StateMention> inSentence : statesBySentence.values()) {
                for (StateMention st : inSentence) {
                    if (st.nameStart() == nameStart && st.state() == state && st.located()) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether a town, site or base the first pass was sure of lies in the first-level region {@code state}. */
        boolean namesATownOf(GazetteerEntry state) {
            Set<GazetteerEntry> there = settledByCountry.get(state.place().country().orElse(""));
            if (there == null) {
                return false;
            }
            for (GazetteerEntry e : there) {
                if (e.place().kind() != PlaceKind.STATE && e.admin1().isPresent() && e.admin1().equals(state.admin1())) {
                    return true;
                }
            }
            return false;
        }

        /** Whether any place the first pass was sure of lies in one of {@code countries}. */
        boolean placesAnythingIn(List<String> countries) {
            for (String c : countries) {
                if (settledByCountry.containsKey(c)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the article names {@code country} somewhere other than at {@code nameStart}. */
        boolean namesCountryElsewhere(String country, int nameStart) {
            Set<Integer> at = countries.get(country);
            return at != null && (at.size() > 1 || !at.contains(nameStart));
        }

        /**
         * Whether at least two other places the first pass was sure of lie in {@code country}: an
         * article about Irkutsk, Buryatia and Ulan-Ude is set in Russia even when it only says
         * « russe », so a smaller Russian town it names is read as one.
         */
        boolean placesCountry(String country, List<GazetteerEntry> readings) {
            Set<GazetteerEntry> there = settledByCountry.get(country);
            if (there == null || there.size() < IMPLIED_COUNTRY_PLACES) {
                return false;
            }
            long own = readings.stream().filter(there::contains).count();
            return there.size() - own >= IMPLIED_COUNTRY_PLACES;
        }
    }

    /** A place the first pass was sure of, and where its names start, so no name supports itself. */
    record Settled(GazetteerEntry entry, Set<Integer> nameStarts) {
    }

    /**
     * A first-level region named at a place in the text.
     *
     * @param nameStart    where its name starts
     * @param followsTown  where the town name it directly follows starts (« Moscow, Idaho », « Crawford au
     *                     Texas »), or -1
     * @param located      whether a town of this state is named right before it, or its country right after
     *                     it: then the name means this state, not a country of the same name
     */
    record StateMention(GazetteerEntry state, int sentenceStart, int nameStart, int followsTown, boolean located) {
    }

    /** Candidates best first; phrase rules propose a single candidate that wins outright. */
    List<Scored> score(NameOccurrence occurrence, int sentenceStart, DocumentContext context) {
        return score(occurrence, sentenceStart, context, true);
    }

    /**
     * As {@link #score(NameOccurrence, int, DocumentContext)}, with the same scores; without
     * {@code withReasons} each candidate's reason is left empty: the first pass asks only which
     * reading wins, for every name of the article, and needs none of the reasons' strings.
     */
    List<Scored> score(NameOccurrence occurrence, int sentenceStart, DocumentContext context, boolean withReasons) {
        List<Scored> scored = new ArrayList<>();
        boolean phrase = !occurrence.phrase().equals("name") && !occurrence.phrase().equals(REGION_PHRASE)
                && !occurrence.phrase().equals(TOWN_PHRASE);
        // Asked of every reading below, answered once for the name: the same for all its readings.
        boolean countryReading = hasReadingOf(PlaceKind.COUNTRY, occurrence.candidates());
        boolean featureReading = hasReadingOf(PlaceKind.PHYSICAL, occurrence.candidates());
        CountryAdjectives.Qualifier qualifier = context.clues().qualifiers().get(occurrence.span().start());
        boolean qualifierFits = qualifier != null && occurrence.candidates().stream()
                .anyMatch(c -> qualifier.countries().contains(c.place().country().orElse("")));
        for (GazetteerEntry e : occurrence.candidates()) {
            if (phrase) {
                scored.add(new Scored(e, 12, occurrence.phrase()));
                continue;
            }
            if (qualifier != null && !qualifier.countries().contains(e.place().country().orElse(""))
                    && (e.place().kind() == PlaceKind.COUNTRY
                    || (e.place().kind() == PlaceKind.STATE && qualifierFits))) {
                // « l'Azerbaïdjan iranien », "Iranian Azerbaijan": another country's part named after this one;
                // « la Géorgie caucasienne », « le Pendjab indien »: not the namesake in another country.
                continue;
            }
            List<String> why = withReasons ? new ArrayList<>() : null;
            double s = memoisedPrior(e, why);
            boolean supported = e.place().kind() != PlaceKind.CITY && e.place().kind() != PlaceKind.STATE;
            String country = e.place().country().orElse("");
            if (e.place().kind() != PlaceKind.COUNTRY
                    && context.namesCountryElsewhere(country, occurrence.span().start())) {
                // "Helsinki in 2018, Geneva in 2021" in a story on Washington and Moscow: the United States named
                // somewhere says little for Geneva, New York, against a city eight times its size abroad.
                s += dwarfedAbroad(e, occurrence.candidates()) ? 0.75 : 1.5;
                supported = true;
                if (why != null) {
                    why.add("its country is named in the article");
                }
            } else if ((e.place().kind() == PlaceKind.CITY || e.place().kind() == PlaceKind.STATE) && !country.isEmpty()
                    && !countryReading
                    && context.placesCountry(country, occurrence.candidates())
                    && standsOutInItsCountry(e, occurrence.candidates())) {
                s += 1.5;
                supported = true;
                if (why != null) {
                    why.add("the article's other places lie in its country");
                }
            }
            if (e.place().kind() == PlaceKind.CITY && e.admin1().isPresent()) {
                for (StateMention st : context.statesBySentence().getOrDefault(sentenceStart, List.of())) {
                    if (st.sentenceStart() == sentenceStart && st.nameStart() != occurrence.span().start()
                            && st.state().place().country().orElse("").equals(country)
                            && st.state().admin1().equals(e.admin1())) {
                        boolean right = st.followsTown() == occurrence.span().start();
                        // « Moscow, Idaho » says which Moscow as plainly as a phrase can: it must beat the
                        // capital with its country named (about 3 points of prior and 1.5 of country).
                        s += right ? 8 : 3;
                        supported = true;
                        if (why != null) {
                            why.add("its state, " + st.state().place().name() + (right ? ", is named right after it"
                                    : ", is named in the same sentence"));
                        }
                        break;
                    }
                }
            }
            if (e.place().kind() == PlaceKind.COUNTRY && hasCapitalOf(occurrence.candidates(), e)) {
                s += 2.5;
                if (why != null) {
                    why.add("a country named like its capital; the capital would be called « … City » or « ville de … »");
                }
            }
            // Georgia the state or Georgia the country, Heilongjiang the province or the river: the state's own
            // town or country written beside the name decides (a state named like its own town,
            // « Saint-Pétersbourg, en Russie », is left alone).
            if (e.place().kind() == PlaceKind.STATE && context.locatesState(e, occurrence.span().start())
                    && (countryReading || featureReading)) {
                s += 6;
                supported = true;
                if (why != null) {
                    why.add("one of its towns or its country is named right beside it");
                }
            }
            if (e.place().kind() == PlaceKind.STATE && countryReading && context.namesATownOf(e)
                    && !context.placesAnythingIn(countriesAmong(occurrence.candidates()))) {
                // « ATLANTA — La Géorgie est redevenue… »: the article's own town of the state, and nothing of the
                // country of the same name, says which Georgia.
                s += 6;
                supported = true;
                if (why != null) {
                    why.add("one of its towns is named in the article, nothing of the country of the same name");
                }
            }
            if (e.place().kind() == PlaceKind.CITY && context.clues().locatedTowns().contains(e)) {
                s += 8;
                supported = true;
                if (why != null) {
                    why.add("the article names it with its state elsewhere; a name keeps one sense in an article");
                }
            }
            if (e.place().kind() == PlaceKind.CITY && context.clues().townsBeforeCountry().getOrDefault(occurrence.span().start(), Set.of()).contains(e)) {
                // "the town of Kurchatov in Kazakhstan", « Saint-Pétersbourg, en Russie »: as plain as a state
                // after its town, and it must beat a namesake the rest of the article is about.
                s += 8;
                supported = true;
                if (why != null) {
                    why.add("its country is named right after it");
                }
            }
            if (qualifier != null && qualifier.countries().contains(country) && e.place().kind() != PlaceKind.COUNTRY) {
                // « le Pendjab indien », "Afghan Badakhshan": the writer says the country as plainly as by
                // naming it right after, and says it to set this reading apart from a namesake.
                s += 8;
                supported = true;
                if (why != null) {
                    why.add("the adjective « " + qualifier.word() + " » names its country");
                }
            }
            if (e.place().kind() == PlaceKind.CITY
                    && context.clues().townsBeforeNearbyTown().getOrDefault(occurrence.span().start(), Set.of()).contains(e)) {
                // « Aygepar, près de Berd », "Tamarasheni, north of Tskhinvali": the writer places the village by a
                // town of its neighbourhood, as plainly as by its region.
                s += NEARBY_TOWN_NAMED;
                supported = true;
                if (why != null) {
                    why.add("a place it lies in or near is named right after it");
                }
            }
            if (e.place().kind() == PlaceKind.STATE && occurrence.phrase().equals(REGION_PHRASE)) {
                s += 4;
                supported = true;
                if (why != null) {
                    why.add("the text calls it a region");
                }
            }
            if (e.place().kind() == PlaceKind.CITY && (e.isCapital() || e.isRegionalSeat())
                    && !countryReading && hasStateOf(occurrence.candidates(), e)) {
                s += 1;
                if (why != null) {
                    why.add("the seat of the region of the same name, which writers usually mean");
                }
            }
            Optional<Double> nearest = nearestSettledKm(e, occurrence.span().start(), context, distances,
                    Math.max(NEAR_KM, options.nearbyKm()));
            if (nearest.isPresent() && nearest.get() <= NEAR_KM) {
                s += 1.5;
                supported = true;
                if (why != null) {
                    why.add(kilometres(nearest.get()) + " km from another place of the article");
                }
                if (occurrence.candidates().size() > 1) {
                    // Korenevo by Sudzha, Glushkovo and Kursk, not the one by Moscow: of two readings each
                    // near some place, the one the article's other places gather around.
                    int others = settledWithin(e, occurrence.span().start(), context, NEAR_KM) - 1;
                    if (others > 0) {
                        s += Math.min(others, MAX_EXTRA_NEIGHBOURS) * EXTRA_NEIGHBOUR;
                        if (why != null) {
                            why.add(others + " more places of the article within " + kilometres(NEAR_KM) + " km");
                        }
                    }
                }
            } else if (nearest.isPresent() && nearest.get() <= options.nearbyKm()
                    && !dwarfedAbroad(e, occurrence.candidates())) {
                // "Aid agencies in Geneva" in a story that also names Washington: a place a thousand
                // kilometres off says nothing for Geneva, Illinois, against the city abroad eight times its size.
                s += 0.75;
                if (why != null) {
                    why.add(kilometres(nearest.get()) + " km from another place of the article");
                }
            }
            if (supported && e.place().kind() == PlaceKind.CITY && occurrence.phrase().equals(TOWN_PHRASE)
                    && standsOutInItsCountry(e, occurrence.candidates())) {
                // Only for a reading the article already places, and the one town of that name a reader
                // would think of there: "the small town of Stanley" says a town, not which Stanley.
                s += 1.5;
                if (why != null) {
                    why.add("the text calls it a town or a village");
                }
            }
            scored.add(new Scored(e, s, why == null ? "" : String.join("; ", why), supported,
                    nearest.orElse(Double.POSITIVE_INFINITY)));
        }
        scored.sort(BEST_FIRST);
        return scored;
    }

    /**
     * Highest score first, then the most populous, then the one nearest the article's other places: three
     * Mongolian villages named Khujirt, none with a known population, all near some place of a story about
     * the Orkhon, are told apart by which lies by the valley. Built once, not for every name scored.
     */
    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(sc -> sc.entry().population(), Comparator.reverseOrder())
            .thenComparingDouble(Scored::nearestKm);

    // Loops rather than streams in these tests: asked for the readings of every name, twice an
    // article, and the client compiler the commands run with allocates each stage of a stream.

    private static boolean hasReadingOf(PlaceKind kind, List<GazetteerEntry> readings) {
        for (GazetteerEntry o : readings) {
            if (o.place().kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code town} has a namesake in another country, a city of 100,000 people or more and at least five
     * times its size: the one a reader thinks of unless the article says otherwise.
     */
    private static boolean dwarfedAbroad(GazetteerEntry town, List<GazetteerEntry> readings) {
        if (town.place().kind() != PlaceKind.CITY) {
            return false;
        }
        long own = Math.max(town.population(), LISTED_WEIGHT);
        for (GazetteerEntry other : readings) {
            if (other.place().kind() == PlaceKind.CITY && other.population() >= DWARFING_CITY
                    && other.population() >= 5 * own && !other.place().country().equals(town.place().country())) {
                return true;
            }
        }
        return false;
    }

    private static final long DWARFING_CITY = 100_000;

    /** The countries of the country readings among {@code readings}. */
    private static List<String> countriesAmong(List<GazetteerEntry> readings) {
        List<String> out = new ArrayList<>(1);
        for (GazetteerEntry e : readings) {
            if (e.place().kind() == PlaceKind.COUNTRY) {
                e.place().country().ifPresent(out::add);
            }
        }
        return out;
    }

    /** Whether one of {@code readings} is the capital of the country {@code country} is. */
    private static boolean hasCapitalOf(List<GazetteerEntry> readings, GazetteerEntry country) {
        for (GazetteerEntry o : readings) {
            if (o.isCapital() && o.place().country().equals(country.place().country())) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code readings} is the first-level region {@code town} lies in. */
    private static boolean hasStateOf(List<GazetteerEntry> readings, GazetteerEntry town) {
        for (GazetteerEntry o : readings) {
            if (o.place().kind() == PlaceKind.STATE && o.place().country().equals(town.place().country())
                    && o.admin1().equals(town.admin1())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code e} is the reading of its name a reader would think of in its country: the
     * largest of its namesakes there, at least twice the next. Four Stanleys of a few thousand
     * people each give no single town to think of; Athens, Georgia, beside Athens, Tennessee, does.
     */
    private static boolean standsOutInItsCountry(GazetteerEntry e, List<GazetteerEntry> readings) {
        for (GazetteerEntry o : readings) {
            if (o != e && o.place().kind() == e.place().kind() && o.place().country().equals(e.place().country())
                    && o.population() * 2 > e.population()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A distance as {@code %.0f} writes it, without a Formatter: this runs for most candidates of
     * every name. For a non-negative double, rounding half up is what both do.
     */
    private static String kilometres(double km) {
        return Long.toString(Math.round(km));
    }

    private double memoisedPrior(GazetteerEntry e, List<String> why) {
        Prior prior = priors.computeIfAbsent(e.id(), id -> {
            List<String> reasons = new ArrayList<>();
            double score = prior(e, reasons);
            return new Prior(score, List.copyOf(reasons));
        });
        if (why != null) {
            why.addAll(prior.why());
        }
        return prior.score();
    }

    private static double prior(GazetteerEntry e, List<String> why) {
        switch (e.place().kind()) {
            case COUNTRY -> {
                why.add("a country");
                return 10;
            }
            case REGION -> {
                why.add("a region");
                return 9;
            }
            case LANDMARK, BASE -> {
                why.add("a landmark named in full");
                return 8;
            }
            case PHYSICAL -> {
                why.add("a physical feature");
                return 7;
            }
            case STATE -> {
                why.add(String.format(Locale.ROOT, "a first-level region of %,d people", e.population()));
                return 3 + Math.log10(e.population() + 10) / 2;
            }
            default -> {
                boolean unknown = hasUnknownPopulation(e);
                // A village listed because articles name it counts at least as much as the source's smallest
                // town: its few inhabitants must not make it weaker than a curated seat of unknown size.
                boolean listedSmall = !unknown && e.id().startsWith("curated:") && e.population() < LISTED_WEIGHT;
                double s = 1.1 * Math.log10((unknown || listedSmall ? LISTED_WEIGHT : e.population()) + 10);
                if (e.isCapital()) {
                    s += 2.5;
                    why.add("a capital");
                } else if (e.isRegionalSeat()) {
                    s += 1.0;
                    why.add("a regional capital");
                }
                why.add(0, unknown ? String.format(Locale.ROOT, "a town of unknown population, counted as %,d people",
                        LISTED_WEIGHT) : listedSmall ? String.format(Locale.ROOT,
                        "a village of %,d people that articles name, counted as %,d", e.population(), LISTED_WEIGHT)
                        : String.format(Locale.ROOT, "a town of %,d people", e.population()));
                return s;
            }
        }
    }

    /**
     * Whether a town's population 0 means « not known » rather than « none »: GeoNames' 1,000-people
     * table keeps administrative seats whatever their size and gives 0 to many (Yining, a city of half a
     * million, is a third-level seat with 0; so are Qila Abdullah and most Chinese county seats), and the
     * curated towns were added because articles name them. They count as the table's cut, so that a
     * seat the article supports (its country named, a place nearby) is read; a plain village with 0
     * is not in the table at all.
     */
    private static boolean hasUnknownPopulation(GazetteerEntry e) {
        return e.population() == 0 && (e.id().startsWith("curated:") || "PPLC".equals(e.featureCode())
                || "PPLA".equals(e.featureCode()) || "PPLA2".equals(e.featureCode()) || "PPLA3".equals(e.featureCode()));
    }

    /**
     * The geodesic distance to the nearest settled place, when one lies within {@code limitKm}
     * (beyond, a distance changes nothing); empty otherwise.
     */
    private static Optional<Double> nearestSettledKm(GazetteerEntry e, int nameStart, DocumentContext context,
            GeodesicCache distances, double limitKm) {
        List<Settled> settled = context.settled();
        if (e.place().kind() == PlaceKind.COUNTRY || e.place().kind() == PlaceKind.REGION) {
            return Optional.empty();
        }
        // The great-circle distance on a sphere is within 1 % of the ellipsoid's geodesic (the
        // Earth's flattening is 1/298) and ten times cheaper: it finds the few places that can be
        // nearest and within reach, and only those are measured exactly.
        double[] spherical = new double[settled.size()];
        double nearestSpherical = Double.POSITIVE_INFINITY;
        for (int i = 0; i < settled.size(); i++) {
            Settled s = settled.get(i);
            GazetteerEntry other = s.entry();
            spherical[i] = Double.NaN;
            if (other == e || (s.nameStarts().size() == 1 && s.nameStarts().contains(nameStart))
                    || other.place().kind() == PlaceKind.COUNTRY
                    || other.place().kind() == PlaceKind.REGION) {
                continue;
            }
            // A degree of latitude is at least 110.5 km anywhere: places farther apart in latitude
            // than the nearby limit need no geodesic computed.
            if (Math.abs(e.place().point().lat() - other.place().point().lat()) * 110.5 > NEARBY_LIMIT_KM) {
                continue;
            }
            spherical[i] = Geodesy.sphericalKm(e.place().point(), other.place().point());
            nearestSpherical = Math.min(nearestSpherical, spherical[i]);
        }
        double reach = Math.min(limitKm * 1.02, nearestSpherical * 1.03) + 1;
        double best = Double.POSITIVE_INFINITY;
        double[] geodesic = null;
        for (int i = 0; i < settled.size(); i++) {
            if (spherical[i] <= reach) {
                if (geodesic == null) {
                    geodesic = context.geodesicKm().computeIfAbsent(e, k -> {
                        double[] unknown = new double[settled.size()];
                        java.util.Arrays.fill(unknown, Double.NaN);
                        return unknown;
                    });
                }
                if (Double.isNaN(geodesic[i])) {
                    geodesic[i] = distances.km(e, settled.get(i).entry());
                }
                best = Math.min(best, geodesic[i]);
            }
        }
        return best <= limitKm ? Optional.of(best) : Optional.empty();
    }

    /**
     * How many settled places (not countries or regions, not this name itself) lie within
     * {@code km}; asked only for an ambiguous name already near one, on the sphere, which is
     * within 1 % of the geodesic.
     */
    private static int settledWithin(GazetteerEntry e, int nameStart, DocumentContext context, double km) {
        int count = 0;
        for (Settled s : context.settled()) {
            GazetteerEntry other = s.entry();
            if (other == e || (s.nameStarts().size() == 1 && s.nameStarts().contains(nameStart))
                    || other.place().kind() == PlaceKind.COUNTRY || other.place().kind() == PlaceKind.REGION) {
                continue;
            }
            if (Math.abs(e.place().point().lat() - other.place().point().lat()) * 110.5 <= km
                    && Geodesy.sphericalKm(e.place().point(), other.place().point()) <= km) {
                count++;
            }
        }
        return count;
    }

    /** The countries the article names, each with where its names start. */
    static Map<String, Set<Integer>> countriesNamed(List<NameOccurrence> occurrences) {
        Map<String, Set<Integer>> countries = new HashMap<>();
        for (NameOccurrence o : occurrences) {
            o.candidates().stream().filter(e -> e.place().kind() == PlaceKind.COUNTRY)
                    .forEach(e -> e.place().country().ifPresent(
                            c -> countries.computeIfAbsent(c, k -> new HashSet<>()).add(o.span().start())));
        }
        return countries;
    }

    /** Whether the best reading is good enough to report. */
    boolean accepts(Scored best) {
        return best.score() >= options.acceptScore() && (best.supported() || best.score() >= UNSUPPORTED_SCORE);
    }

    List<Candidate> runnersUp(List<Scored> scored, GazetteerEntry winner, NameOccurrence occurrence) {
        List<Candidate> out = new ArrayList<>();
        scored.stream().filter(s -> s.entry() != winner).limit(options.runnersUp())
                .map(s -> new Candidate(s.entry().place(), Math.round(s.score() * 100) / 100.0, s.reason()))
                .forEach(out::add);
        occurrence.displaced().stream()
                .sorted(Comparator.comparingLong(GazetteerEntry::population).reversed())
                .limit(options.runnersUp())
                .map(e -> new Candidate(e.place(), 0, "not chosen: " + describe(e) + ", "
                        + groupedKilometres(distances.km(e, winner)) + " km away, is what the name alone would mean; the "
                        + occurrence.phrase() + " names the "
                        + (occurrence.phrase().startsWith(RiverPhrases.REASON) ? "river"
                        : occurrence.phrase().startsWith(RiverPhrases.LAKE_REASON) ? "lake" : "landmark")))
                .forEach(out::add);
        return out;
    }

    /**
     * A distance as {@code %,.0f} writes it in {@link Locale#ROOT} (« 1,234 »), without a Formatter:
     * every landmark or river phrase's displaced readings are described so, and the formatter was most of
     * that. Rounded as {@link #kilometres}; anything but a positive distance is left to the formatter.
     */
    static String groupedKilometres(double km) {
        if (!(km > 0) || km >= Long.MAX_VALUE) {
            return String.format(Locale.ROOT, "%,.0f", km);
        }
        String digits = kilometres(km);
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    private static String describe(GazetteerEntry e) {
        String kind = e.place().kind() == PlaceKind.CITY ? "the town" : "the " + e.place().kind().label();
        return kind + " " + e.place().name() + e.place().country().map(c -> " (" + c + ")").orElse("");
    }
}
