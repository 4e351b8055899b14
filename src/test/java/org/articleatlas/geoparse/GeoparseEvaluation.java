package org.articleatlas.geoparse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.articleatlas.corpus.ArticleReader;
import org.articleatlas.geodata.Geodesy;
import org.articleatlas.model.Article;
import org.articleatlas.model.Place;
import org.articleatlas.model.PlaceKind;
import org.articleatlas.model.TextSpan;

/**
 * Precision and recall of resolved mentions on the evaluation passages, by the rule the project
 * is judged by: a predicted mention is right when its span overlaps a gold one and its place is
 * within 161 km of the gold place, or is the same country or region.
 */
final class GeoparseEvaluation {

    static final double TOLERANCE_KM = 161;

    record Score(int predicted, int correctPredicted, int gold, int goldFound, List<String> errors) {
        double precision() {
            return predicted == 0 ? 1 : (double) correctPredicted / predicted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) goldFound / gold;
        }

        /** The scores alone, without the errors' words. */
        String figures() {
            return String.format(Locale.ROOT, "precision %.3f (%d/%d), recall %.3f (%d/%d)", precision(),
                    correctPredicted, predicted, recall(), goldFound, gold);
        }

        @Override
        public String toString() {
            return figures() + System.lineSeparator() + String.join("\n", errors);
        }
    }

    static Score run(Geoparser geoparser, Path folder, String prefix) throws Exception {
        int predicted = 0;
        int correct = 0;
        int gold = 0;
        int found = 0;
        List<String> errors = new ArrayList<>();
        for (Path passage : passages(folder, prefix)) {
            Article article = new ArticleReader().read(passage);
            String name = passage.getFileName().toString().replace(".txt", "");
            List<GoldMention> truth = GoldMention.read(passage.resolveSibling(name + ".gold.tsv"), article.text());
            List<ResolvedMention> places = geoparser.parse(article).places();
            gold += truth.size();
            for (ResolvedMention r : places) {
                predicted++;
                if (truth.stream().anyMatch(g -> matches(r, g))) {
                    correct++;
                } else {
                    errors.add(name + ": wrong or extra « " + r.mention().text() + " » → " + r.entry().id() + " "
                            + r.entry().place().name());
                }
            }
            for (GoldMention g : truth) {
                if (places.stream().anyMatch(r -> matches(r, g))) {
                    found++;
                } else {
                    errors.add(name + ": missed « " + g.surface() + " »");
                }
            }
        }
        return new Score(predicted, correct, gold, found, errors);
    }

    /** The passages of {@code folder} whose names start with {@code prefix} ("fr-", "en-"), in order. */
    static List<Path> passages(Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    static boolean matches(ResolvedMention r, GoldMention g) {
        return overlaps(r.mention().span(), g.span()) && isRightPlace(r.entry().place(), g);
    }

    /** Whether {@code p} is the gold mention's place by the rule: within 161 km, or the same country or region. */
    static boolean isRightPlace(Place p, GoldMention g) {
        if (p.kind() == PlaceKind.COUNTRY && p.country().map(g.code()::equals).orElse(false)) {
            return true;
        }
        if (p.kind() == PlaceKind.REGION && p.id().equals("region:" + g.code())) {
            return true;
        }
        return Geodesy.distanceKm(p.point(), g.point()) <= TOLERANCE_KM;
    }

    static boolean overlaps(TextSpan a, TextSpan b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
