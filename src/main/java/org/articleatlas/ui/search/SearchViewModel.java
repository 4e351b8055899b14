package org.articleatlas.ui.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.articleatlas.gazetteer.FoldedText;
import org.articleatlas.gazetteer.NameFolder;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.model.Article;
import org.articleatlas.model.Language;
import org.articleatlas.model.TextSpan;
import org.articleatlas.ui.places.PlacesViewModel;
import org.articleatlas.ui.places.PlacesViewModel.Origin;
import org.articleatlas.ui.reader.ReaderViewModel;

/**
 * Searches the places found (by their French and English names) and the open articles' text, the way
 * the geoparser matches names: case, accents and hyphens do not count (« geneve » finds « Genève »).
 * Choosing a place selects it; choosing a passage opens the reader there.
 */
public final class SearchViewModel {

    /** The shortest query searched: one letter would match nearly every sentence. */
    static final int MIN_LENGTH = 2;
    /** Enough to choose from; the rest are reached by typing more. */
    static final int MAX_PASSAGES = 60;
    private static final int CONTEXT = 45;

    /** A place, or a passage of an article with the match at {@code [matchStart, matchEnd)} of its snippet. */
    public record Result(PlaceResult place, Article article, TextSpan span, String snippet, int matchStart,
            int matchEnd) {

        public boolean isPlace() {
            return place != null;
        }
    }

    private final PlacesViewModel places;
    private final ReaderViewModel reader;
    private final ObservableList<Article> articles;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Result> results = FXCollections.observableArrayList();
    /** Folded once per article: a query is then a plain index search, fast enough to run on every key. */
    private final Map<Article, FoldedText> folded = new IdentityHashMap<>();

    public SearchViewModel(PlacesViewModel places, ReaderViewModel reader, ObservableList<Article> articles) {
        this.places = places;
        this.reader = reader;
        this.articles = articles;
        query.addListener((obs, old, now) -> search());
        places.places().addListener((ListChangeListener<PlaceResult>) c -> search());
        articles.addListener((ListChangeListener<Article>) c -> {
            folded.keySet().retainAll(articles);
            search();
        });
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The places first, best first, then the passages in article and text order. */
    public ObservableList<Result> results() {
        return results;
    }

    public void choose(Result result) {
        if (result.isPlace()) {
            places.select(result.place(), Origin.SEARCH);
        } else {
            reader.openAt(result.article(), result.span());
        }
    }

    private void search() {
        String q = NameFolder.fold(query.get() == null ? "" : query.get());
        if (q.length() < MIN_LENGTH) {
            results.clear();
            return;
        }
        List<Result> out = new ArrayList<>(matchingPlaces(q));
        out.addAll(matchingPassages(q));
        results.setAll(out);
    }

    private List<Result> matchingPlaces(String q) {
        record Hit(PlaceResult place, boolean prefix) {
        }
        List<Hit> hits = new ArrayList<>();
        for (PlaceResult p : places.places()) {
            String en = NameFolder.fold(p.place().name(Language.ENGLISH));
            String fr = NameFolder.fold(p.place().name(Language.FRENCH));
            if (en.contains(q) || fr.contains(q)) {
                hits.add(new Hit(p, en.startsWith(q) || fr.startsWith(q)));
            }
        }
        hits.sort(Comparator.comparing((Hit h) -> !h.prefix()).thenComparingInt(h -> -h.place().mentions().size()));
        return hits.stream().map(h -> new Result(h.place(), null, null, null, 0, 0)).toList();
    }

    private List<Result> matchingPassages(String q) {
        List<Result> out = new ArrayList<>();
        for (Article a : articles) {
            FoldedText f = folded.computeIfAbsent(a, x -> NameFolder.foldText(x.text()));
            String text = f.folded();
            for (int at = text.indexOf(q); at >= 0 && out.size() < MAX_PASSAGES; at = text.indexOf(q, at + q.length())) {
                TextSpan span = new TextSpan(f.originalStartOf(at), f.originalEndOf(at + q.length()));
                out.add(passage(a, span));
            }
        }
        return out;
    }

    /** The match with some words either side, within its sentence, cut at spaces. */
    private static Result passage(Article a, TextSpan span) {
        TextSpan sentence = a.sentenceAt(span.start()).orElse(new TextSpan(0, a.text().length()));
        int from = Math.max(sentence.start(), span.start() - CONTEXT);
        int to = Math.min(Math.max(sentence.end(), span.end()), span.end() + CONTEXT);
        String text = a.text();
        if (from > sentence.start()) {
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < span.start() ? space + 1 : from;
        }
        if (to < sentence.end()) {
            int space = text.lastIndexOf(' ', to);
            to = space > span.end() ? space : to;
        }
        String lead = from > sentence.start() ? "\u2026" : "";
        String tail = to < sentence.end() ? "\u2026" : "";
        String snippet = lead + text.substring(from, to).replace('\n', ' ').strip() + tail;
        int matchStart = lead.length() + (span.start() - from) - leadingSpaces(text, from, to);
        return new Result(null, a, span, snippet, matchStart, matchStart + span.length());
    }

    private static int leadingSpaces(String text, int from, int to) {
        int n = 0;
        while (from + n < to && Character.isWhitespace(text.charAt(from + n))) {
            n++;
        }
        return n;
    }
}
