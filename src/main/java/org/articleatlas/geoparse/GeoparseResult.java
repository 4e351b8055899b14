package org.articleatlas.geoparse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.articleatlas.geodata.Border;
import org.articleatlas.model.Candidate;
import org.articleatlas.model.Mention;
import org.articleatlas.model.Place;

/** The places and borders of a set of articles, each with every mention that names it. */
public record GeoparseResult(List<ArticleGeoparse> articles, List<PlaceResult> places, List<BorderResult> borders) {

    /** A place with its mentions across all articles, the runners-up of its first mention and why it won. */
    public record PlaceResult(Place place, List<Mention> mentions, List<Candidate> runnersUp, String reason) {
    }

    /** A border with the sentences that speak of it. */
    public record BorderResult(Border border, List<Mention> mentions, String reason) {
    }

    /** Gathers the per-article results; places in order of first mention. */
    public static GeoparseResult of(List<ArticleGeoparse> articles) {
        Map<String, PlaceResult> places = new LinkedHashMap<>();
        Map<String, BorderResult> borders = new LinkedHashMap<>();
        for (ArticleGeoparse article : articles) {
            for (ResolvedMention r : article.places()) {
                places.compute(r.entry().id(), (id, existing) -> existing == null
                        ? new PlaceResult(r.entry().place(), new ArrayList<>(List.of(r.mention())), r.runnersUp(), r.reason())
                        : add(existing, r.mention()));
            }
            for (BorderMention b : article.borders()) {
                borders.compute(b.border().id(), (id, existing) -> {
                    if (existing == null) {
                        return new BorderResult(b.border(), new ArrayList<>(List.of(b.mention())), b.reason());
                    }
                    existing.mentions().add(b.mention());
                    return existing;
                });
            }
        }
        Map<String, Integer> order = articleOrder(articles);
        List<PlaceResult> placeList = places.values().stream()
                .map(p -> new PlaceResult(p.place(), sorted(p.mentions(), order), p.runnersUp(), p.reason())).toList();
        List<BorderResult> borderList = borders.values().stream()
                .map(b -> new BorderResult(b.border(), sorted(b.mentions(), order), b.reason())).toList();
        return new GeoparseResult(List.copyOf(articles), placeList, borderList);
    }

    /** Each article id's rank among the ids in their natural order. */
    private static Map<String, Integer> articleOrder(List<ArticleGeoparse> articles) {
        List<String> ids = articles.stream().map(a -> a.article().id()).sorted().distinct().toList();
        Map<String, Integer> rank = new HashMap<>(ids.size() * 4 / 3 + 1);
        for (int i = 0; i < ids.size(); i++) {
            rank.put(ids.get(i), i);
        }
        return rank;
    }

    private static PlaceResult add(PlaceResult existing, Mention mention) {
        existing.mentions().add(mention);
        return existing;
    }

    /**
     * The mentions by article id, then by start. Ordered by the ids' ranks in {@code order}, the
     * same order as comparing the ids, which share long prefixes: sorting a corpus's hundred thousand
     * mentions that way was a thirtieth of its run, on one thread after the others had finished.
     */
    private static List<Mention> sorted(List<Mention> mentions, Map<String, Integer> order) {
        List<Mention> copy = new ArrayList<>(mentions);
        boolean ranked = copy.stream().allMatch(m -> order.containsKey(m.articleId()));
        copy.sort(ranked ? new ByRank(order) : Comparator.comparing(Mention::articleId).thenComparingInt(m -> m.span().start()));
        return List.copyOf(copy);
    }

    /** Mentions by their article's rank, then by start. */
    private record ByRank(Map<String, Integer> order) implements Comparator<Mention> {
        @Override
        public int compare(Mention a, Mention b) {
            String x = a.articleId();
            String y = b.articleId();
            if (!x.equals(y)) {
                return Integer.compare(order.get(x), order.get(y));
            }
            return Integer.compare(a.span().start(), b.span().start());
        }
    }
}
