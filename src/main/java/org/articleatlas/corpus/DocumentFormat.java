package org.articleatlas.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The article file formats the application reads, recognised by file extension. */
enum DocumentFormat {
    PLAIN_TEXT(List.of("txt", "text"), new PlainTextExtractor()),
    MARKDOWN(List.of("md", "markdown"), new MarkdownExtractor()),
    HTML(List.of("html", "htm", "xhtml"), new HtmlExtractor());

    private final List<String> extensions;
    private final DocumentExtractor extractor;

    DocumentFormat(List<String> extensions, DocumentExtractor extractor) {
        this.extensions = extensions;
        this.extractor = extractor;
    }

    DocumentExtractor extractor() {
        return extractor;
    }

    static Optional<DocumentFormat> of(Path file) {
        String ext = extension(file);
        for (DocumentFormat f : values()) {
            if (f.extensions.contains(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String supportedList() {
        return ".txt, .md, .html or .htm";
    }
}
