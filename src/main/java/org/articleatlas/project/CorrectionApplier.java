package org.articleatlas.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.geoparse.ArticleGeoparse;
import org.articleatlas.geoparse.GeoparseResult;
import org.articleatlas.geoparse.ResolvedMention;
import org.articleatlas.model.Article;
import org.articleatlas.model.Candidate;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.Mention;
import org.articleatlas.model.MentionUse;
import org.articleatlas.model.Place;
import org.articleatlas.model.TextSpan;

/**
 * Applies a project's corrections to what the geoparser found, after it has run: mentions marked
 * « not a place » are dropped, re-assigned ones point at the teacher's gazetteer entry (a name the
 * geoparser missed becomes a mention), and moved markers move their place. A correction that no
 * longer fits the article (other text at its offsets, an unknown place id) is left out and reported.
 */
public final class CorrectionApplier {

    /** What the corrections made of a result, and one line per correction that could not be applied. */
    public record Corrected(GeoparseResult result, List<String> problems) {
    }

    private final Function<String, Optional<GazetteerEntry>> gazetteer;

    /** @param gazetteer finds an entry by its id, for re-assignments */
    public CorrectionApplier(Function<String, Optional<GazetteerEntry>> gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** @param projectFile named in the problems, so the user knows where the stale correction is */
    public Corrected apply(GeoparseResult result, Project project, Path projectFile) {
        List<String> problems = new ArrayList<>();
        Map<String, GeoPoint> moved = new HashMap<>();
        project.movedMarkers().forEach(m -> moved.put(m.placeId(), new GeoPoint(m.lat(), m.lon())));
        List<ArticleGeoparse> articles = new ArrayList<>();
        for (ArticleGeoparse parsed : result.articles()) {
            Article article = parsed.article();
            List<ResolvedMention> places = new ArrayList<>(parsed.places());
            for (Project.NotAPlace mark : project.notPlaces()) {
                if (!mark.article().equals(article.fileName())) {
                    continue;
                }
                if (!fits(article, mark.start(), mark.end(), mark.text())) {
                    problems.add(stale(projectFile, "« not a place »", mark.article(), mark.start(), mark.end(),
                            mark.text(), article));
                    continue;
                }
                places.removeIf(r -> at(r, mark.start(), mark.end()));
            }
            for (Project.Reassignment r : project.reassignments()) {
                if (!r.article().equals(article.fileName())) {
                    continue;
                }
                if (!fits(article, r.start(), r.end(), r.text())) {
                    problems.add(stale(projectFile, "re-assignment", r.article(), r.start(), r.end(), r.text(), article));
                    continue;
                }
                Optional<GazetteerEntry> entry = gazetteer.apply(r.placeId());
                if (entry.isEmpty()) {
                    problems.add(projectFile + ": re-assignment of « " + r.text() + " » in " + r.article() + " to "
                            + r.placeId() + ": no such place in the gazetteer; not applied");
                    continue;
                }
                places.replaceAll(m -> at(m, r.start(), r.end()) ? reassigned(m, entry.get()) : m);
                if (places.stream().noneMatch(m -> at(m, r.start(), r.end()))) {
                    places.add(added(article, r, entry.get()));
                }
            }
            places.replaceAll(m -> moved.containsKey(m.entry().id()) ? movedTo(m, moved.get(m.entry().id())) : m);
            places.sort(Comparator.comparingInt(m -> m.mention().span().start()));
            articles.add(new ArticleGeoparse(article, places, parsed.borders()));
        }
        for (Project.NotAPlace mark : project.notPlaces()) {
            unknownArticle(result, mark.article()).ifPresent(a -> problems.add(projectFile + ": « not a place » on "
                    + a + ": no such article open; not applied"));
        }
        for (Project.Reassignment r : project.reassignments()) {
            unknownArticle(result, r.article()).ifPresent(a -> problems.add(projectFile + ": re-assignment on "
                    + a + ": no such article open; not applied"));
        }
        return new Corrected(GeoparseResult.of(articles), List.copyOf(problems));
    }

    private static Optional<String> unknownArticle(GeoparseResult result, String fileName) {
        return result.articles().stream().anyMatch(a -> a.article().fileName().equals(fileName))
                ? Optional.empty() : Optional.of(fileName);
    }

    private static boolean fits(Article article, int start, int end, String text) {
        return end <= article.text().length() && article.text().substring(start, end).equals(text);
    }

    private static boolean at(ResolvedMention r, int start, int end) {
        return r.mention().span().start() == start && r.mention().span().end() == end;
    }

    private static String stale(Path projectFile, String what, String article, int start, int end, String text,
            Article actual) {
        String found = end <= actual.text().length() ? "« " + actual.text().substring(start, end) + " »"
                : "the end of the text";
        return String.format(Locale.ROOT, "%s: %s of « %s » at %d–%d in %s: the article has %s there now; not applied",
                projectFile, what, text, start, end, article, found);
    }

    private static ResolvedMention reassigned(ResolvedMention m, GazetteerEntry to) {
        List<Candidate> runnersUp = List.of(new Candidate(m.entry().place(), m.score(),
                "the geoparser's choice (" + m.reason() + "), corrected by the teacher"));
        return new ResolvedMention(m.mention(), to, m.score(), "re-assigned by the teacher in the project", runnersUp);
    }

    private static ResolvedMention added(Article article, Project.Reassignment r, GazetteerEntry to) {
        TextSpan span = new TextSpan(r.start(), r.end());
        TextSpan sentence = article.sentenceAt(r.start()).orElse(span);
        Mention mention = new Mention(article.id(), span, r.text(), sentence, MentionUse.LITERAL);
        return new ResolvedMention(mention, to, 0, "named by the teacher in the project", List.of());
    }

    private static ResolvedMention movedTo(ResolvedMention m, GeoPoint point) {
        GazetteerEntry e = m.entry();
        Place p = e.place();
        Place moved = new Place(p.id(), p.name(), p.nameFr(), p.kind(), p.country(), point);
        GazetteerEntry entry = new GazetteerEntry(moved, e.names(), e.population(), e.admin1(), e.featureCode(),
                e.operator(), e.active(), e.members());
        return new ResolvedMention(m.mention(), entry, m.score(), m.reason() + "; marker moved by the teacher in the"
                + " project", m.runnersUp());
    }
}
