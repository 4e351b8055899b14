package org.articleatlas.render;

import java.util.List;
import java.util.Optional;
import org.articleatlas.geodata.BorderIndex;
import org.articleatlas.geodata.LayerKind;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerSet;
import org.articleatlas.home.AtlasHome;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.Language;
import org.articleatlas.model.Place;
import org.articleatlas.model.PlaceKind;
import org.locationtech.jts.geom.Envelope;

/**
 * The project's real basemap and a small literal map content: the seeds' Russian bases in Central
 * Asia and the three borders they speak of, with quotes, read once for all rendering tests.
 */
public final class CentralAsiaFixture {

    public static final Envelope CENTRAL_ASIA = new Envelope(44, 90, 30, 50);
    public static final String KANT_QUOTE = "Washington pourrait utiliser les bases russes d’Asie centrale";
    public static final String BORDER_QUOTE = "Mais le Tadjikistan et le Kirghizistan sont aussi limitrophes de la Chine.";

    private static Basemap basemap;
    private static BorderIndex borders;

    private CentralAsiaFixture() {
    }

    public static synchronized Basemap basemap() throws Exception {
        load();
        return basemap;
    }

    private static void load() throws Exception {
        if (basemap == null) {
            try (LayerSet layers = new LayerLoader(LayerLoader.Reading.WHEN_USED)
                    .open(List.of(AtlasHome.locateOrWorkingDirectory().geodata()))) {
                basemap = Basemap.read(layers);
                borders = BorderIndex.of(layers.firstOf(LayerKind.BORDERS).orElseThrow().features());
            }
        }
    }

    public static synchronized MapContent content() throws Exception {
        load();
        MapContent.Quote bases = new MapContent.Quote(KANT_QUOTE + " selon le Wall Street Journal.",
                "Vers un partenariat militaire Russie / États-Unis ?, 28 septembre 2021");
        MapContent.Quote limitrophes = new MapContent.Quote(BORDER_QUOTE,
                "Vers un partenariat militaire Russie / États-Unis ?, 28 septembre 2021");
        MapContent.Quote voisins = new MapContent.Quote("la Russie a qualifié d’inacceptable le transfert des troupes"
                + " américaines d’Afghanistan vers les pays voisins.",
                "Vers un partenariat militaire Russie / États-Unis ?, 28 septembre 2021");
        List<MapContent.MapPlace> places = List.of(
                place("base:dushanbe", "Russian 201st Military Base (Dushanbe)", "201e base russe (Douchanbé)",
                        PlaceKind.BASE, "TJ", 38.53333, 68.78333, bases),
                place("base:bokhtar", "Russian 201st Military Base (Bokhtar)", "201e base russe (Bokhtar)",
                        PlaceKind.BASE, "TJ", 37.83639, 68.78028, bases),
                place("base:kant", "Kant Air Base", "Base aérienne de Kant", PlaceKind.BASE, "KG", 42.85306, 74.84639,
                        bases),
                place("city:bishkek", "Bishkek", "Bichkek", PlaceKind.CITY, "KG", 42.87, 74.59, null),
                place("country:TJ", "Tajikistan", "Tadjikistan", PlaceKind.COUNTRY, "TJ", 38.87, 70.92, null),
                place("country:KG", "Kyrgyzstan", "Kirghizistan", PlaceKind.COUNTRY, "KG", 41.21, 75.07, null));
        List<MapContent.MapBorder> named = List.of(
                new MapContent.MapBorder(borders.between("CN", "TJ").orElseThrow(), "Chine – Tadjikistan",
                        Optional.of(limitrophes)),
                new MapContent.MapBorder(borders.between("CN", "KG").orElseThrow(), "Chine – Kirghizistan",
                        Optional.of(limitrophes)),
                new MapContent.MapBorder(borders.between("AF", "TJ").orElseThrow(), "Afghanistan – Tadjikistan",
                        Optional.of(voisins)));
        return new MapContent(Language.FRENCH, "Bases russes en Asie centrale", "Deux articles", places, named,
                List.of("« Vers un partenariat militaire Russie / États-Unis ? », Teria News, 2021-09-28"));
    }

    private static MapContent.MapPlace place(String id, String en, String fr, PlaceKind kind, String country, double lat,
            double lon, MapContent.Quote quote) {
        return new MapContent.MapPlace(new Place(id, en, fr, kind, Optional.of(country), new GeoPoint(lat, lon)), fr,
                Optional.ofNullable(quote));
    }
}
