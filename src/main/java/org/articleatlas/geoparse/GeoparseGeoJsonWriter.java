package org.articleatlas.geoparse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.articleatlas.model.Article;
import org.articleatlas.model.Candidate;
import org.articleatlas.model.Mention;
import org.articleatlas.model.Place;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Writes a geoparse result as one GeoJSON FeatureCollection: a Point feature per place, a
 * MultiLineString feature per border, each with its mentions. The field names are a contract.
 */
public final class GeoparseGeoJsonWriter {

    private static final JsonFactory JSON = new JsonFactory();

    public void write(GeoparseResult result, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            Map<String, Article> articles = new HashMap<>();
            result.articles().forEach(a -> articles.put(a.article().id(), a.article()));
            for (GeoparseResult.PlaceResult p : result.places()) {
                writePlace(g, p, articles);
            }
            for (GeoparseResult.BorderResult b : result.borders()) {
                writeBorder(g, b, articles);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writePlace(JsonGenerator g, GeoparseResult.PlaceResult p, Map<String, Article> articles)
            throws IOException {
        Place place = p.place();
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", place.id());
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(round(place.point().lon()));
        g.writeNumber(round(place.point().lat()));
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("id", place.id());
        g.writeStringField("name", place.name());
        g.writeStringField("name_fr", place.nameFr());
        g.writeStringField("kind", place.kind().label());
        if (place.country().isPresent()) {
            g.writeStringField("country", place.country().get());
        }
        writeMentions(g, p.mentions(), articles);
        g.writeStringField("reason", p.reason());
        g.writeArrayFieldStart("candidates");
        for (Candidate c : p.runnersUp()) {
            g.writeStartObject();
            g.writeStringField("id", c.place().id());
            g.writeStringField("name", c.place().name());
            g.writeStringField("kind", c.place().kind().label());
            if (c.place().country().isPresent()) {
                g.writeStringField("country", c.place().country().get());
            }
            g.writeArrayFieldStart("coordinates");
            g.writeNumber(round(c.place().point().lon()));
            g.writeNumber(round(c.place().point().lat()));
            g.writeEndArray();
            g.writeNumberField("score", c.score());
            g.writeStringField("reason", c.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeBorder(JsonGenerator g, GeoparseResult.BorderResult b, Map<String, Article> articles)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        String id = "border:" + b.border().id();
        g.writeStringField("id", id);
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "MultiLineString");
        g.writeArrayFieldStart("coordinates");
        Geometry geometry = b.border().geometry();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof LineString line) {
                g.writeStartArray();
                for (Coordinate c : line.getCoordinates()) {
                    g.writeStartArray();
                    g.writeNumber(round(c.x));
                    g.writeNumber(round(c.y));
                    g.writeEndArray();
                }
                g.writeEndArray();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("id", id);
        g.writeStringField("name", b.border().nameEn());
        g.writeStringField("name_fr", b.border().nameFr());
        g.writeStringField("kind", "border");
        g.writeStringField("a", b.border().a());
        g.writeStringField("b", b.border().b());
        g.writeNumberField("length_km", Math.round(b.border().lengthKm() * 10) / 10.0);
        writeMentions(g, b.mentions(), articles);
        g.writeStringField("reason", b.reason());
        g.writeArrayFieldStart("candidates");
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeMentions(JsonGenerator g, List<Mention> mentions, Map<String, Article> articles)
            throws IOException {
        g.writeArrayFieldStart("mentions");
        for (Mention m : mentions) {
            Article article = articleOf(m, articles);
            g.writeStartObject();
            g.writeStringField("article", article.fileName());
            g.writeNumberField("start", m.span().start());
            g.writeNumberField("end", m.span().end());
            g.writeStringField("text", m.text());
            g.writeStringField("sentence", m.sentence().of(article.text()));
            g.writeNumberField("sentence_start", m.sentence().start());
            g.writeNumberField("sentence_end", m.sentence().end());
            g.writeStringField("use", m.use().label());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static Article articleOf(Mention m, Map<String, Article> articles) {
        Article article = articles.get(m.articleId());
        if (article == null) {
            throw new IllegalStateException("mention of an unknown article " + m.articleId());
        }
        return article;
    }

    /** Six decimals: about 10 cm, far below the gazetteer's own precision. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

}
