package org.articleatlas.geoparse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.articleatlas.corpus.ArticleReader;
import org.articleatlas.gazetteer.Gazetteer;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.gazetteer.NameFolder;
import org.articleatlas.gazetteer.NameHit;
import org.articleatlas.geodata.Geodesy;
import org.articleatlas.model.Article;
import org.articleatlas.model.PlaceKind;

/**
 * Sorts an evaluation set's errors by what would mend them: data the gazetteer lacks, a rule that
 * dropped a name it has, or the choice among the candidates. The counts alone say where the next
 * round's effort goes, so they can be taken on a set nobody may read: only {@link #listed} shows
 * the passages' words, and the command refuses that for the sets kept unseen.
 *
 * <p>Run with {@code benchmarks/geoparse-misses.sh [--show] SET...}.
 */
final class GeoparseMisses {

    /** How far from a missed place another gazetteer entry may lie for the miss to be a spelling of ours. */
    static final double SPELLING_KM = 15;

    enum Kind {
        WRONG_PLACE("a wrong place where a gold mention is"),
        SPURIOUS("a place where the text names none"),
        RUNNER_UP("missed: the right place was a runner-up (the choice)"),
        NOT_A_CANDIDATE("missed: read as another place of the name, the right one is not in the data"),
        DROPPED("missed: the name and the place are in the data, a rule dropped it"),
        PART_OF_NAME("missed: only part of the name was matched"),
        NOT_A_PLACE("missed: the name is listed as not a place"),
        NAME_ELSEWHERE("missed: the name is in the data for other places only"),
        NAME_ABSENT_ENTRY_NEAR("missed: name absent, another entry within 15 km (a spelling, or a place beside)"),
        NAME_ABSENT("missed: name absent, no entry within 15 km");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    /**
     * One error: what kind, and the words involved (read only on the sets one may study). For a name
     * absent beside another entry, {@code beside} names that entry and its distance, so that a round of
     * data can tell a spelling of ours from a different place; otherwise it is empty.
     */
    record Error(Kind kind, String passage, String surface, String goldCountry, String beside) {

        Error(Kind kind, String passage, String surface, String goldCountry) {
            this(kind, passage, surface, goldCountry, "");
        }
    }

    private final Geoparser geoparser;
    private final Gazetteer gazetteer;

    GeoparseMisses(Geoparser geoparser, Gazetteer gazetteer) {
        this.geoparser = geoparser;
        this.gazetteer = gazetteer;
    }

    static Map<Kind, Integer> counts(List<Error> errors) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        errors.forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
        return counts;
    }

    /** Every error on the passages of {@code folder} whose names start with {@code prefix}. */
    List<Error> errors(Path folder, String prefix) throws Exception {
        List<Error> errors = new ArrayList<>();
        for (Path passage : GeoparseEvaluation.passages(folder, prefix)) {
            Article article = new ArticleReader().read(passage);
            String name = passage.getFileName().toString().replace(".txt", "");
            List<GoldMention> truth = GoldMention.read(passage.resolveSibling(name + ".gold.tsv"), article.text());
            List<ResolvedMention> places = geoparser.parse(article).places();
            for (ResolvedMention r : places) {
                if (truth.stream().noneMatch(g -> GeoparseEvaluation.matches(r, g))) {
                    boolean overGold = truth.stream().anyMatch(g -> GeoparseEvaluation.overlaps(r.mention().span(), g.span()));
                    errors.add(new Error(overGold ? Kind.WRONG_PLACE : Kind.SPURIOUS, name, r.mention().text(), ""));
                }
            }
            for (GoldMention g : truth) {
                if (places.stream().noneMatch(r -> GeoparseEvaluation.matches(r, g))) {
                    Kind kind = missKind(g, places);
                    String beside = "";
                    if (kind == Kind.NAME_ABSENT) {
                        // One scan of the gazetteer says both whether an entry lies beside and which.
                        Nearest near = nearestEntry(g);
                        if (near.km() <= SPELLING_KM) {
                            kind = Kind.NAME_ABSENT_ENTRY_NEAR;
                            beside = near.toString();
                        }
                    }
                    errors.add(new Error(kind, name, g.surface(), g.code(), beside));
                }
            }
        }
        return errors;
    }

