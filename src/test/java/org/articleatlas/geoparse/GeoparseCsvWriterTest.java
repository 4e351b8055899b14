package org.articleatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.articleatlas.geodata.Border;
import org.articleatlas.model.Article;
import org.articleatlas.model.ArticleMetadata;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.Language;
import org.articleatlas.model.Mention;
import org.articleatlas.model.MentionUse;
import org.articleatlas.model.Place;
import org.articleatlas.model.PlaceKind;
import org.articleatlas.model.TextSpan;
import org.junit.jupiter.api.Test;

class GeoparseCsvWriterTest {

    private static Article article(String id, String file) {
        return new Article(id, Path.of("corpus", file), id, Language.FRENCH, "texte", List.of(), List.of(),
                ArticleMetadata.empty());
    }

    private static Mention mention(String article, int start, String text, MentionUse use) {
        return new Mention(article, new TextSpan(start, start + text.length()), text, new TextSpan(0, 100), use);
    }

    @Test
    void writesOneRowPerMentionPlacesInOrderWithQuotedCells() throws Exception {
        List<ArticleGeoparse> articles = List.of(
                new ArticleGeoparse(article("a", "a, le premier.txt"), List.of(), List.of()),
                new ArticleGeoparse(article("b", "b.md"), List.of(), List.of()));
        Place washington = new Place("city:1", "Washington, D.C.", "Washington", PlaceKind.CITY, Optional.of("US"),
                new GeoPoint(38.895, -77.0366));
        Place nowhere = new Place("country:XX", "The \"Land\"", "Le « pays »", PlaceKind.COUNTRY, Optional.empty(),
                new GeoPoint(-1.5, 2.25));
        List<GeoparseResult.PlaceResult> places = List.of(
                new GeoparseResult.PlaceResult(washington, List.of(mention("a", 3, "Washington", MentionUse.METONYMIC),
                        mention("b", 10, "Washington", MentionUse.LITERAL)), List.of(), ""),
                new GeoparseResult.PlaceResult(nowhere, List.of(mention("b", 40, "le \"pays\",\nlà", MentionUse.LITERAL),
                        mention("gone", 1, "Pays", MentionUse.LITERAL)), List.of(), ""));
        Border border = new Border("US-CA", "US", "CA", "Canada–United States border", "frontière Canada, États-Unis",
                8891, null);
        List<GeoparseResult.BorderResult> borders = List.of(new GeoparseResult.BorderResult(border,
                List.of(mention("a", 50, "frontière", MentionUse.LITERAL)), ""));
        StringWriter out = new StringWriter();
        new GeoparseCsvWriter().write(new GeoparseResult(articles, places, borders), out);

        String lit = MentionUse.LITERAL.label();
        String met = MentionUse.METONYMIC.label();
        assertThat(out.toString()).isEqualTo(String.join("\r\n",
                "id,name,name_fr,kind,country,lat,lon,article,start,end,text,use",
                "city:1,\"Washington, D.C.\",Washington," + PlaceKind.CITY.label()
                        + ",US,38.895000,-77.036600,\"a, le premier.txt\",3,13,Washington," + met,
                "city:1,\"Washington, D.C.\",Washington," + PlaceKind.CITY.label()
                        + ",US,38.895000,-77.036600,b.md,10,20,Washington," + lit,
                "country:XX,\"The \"\"Land\"\"\",Le « pays »," + PlaceKind.COUNTRY.label()
                        + ",,-1.500000,2.250000,b.md,40,53,\"le \"\"pays\"\",\nlà\"," + lit,
                // A mention of an article the result does not list is named by its id.
                "country:XX,\"The \"\"Land\"\"\",Le « pays »," + PlaceKind.COUNTRY.label()
                        + ",,-1.500000,2.250000,gone,1,5,Pays," + lit,
                "border:US-CA,Canada–United States border,\"frontière Canada, États-Unis\",border,,,,\"a, le premier.txt\",50,59,frontière,"
                        + lit,
                ""));
    }

    @Test
    void keepsThePlacesOrderAcrossManyPlaces() throws Exception {
        List<GeoparseResult.PlaceResult> places = new ArrayList<>();
        StringBuilder expected = new StringBuilder("id,name,name_fr,kind,country,lat,lon,article,start,end,text,use\r\n");
        for (int i = 0; i < 2000; i++) {
            Place p = new Place("city:" + i, "Town " + i, "Ville " + i, PlaceKind.CITY, Optional.of("FR"),
                    new GeoPoint(45, 5));
            places.add(new GeoparseResult.PlaceResult(p, List.of(mention("a", i, "T" + i, MentionUse.LITERAL)), List.of(), ""));
            expected.append("city:").append(i).append(",Town ").append(i).append(",Ville ").append(i).append(',')
                    .append(PlaceKind.CITY.label()).append(",FR,45.000000,5.000000,a.txt,").append(i).append(',')
                    .append(i + 1 + Integer.toString(i).length()).append(",T").append(i).append(',')
                    .append(MentionUse.LITERAL.label()).append("\r\n");
        }
        StringWriter out = new StringWriter();
        new GeoparseCsvWriter().write(new GeoparseResult(
                List.of(new ArticleGeoparse(article("a", "a.txt"), List.of(), List.of())), places, List.of()), out);
        assertThat(out.toString()).isEqualTo(expected.toString());
    }
}
