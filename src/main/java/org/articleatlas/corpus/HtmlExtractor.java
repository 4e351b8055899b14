package org.articleatlas.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.articleatlas.model.ArticleMetadata;
import org.articleatlas.model.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML page, parsed by jsoup (which never runs scripts): the
 * {@code <article>} or {@code <main>} element when the page has one, else the body, without
 * scripts, styles, navigation and hidden elements; block elements become paragraphs.
 */
final class HtmlExtractor implements DocumentExtractor {

    private static final String INVISIBLE = "script, style, noscript, template, iframe, object, embed, svg, canvas,"
            + " nav, select, button, [hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none]";

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
            "figure", "figcaption", "table", "tr", "address", "hr", "body", "form", "fieldset", "details", "summary");

    @Override
    public ExtractedDocument extract(String decoded) {
        Document page = Jsoup.parse(decoded);
        ArticleMetadata embedded = headMetadata(page);
        page.select(INVISIBLE).remove();
        Element root = Optional.ofNullable(page.selectFirst("article"))
                .or(() -> Optional.ofNullable(page.selectFirst("main")))
                .orElse(page.body());
        return new ExtractedDocument(TextNormaliser.normalise(visibleText(root)), embedded);
    }

    private static String visibleText(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendCollapsed(out, t.text());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        trimTrailingSpace(out);
                        out.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        paragraphBreak(out);
                    } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                        appendCollapsed(out, " ");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    paragraphBreak(out);
                }
            }
        }, root);
        return out.toString().strip();
    }

    private static void appendCollapsed(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c); // not U+00A0: French typography needs it
            if (space) {
                if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private static void paragraphBreak(StringBuilder out) {
        trimTrailingSpace(out);
        if (out.length() == 0) {
            return;
        }
        int newlines = 0;
        for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
            newlines++;
        }
        for (int i = newlines; i < 2; i++) {
            out.append('\n');
        }
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static ArticleMetadata headMetadata(Document page) {
        Optional<String> title = meta(page, "meta[property=og:title]")
                .or(() -> text(page.selectFirst("h1")))
                .or(() -> Optional.of(page.title().strip()).filter(s -> !s.isEmpty()));
        Optional<String> author = meta(page, "meta[name=author]")
                .or(() -> meta(page, "meta[property=article:author]"));
        Optional<String> publisher = meta(page, "meta[property=og:site_name]");
        Optional<Language> language = Optional.ofNullable(page.selectFirst("html"))
                .map(e -> e.attr("lang"))
                .flatMap(Language::fromTag);
        Optional<LocalDate> published = meta(page, "meta[property=article:published_time]")
                .or(() -> meta(page, "meta[name=date]"))
                .or(() -> Optional.ofNullable(page.selectFirst("time[datetime]")).map(e -> e.attr("datetime")))
                .flatMap(HtmlExtractor::isoDate);
        Optional<String> url = meta(page, "link[rel=canonical]", "href")
                .or(() -> meta(page, "meta[property=og:url]"));
        return new ArticleMetadata(title, author, publisher, language, published,
                published.map(d -> "day"), published.map(d -> "from the page's metadata"), url);
    }

    private static Optional<String> meta(Document page, String selector) {
        return meta(page, selector, "content");
    }

    private static Optional<String> meta(Document page, String selector, String attribute) {
        return Optional.ofNullable(page.selectFirst(selector))
                .map(e -> e.attr(attribute).strip())
                .filter(s -> !s.isEmpty());
    }

    private static Optional<String> text(Element e) {
        return Optional.ofNullable(e).map(Element::text).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Optional<LocalDate> isoDate(String value) {
        if (value.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
