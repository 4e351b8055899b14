package org.articleatlas.corpus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.articleatlas.model.ArticleMetadata;
import org.articleatlas.model.Language;

/**
 * The metadata file beside an article: {@code NAME.meta.json} for {@code NAME.txt}.
 *
 * <pre>{ "title": "…", "author": "…", "publisher": "…", "language": "fr",
 *   "published": "2021-09-28", "date_precision": "approximate", "date_note": "…", "source_url": "…" }</pre>
 */
final class MetadataFile {

    static final String SUFFIX = ".meta.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Json(
            @JsonProperty("title") String title,
            @JsonProperty("author") String author,
            @JsonProperty("publisher") String publisher,
            @JsonProperty("language") String language,
            @JsonProperty("published") String published,
            @JsonProperty("date_precision") String datePrecision,
            @JsonProperty("date_note") String dateNote,
            @JsonProperty("source_url") String sourceUrl) {
    }

    private MetadataFile() {
    }

    static Path beside(Path article) {
        String name = article.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return article.resolveSibling(stem + SUFFIX);
    }

    /** The metadata beside {@code article}; empty when there is no such file. */
    static ArticleMetadata readBeside(Path article) throws ArticleReadException {
        Path file = beside(article);
        if (!Files.isRegularFile(file)) {
            return ArticleMetadata.empty();
        }
        Json json;
        try {
            json = MAPPER.readValue(file.toFile(), Json.class);
        } catch (JsonProcessingException e) {
            throw new ArticleReadException(file, "invalid metadata JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")", e);
        } catch (IOException e) {
            throw new ArticleReadException(file, "cannot read metadata: " + e.getMessage(), e);
        }
        if (json == null) {
            throw new ArticleReadException(file, "invalid metadata JSON: the file holds no object");
        }
        Optional<Language> language = Optional.ofNullable(json.language()).filter(s -> !s.isBlank())
                .map(tag -> Language.fromTag(tag).orElse(Language.UNDETERMINED));
        Optional<LocalDate> published;
        try {
            published = nonBlank(json.published()).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new ArticleReadException(file, "invalid metadata: \"published\" must be a date like 2021-09-28, not \""
                    + json.published() + "\"", e);
        }
        return new ArticleMetadata(nonBlank(json.title()), nonBlank(json.author()), nonBlank(json.publisher()),
                language, published, nonBlank(json.datePrecision()), nonBlank(json.dateNote()),
                nonBlank(json.sourceUrl()));
    }

    private static Optional<String> nonBlank(String s) {
        return Optional.ofNullable(s).map(String::strip).filter(v -> !v.isEmpty());
    }
}
