package org.articleatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.model.Article;
import org.articleatlas.model.ArticleMetadata;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.Language;
import org.articleatlas.model.Mention;
import org.articleatlas.model.MentionUse;
import org.articleatlas.model.Place;
import org.articleatlas.model.PlaceKind;
import org.articleatlas.model.TextSpan;
import org.junit.jupiter.api.Test;

class GeoparseResultOrderTest {

    private static final String TEXT = "Kazan, Kazan et encore Kazan.";
    private static final Place KAZAN = new Place("geonames:551487", "Kazan", "Kazan", PlaceKind.CITY,
            Optional.of("RU"), new GeoPoint(55.78874, 49.12214));
    private static final GazetteerEntry ENTRY = new GazetteerEntry(KAZAN, List.of("Kazan"), 0, Optional.empty(), "PPL",
            Optional.empty(), true, List.of());

    @Test
    void aPlacesMentionsComeByArticleIdThenStartWhateverTheOrderTheyWereFoundIn() {
        // Ids whose order is not the articles' order, one a prefix of another, mentions out of text order.
        GeoparseResult result = GeoparseResult.of(List.of(
                read("b-10", 23, 0), read("b-1", 7), read("a", 0, 23, 7)));

        List<String> order = result.places().get(0).mentions().stream()
                .map(m -> m.articleId() + "@" + m.span().start()).toList();

        assertThat(order).containsExactly("a@0", "a@7", "a@23", "b-1@7", "b-10@0", "b-10@23");
    }

    private static ArticleGeoparse read(String id, int... starts) {
        List<TextSpan> all = List.of(new TextSpan(0, TEXT.length()));
        Article article = new Article(id, Path.of(id + ".txt"), id, Language.FRENCH, TEXT, all, all,
                ArticleMetadata.empty());
        List<ResolvedMention> resolved = java.util.Arrays.stream(starts).mapToObj(s -> new ResolvedMention(
                new Mention(id, new TextSpan(s, s + 5), "Kazan", all.get(0), MentionUse.LITERAL), ENTRY, 10, "a town",
                List.of())).toList();
        return new ArticleGeoparse(article, resolved, List.of());
    }
}
