package org.articleatlas.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What is known about an article beyond its text: from a metadata file beside it,
 * or from the document itself (an HTML head, a Markdown heading).
 *
 * @param datePrecision how exact {@code published} is: {@code day}, {@code approximate} or {@code month}
 * @param dateNote      how the date was found or inferred, for the reader to judge it
 */
public record ArticleMetadata(
        Optional<String> title,
        Optional<String> author,
        Optional<String> publisher,
        Optional<Language> language,
        Optional<LocalDate> published,
        Optional<String> datePrecision,
        Optional<String> dateNote,
        Optional<String> sourceUrl) {

    public static ArticleMetadata empty() {
        return new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Each field of this record, or where it has none, the one from {@code fallback}. */
    public ArticleMetadata orElse(ArticleMetadata fallback) {
        return new ArticleMetadata(
                title.or(fallback::title),
                author.or(fallback::author),
                publisher.or(fallback::publisher),
                language.or(fallback::language),
                published.or(fallback::published),
                datePrecision.or(fallback::datePrecision),
                dateNote.or(fallback::dateNote),
                sourceUrl.or(fallback::sourceUrl));
    }

    public ArticleMetadata withTitle(String newTitle) {
        return new ArticleMetadata(Optional.ofNullable(newTitle), author, publisher, language, published,
                datePrecision, dateNote, sourceUrl);
    }

    public ArticleMetadata withLanguage(Language newLanguage) {
        return new ArticleMetadata(title, author, publisher, Optional.ofNullable(newLanguage), published,
                datePrecision, dateNote, sourceUrl);
    }
}
