package org.articleatlas.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article as read: its normalised text (line feeds only) and the sentence and
 * paragraph boundaries as spans into that text.
 *
 * @param id     stable identifier: the file name without its extension
 * @param source the file it was read from
 */
public record Article(
        String id,
        Path source,
        String title,
        Language language,
        String text,
        List<TextSpan> sentences,
        List<TextSpan> paragraphs,
        ArticleMetadata metadata) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        sentences = List.copyOf(sentences);
        paragraphs = List.copyOf(paragraphs);
    }

    /** The same article under another id (two open files may share a name). */
    public Article withId(String newId) {
        return new Article(newId, source, title, language, text, sentences, paragraphs, metadata);
    }

    /** The file name, as tools that read our output name an article. */
    public String fileName() {
        return source.getFileName().toString();
    }

    /** The sentence that contains the character at {@code offset}, if any. */
    public Optional<TextSpan> sentenceAt(int offset) {
        return spanAt(sentences, offset);
    }

    public Optional<TextSpan> paragraphAt(int offset) {
        return spanAt(paragraphs, offset);
    }

    public String textOf(TextSpan span) {
        return span.of(text);
    }

    private static Optional<TextSpan> spanAt(List<TextSpan> spans, int offset) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TextSpan s = spans.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
