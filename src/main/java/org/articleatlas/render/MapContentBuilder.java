package org.articleatlas.render;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.articleatlas.geodata.Border;
import org.articleatlas.model.Article;
import org.articleatlas.model.Language;
import org.articleatlas.model.Mention;
import org.articleatlas.model.MentionUse;
import org.articleatlas.model.Place;

/** Turns articles and what they name into a {@link MapContent}: labels, quotes, title and citations. */
public final class MapContentBuilder {

    /** Longest excerpt quoted in a caption, in characters; longer sentences are cut around the name. */
    static final int MAX_EXCERPT = 190;

    /** A place with every mention of it. */
    public record NamedPlace(Place place, List<Mention> mentions) {
    }

    /** A border with every mention of it. */
    public record NamedBorder(Border border, List<Mention> mentions) {
    }

    private final Language language;
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final MapText text;

    public MapContentBuilder(List<Article> articles, Language language) {
        this.language = language;
        this.text = MapText.of(language);
        articles.forEach(a -> this.articles.put(a.id(), a));
    }

    public MapContent build(Optional<String> title, List<NamedPlace> places, List<NamedBorder> borders) {
        List<MapContent.MapPlace> mapPlaces = new ArrayList<>();
        for (NamedPlace p : places) {
            mapPlaces.add(new MapContent.MapPlace(p.place(), p.place().name(language), quote(p.mentions())));
        }
        List<MapContent.MapBorder> mapBorders = new ArrayList<>();
        for (NamedBorder b : borders) {
            mapBorders.add(new MapContent.MapBorder(b.border(), b.border().name(language.code()), quote(b.mentions())));
        }
        List<Article> cited = List.copyOf(articles.values());
        String defaultTitle = cited.size() == 1 ? cited.get(0).title() : text.get("title.articles", cited.size());
        String subtitle = cited.size() == 1 ? source(cited.get(0))
                : String.join(" · ", cited.stream().map(a -> text.quoted(a.title())).toList());
        List<String> citations = cited.stream().map(this::citation).toList();
        return new MapContent(language, title.filter(t -> !t.isBlank()).orElse(defaultTitle), subtitle, mapPlaces,
                mapBorders, citations);
    }

    /** The first literal mention's sentence (a metonymic « Moscou a déclaré » says nothing about the place). */
    private Optional<MapContent.Quote> quote(List<Mention> mentions) {
        Optional<Mention> chosen = mentions.stream().filter(m -> m.use() == MentionUse.LITERAL).findFirst()
                .or(() -> mentions.stream().findFirst());
        return chosen.flatMap(m -> Optional.ofNullable(articles.get(m.articleId()))
                .map(a -> new MapContent.Quote(excerpt(a, m), source(a))));
    }

    /** The mention's sentence, cut at word boundaries around the name when longer than {@link #MAX_EXCERPT}. */
    static String excerpt(Article article, Mention mention) {
        String sentence = article.textOf(mention.sentence()).replaceAll("\\s+", " ").strip();
        if (sentence.length() <= MAX_EXCERPT) {
            return sentence;
        }
        int at = Math.max(0, mention.span().start() - mention.sentence().start());
        int start = Math.max(0, Math.min(at - MAX_EXCERPT / 3, sentence.length() - MAX_EXCERPT));
        int end = Math.min(sentence.length(), start + MAX_EXCERPT);
        if (start > 0) {
            int space = sentence.indexOf(' ', start);
            start = space < 0 || space >= at ? start : space + 1;
        }
        if (end < sentence.length()) {
            int space = sentence.lastIndexOf(' ', end);
            end = space <= at ? end : space;
        }
        return (start > 0 ? "…" : "") + sentence.substring(start, end).strip() + (end < sentence.length() ? "…" : "");
    }

    private String source(Article article) {
        return article.metadata().published()
                .map(d -> article.title() + ", " + d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(language == Language.FRENCH ? Locale.FRENCH : Locale.UK)))
                .orElse(article.title());
    }

    private String citation(Article article) {
        StringBuilder s = new StringBuilder(text.quoted(article.title()));
        article.metadata().publisher().ifPresent(p -> s.append(", ").append(p));
        article.metadata().author().ifPresent(a -> s.append(", ").append(a));
        article.metadata().published().ifPresent(d -> s.append(", ").append(d));
        return s.toString();
    }
}
