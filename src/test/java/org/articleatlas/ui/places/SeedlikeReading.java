package org.articleatlas.ui.places;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.geoparse.ArticleGeoparse;
import org.articleatlas.geoparse.GeoparseResult;
import org.articleatlas.geoparse.ResolvedMention;
import org.articleatlas.model.Article;
import org.articleatlas.model.ArticleMetadata;
import org.articleatlas.model.Candidate;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.Language;
import org.articleatlas.model.Mention;
import org.articleatlas.model.MentionUse;
import org.articleatlas.model.Place;
import org.articleatlas.model.PlaceKind;
import org.articleatlas.model.TextSpan;

/** A small reading of one French paragraph, built by hand: Genève twice, Moscou once (metonymic), Kazan Cathedral. */
public final class SeedlikeReading {

    public static final String TEXT = "Le sommet a eu lieu à Genève.\nMoscou a salué la rencontre de Genève."
            + "\nUne bombe visait la cathédrale historique de Kazan à Saint-Pétersbourg.";

    public static final Place GENEVA = new Place("geonames:2660646", "Geneva", "Genève", PlaceKind.CITY,
            Optional.of("CH"), new GeoPoint(46.20222, 6.14569));
    public static final Place MOSCOW = new Place("geonames:524901", "Moscow", "Moscou", PlaceKind.CITY,
            Optional.of("RU"), new GeoPoint(55.75222, 37.61556));
    public static final Place CATHEDRAL = new Place("landmark:kazan-cathedral", "Kazan Cathedral",
            "Cathédrale Notre-Dame-de-Kazan", PlaceKind.LANDMARK, Optional.of("RU"), new GeoPoint(59.9343, 30.3245));
    public static final Place KAZAN_CITY = new Place("geonames:551487", "Kazan", "Kazan", PlaceKind.CITY,
            Optional.of("RU"), new GeoPoint(55.78874, 49.12214));
    public static final Place GENEVA_CANTON = new Place("admin1:CH-GE", "Canton of Geneva", "Canton de Genève",
            PlaceKind.STATE, Optional.of("CH"), new GeoPoint(46.21693, 6.11927));

    private SeedlikeReading() {
    }

    public static Article article() {
        int second = TEXT.indexOf('\n') + 1;
        int third = TEXT.indexOf('\n', second) + 1;
        List<TextSpan> lines = List.of(new TextSpan(0, second - 1), new TextSpan(second, third - 1),
                new TextSpan(third, TEXT.length()));
        return new Article("a", Path.of("a.txt"), "Sommet", Language.FRENCH, TEXT, lines, lines,
                ArticleMetadata.empty());
    }

    public static Mention mention(String name, int occurrence, MentionUse use) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = TEXT.indexOf(name, at + 1);
        }
        TextSpan sentence = article().sentenceAt(at).orElseThrow();
        return new Mention("a", new TextSpan(at, at + name.length()), name, sentence, use);
    }

    public static GeoparseResult reading() {
        Mention geneva1 = mention("Genève", 0, MentionUse.LITERAL);
        Mention geneva2 = mention("Genève", 1, MentionUse.LITERAL);
        Mention moscow = mention("Moscou", 0, MentionUse.METONYMIC);
        Mention kazan = mention("Kazan", 0, MentionUse.LITERAL);
        Candidate canton = new Candidate(GENEVA_CANTON, 7.31,
                "a first-level region of 414,634 people; 3 km from another place of the article");
        Candidate city = new Candidate(KAZAN_CITY, 0, "not chosen: the town Kazan (RU), 1,202 km away, is what the "
                + "name alone would mean; the landmark phrase « cathédrale historique de Kazan » names the landmark");
        List<ResolvedMention> resolved = List.of(
                new ResolvedMention(geneva1, entry(GENEVA), 7.79, "a town of 183,981 people", List.of(canton)),
                new ResolvedMention(moscow, entry(MOSCOW), 9.9, "a capital", List.of()),
                new ResolvedMention(geneva2, entry(GENEVA), 7.79, "a town of 183,981 people", List.of(canton)),
                new ResolvedMention(kazan, entry(CATHEDRAL), 10, "landmark phrase", List.of(city)));
        return GeoparseResult.of(List.of(new ArticleGeoparse(article(), resolved, List.of())));
    }

    private static GazetteerEntry entry(Place place) {
        return new GazetteerEntry(place, List.of(place.nameFr()), 0, Optional.empty(), "PPL", Optional.empty(), true,
                List.of());
    }
}
