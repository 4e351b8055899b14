package org.articleatlas.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.model.Article;
import org.articleatlas.model.Mention;
import org.articleatlas.model.TextSpan;
import org.articleatlas.ui.places.PlacesViewModel;
import org.articleatlas.ui.places.PlacesViewModel.Origin;

/**
 * The article open in the reader, cut into paragraphs of plain runs and place names, and where the
 * reader should scroll. A click on a name selects its place through {@link PlacesViewModel}, the one
 * selection the map and the lists follow.
 */
public final class ReaderViewModel {

    /** A run of the article's text: plain, a place name, or (also) the search match being shown. */
    public record Segment(TextSpan span, String text, Optional<Mention> mention, Optional<PlaceResult> place,
            boolean match) {
    }

    /** Where to scroll: a new object each time, so asking again for the same place scrolls again. */
    public static final class Target {
        private final TextSpan span;

        Target(TextSpan span) {
            this.span = span;
        }

        public TextSpan span() {
            return span;
        }
    }

    private final PlacesViewModel places;
    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>();
    private final ObservableList<List<Segment>> paragraphs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Target> target = new ReadOnlyObjectWrapper<>();
    private TextSpan match;

    public ReaderViewModel(PlacesViewModel places) {
        this.places = places;
        // A new reading of the articles brings new mentions: the open article is marked again.
        places.places().addListener((ListChangeListener<PlaceResult>) c -> {
            if (article.get() != null) {
                Article fresh = places.article(article.get().id()).orElse(article.get());
                article.set(fresh);
                rebuild();
            }
        });
    }

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article.getReadOnlyProperty();
    }

    /** The open article's paragraphs, each a list of segments in text order. */
    public ObservableList<List<Segment>> paragraphs() {
        return paragraphs;
    }

    public ReadOnlyObjectProperty<Target> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** Opens an article at its beginning. */
    public void open(Article a) {
        if (a == null) {
            return;
        }
        if (article.get() == null || !article.get().id().equals(a.id()) || match != null) {
            match = null;
            article.set(a);
            rebuild();
        }
    }

    /**
     * Opens the article of a mention, scrolled to it, and selects its place: the place already chosen
     * when it is one of those the mention names (« les bases russes d'Asie centrale » names three).
     */
    public void openAt(Mention mention) {
        places.article(mention.articleId()).ifPresent(a -> {
            open(a);
            PlaceResult chosen = places.selectedProperty().get();
            if (chosen != null && chosen.mentions().contains(mention)) {
                places.select(chosen, mention, Origin.EXCERPTS);
            } else {
                places.select(mention, Origin.EXCERPTS);
            }
            target.set(new Target(mention.span()));
        });
    }

    /** Opens an article at a passage found by the search, marked until another article or passage is shown. */
    public void openAt(Article a, TextSpan found) {
        match = found;
        article.set(a);
        rebuild();
        target.set(new Target(found));
    }

    /**
     * A click on a name in the text: its place becomes the selection, and the map flies there. A phrase
     * naming several places (« les bases russes d'Asie centrale ») selects the next of them at each click.
     */
    public void choose(Mention mention) {
        List<PlaceResult> named = places.placesOf(mention);
        if (named.isEmpty()) {
            return;
        }
        PlacesViewModel.Focus focus = places.focusProperty().get();
        int at = focus != null && focus.mention().filter(mention::equals).isPresent() ? named.indexOf(focus.place()) : -1;
        places.select(named.get((at + 1) % named.size()), mention, Origin.READER);
    }

    private void rebuild() {
        Article a = article.get();
        if (a == null) {
            paragraphs.clear();
            return;
        }
        List<Mention> mentions = places.mentionsIn(a.id());
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Mention m : mentions) {
            cuts.add(m.span().start());
            cuts.add(m.span().end());
        }
        if (match != null) {
            cuts.add(match.start());
            cuts.add(match.end());
        }
        List<TextSpan> paras = a.paragraphs().isEmpty() ? List.of(new TextSpan(0, a.text().length())) : a.paragraphs();
        List<List<Segment>> out = new ArrayList<>();
        int next = 0;
        for (TextSpan para : paras) {
            List<Segment> segments = new ArrayList<>();
            int from = para.start();
            for (Integer cut : cuts.subSet(para.start(), false, para.end(), false)) {
                next = add(segments, a, from, cut, mentions, next);
                from = cut;
            }
            next = add(segments, a, from, para.end(), mentions, next);
            out.add(List.copyOf(segments));
        }
        paragraphs.setAll(out);
    }

    /** Adds the run {@code [from, to)}; {@code next} is the first mention not yet ended, mentions being in order. */
    private int add(List<Segment> segments, Article a, int from, int to, List<Mention> mentions, int next) {
        if (to <= from) {
            return next;
        }
        while (next < mentions.size() && mentions.get(next).span().end() <= from) {
            next++;
        }
        Optional<Mention> mention = next < mentions.size() && mentions.get(next).span().start() <= from
                ? Optional.of(mentions.get(next)) : Optional.empty();
        boolean inMatch = match != null && from >= match.start() && to <= match.end();
        // A name inside a longer one (« Asie centrale » in « bases russes d'Asie centrale ») cuts the
        // longer one's run in two: joined again, it reads and clicks as one name.
        if (!segments.isEmpty()) {
            Segment last = segments.get(segments.size() - 1);
            if (last.mention().isPresent() && last.mention().equals(mention) && last.match() == inMatch
                    && last.span().end() == from) {
                segments.set(segments.size() - 1, new Segment(new TextSpan(last.span().start(), to),
                        a.text().substring(last.span().start(), to), mention, last.place(), inMatch));
                return next;
            }
        }
        segments.add(new Segment(new TextSpan(from, to), a.text().substring(from, to), mention,
                mention.flatMap(places::placeOf), inMatch));
        return next;
    }
}