    private Kind missKind(GoldMention g, List<ResolvedMention> places) {
        for (ResolvedMention r : places) {
            if (GeoparseEvaluation.overlaps(r.mention().span(), g.span())) {
                boolean runnerUp = r.runnersUp().stream().anyMatch(c -> GeoparseEvaluation.isRightPlace(c.place(), g));
                return runnerUp ? Kind.RUNNER_UP : Kind.NOT_A_CANDIDATE;
            }
        }
        String folded = NameFolder.fold(g.surface());
        List<NameHit> hits = gazetteer.names().find(folded);
        boolean rightPlaceNamed = hits.stream().filter(h -> !h.target().notAPlace())
                .flatMap(h -> h.target().entries().stream()).anyMatch(e -> GeoparseEvaluation.isRightPlace(e.place(), g));
        if (rightPlaceNamed) {
            boolean whole = hits.stream().anyMatch(h -> h.begin() == 0 && h.end() == folded.length());
            return whole ? Kind.DROPPED : Kind.PART_OF_NAME;
        }
        if (hits.stream().anyMatch(h -> h.target().notAPlace())) {
            return Kind.NOT_A_PLACE;
        }
        if (!hits.isEmpty()) {
            return Kind.NAME_ELSEWHERE;
        }
        // Whether another entry lies beside the place is asked by the caller, which also names it.
        return Kind.NAME_ABSENT;
    }

    /** The gazetteer entry nearest a gold place, other than a country, and how far it lies. */
    private record Nearest(GazetteerEntry entry, double km) {

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%s, %.0f km", entry.place().name(), km);
        }
    }

    private Nearest nearestEntry(GoldMention g) {
        GazetteerEntry nearest = null;
        double best = Double.MAX_VALUE;
        for (GazetteerEntry e : gazetteer.entries()) {
            double km = e.place().kind() == PlaceKind.COUNTRY ? Double.MAX_VALUE : Geodesy.distanceKm(e.place().point(), g.point());
            if (km < best) {
                best = km;
                nearest = e;
            }
        }
        return new Nearest(nearest, best);
    }

    /** The errors themselves, one a line, for a set one may study. */
    static List<String> listed(String set, List<Error> errors) {
        if (UnseenSets.NAMES.contains(set)) {
            throw new IllegalArgumentException(set + " is kept unseen: only its counts may be printed");
        }
        return errors.stream().map(e -> set + "/" + e.passage() + ": « " + e.surface() + " » " + e.kind().description
                + (e.beside().isEmpty() ? "" : " [beside: " + e.beside() + "]")).toList();
    }

    /**
     * How many names absent from the data each country has among the misses: which countries a round of
     * data should look at first. Counts only, so it may be taken on the sets kept unseen.
     */
    static Map<String, Integer> absentByCountry(List<Error> errors) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        errors.stream().filter(e -> e.kind() == Kind.NAME_ABSENT || e.kind() == Kind.NAME_ABSENT_ENTRY_NEAR)
                .forEach(e -> counts.merge(e.goldCountry(), 1, Integer::sum));
        return counts;
    }

    public static void main(String[] args) throws Exception {
        boolean show = false;
        boolean byCountry = false;
        List<String> sets = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--show")) {
                show = true;
            } else if (arg.equals("--by-country")) {
                byCountry = true;
            } else {
                sets.add(arg);
            }
        }
        if (show) {
            for (String set : sets) {
                if (UnseenSets.NAMES.contains(set)) {
                    System.err.println("geoparse-misses: " + set + " is kept unseen: --show is refused for it");
                    System.exit(2);
                }
            }
        }
        Path passages = Path.of("src/test/resources/org/articleatlas/geoparse");
        GeoparseMisses misses = new GeoparseMisses(RealAtlas.geoparser(), RealAtlas.gazetteer());
        List<Error> all = new ArrayList<>();
        for (String set : sets) {
            for (String language : List.of("fr-", "en-")) {
                List<Error> errors = misses.errors(passages.resolve(set), language);
                all.addAll(errors);
                System.out.println(set + " " + language.substring(0, 2));
                counts(errors).forEach((kind, n) -> System.out.printf("  %4d  %s%n", n, kind.description));
                if (show) {
                    listed(set, errors).forEach(line -> System.out.println("        " + line));
                }
            }
        }
        if (byCountry) {
            System.out.println("names absent from the data, by the gold place's country (all sets above):");
            absentByCountry(all).forEach((code, n) -> System.out.printf("  %4d  %s%n", n, code));
        }
    }
}
