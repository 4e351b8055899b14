package org.articleatlas.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.articleatlas.model.Article;
import org.articleatlas.model.ArticleMetadata;
import org.articleatlas.model.Language;
import org.articleatlas.model.TextSpan;

/** Reads one article file into an {@link Article}, or refuses it with a one-line reason. */
public final class ArticleReader {

    /** The largest article file read: far above any article, low enough to keep the window responsive. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final int MAX_TITLE_LENGTH = 160;

    private final TextDecoder decoder = new TextDecoder();
    private final ParagraphSplitter paragraphs = new ParagraphSplitter();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final LanguageGuesser languages = new LanguageGuesser();

    /** The result of reading an article: the article, and a problem with its metadata file if it had one. */
    public record Result(Article article, Optional<ArticleReadException> metadataProblem) {
    }

    public Article read(Path file) throws ArticleReadException {
        return readWithMetadata(file).article();
    }

    /**
     * Reads {@code file}; a broken metadata file beside it does not stop the article loading,
     * it is returned as a problem to report.
     */
    public Result readWithMetadata(Path file) throws ArticleReadException {
        DocumentFormat format = checkFile(file);
        byte[] bytes = readBytes(file);
        if (bytes.length == 0) {
            throw new ArticleReadException(file, "the file is empty");
        }
        DecodedText decoded;
        try {
            decoded = decoder.decode(bytes);
        } catch (TextDecoder.UndecodableTextException e) {
            throw new ArticleReadException(file, e.getMessage(), e);
        }
        ExtractedDocument document = format.extractor().extract(decoded.text());
        String text = document.text();
        if (text.isBlank()) {
            throw new ArticleReadException(file, format == DocumentFormat.HTML
                    ? "the page has no visible text" : "the file holds only white space");
        }
        ArticleMetadata fromFile = ArticleMetadata.empty();
        Optional<ArticleReadException> metadataProblem = Optional.empty();
        try {
            fromFile = MetadataFile.readBeside(file);
        } catch (ArticleReadException e) {
            metadataProblem = Optional.of(e);
        }
        ArticleMetadata metadata = fromFile.orElse(document.embedded());
        Language language = metadata.language()
                .filter(l -> l != Language.UNDETERMINED)
                .orElseGet(() -> languages.guess(text));
        List<TextSpan> paragraphSpans = paragraphs.split(text);
        List<TextSpan> sentenceSpans = sentences.split(text, paragraphSpans, language);
        String title = metadata.title().orElseGet(() -> titleFromText(text, paragraphSpans, file));
        Article article = new Article(idOf(file), file, title, language, text, sentenceSpans, paragraphSpans,
                metadata);
        return new Result(article, metadataProblem);
    }

    /** The article's id: its file name without the extension. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static DocumentFormat checkFile(Path file) throws ArticleReadException {
        if (!Files.exists(file)) {
            throw new ArticleReadException(file, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new ArticleReadException(file, "is a folder, not an article file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ArticleReadException(file, "is not a regular file");
        }
        DocumentFormat format = DocumentFormat.of(file).orElseThrow(() -> new ArticleReadException(file,
                "unsupported file type" + describeExtension(file) + "; articles are " + DocumentFormat.supportedList()));
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ArticleReadException(file, "cannot read the file size: " + e.getMessage(), e);
        }
        if (size > MAX_BYTES) {
            throw new ArticleReadException(file, String.format(Locale.ROOT,
                    "too large (%.1f MB); the limit for an article is %d MB", size / 1048576.0, MAX_BYTES / 1048576));
        }
        return format;
    }

    private static String describeExtension(Path file) {
        String ext = DocumentFormat.extension(file);
        return ext.isEmpty() ? " (no extension)" : " '." + ext + "'";
    }

    private static byte[] readBytes(Path file) throws ArticleReadException {
        try {
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new ArticleReadException(file, "permission denied", e);
        } catch (NoSuchFileException e) {
            throw new ArticleReadException(file, "no such file", e);
        } catch (IOException e) {
            throw new ArticleReadException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Without metadata, the first paragraph when it is short enough to be a title, else the file name. */
    private static String titleFromText(String text, List<TextSpan> paragraphs, Path file) {
        for (TextSpan p : paragraphs) {
            String candidate = p.of(text).strip();
            int newline = candidate.indexOf('\n');
            if (newline > 0) {
                candidate = candidate.substring(0, newline).strip();
            }
            if (!candidate.isEmpty() && candidate.length() <= MAX_TITLE_LENGTH) {
                return candidate;
            }
            if (!candidate.isEmpty()) {
                break;
            }
        }
        return idOf(file);
    }
}
