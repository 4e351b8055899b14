package org.articleatlas.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.articleatlas.geoparse.ArticleGeoparse;
import org.articleatlas.geoparse.GeoparseResult;
import org.articleatlas.geoparse.ResolvedMention;
import org.articleatlas.model.Article;
import org.articleatlas.model.Language;
import org.articleatlas.model.TextSpan;

/** The dated events of a set of articles, earliest first, each linked to its sentence and places. */
public final class TimelineBuilder {

    private final Map<Language, DateFinder> finders = new EnumMap<>(Language.class);

    public List<DatedEvent> build(GeoparseResult geoparsed) {
        List<DatedEvent> events = new ArrayList<>();
        for (ArticleGeoparse parsed : geoparsed.articles()) {
            events.addAll(eventsOf(parsed));
        }
        // Earliest first; a long period after the shorter ones that start with it.
        events.sort(Comparator.comparing((DatedEvent e) -> e.date().start()).thenComparing(e -> e.date().end())
                .thenComparing(DatedEvent::article).thenComparingInt(e -> e.date().span().start()));
        return List.copyOf(events);
    }

    /** The dated events of one article, in text order. */
    public List<DatedEvent> eventsOf(ArticleGeoparse parsed) {
        Article article = parsed.article();
        DateFinder finder = finders.computeIfAbsent(article.language(), DateFinder::new);
        List<DatedEvent> events = new ArrayList<>();
        for (DateExpression date : finder.find(article)) {
            TextSpan sentence = article.sentenceAt(date.span().start()).orElse(date.span());
            Set<String> places = new LinkedHashSet<>();
            for (ResolvedMention r : parsed.places()) {
                if (sentence.covers(r.mention().span())) {
                    places.add(r.entry().id());
                }
            }
            events.add(new DatedEvent(article.fileName(), date, sentence, article.textOf(sentence).strip(),
                    List.copyOf(places)));
        }
        return events;
    }
}
