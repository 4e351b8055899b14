package org.articleatlas.geoparse;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.articleatlas.model.Mention;
import org.articleatlas.model.MentionUse;

/** One CSV row per mention (RFC 4180 quoting), for spreadsheets: the same facts as the GeoJSON, flattened. */
public final class GeoparseCsvWriter {

    private static final List<String> HEADER = List.of("id", "name", "name_fr", "kind", "country", "lat", "lon",
            "article", "start", "end", "text", "use");

    public void write(GeoparseResult result, Writer target) throws IOException {
        // A hundred thousand rows: each gathered whole, then written in large blocks, rather than cell by cell.
        Writer out = new java.io.BufferedWriter(target, 1 << 16);
        StringBuilder line = new StringBuilder(256);
        java.util.Map<String, String> files = new java.util.HashMap<>();
        result.articles().forEach(a -> files.put(a.article().id(), a.article().fileName()));
        row(out, line, HEADER.toArray(String[]::new));
        Map<MentionUse, String> uses = new EnumMap<>(MentionUse.class);
        for (MentionUse use : MentionUse.values()) {
            uses.put(use, use.label());
        }
        for (GeoparseResult.PlaceResult p : result.places()) {
            String lat = fmt(p.place().point().lat());
            String lon = fmt(p.place().point().lon());
            String kind = p.place().kind().label();
            String country = p.place().country().orElse("");
            for (Mention m : p.mentions()) {
                row(out, line, p.place().id(), p.place().name(), p.place().nameFr(), kind, country, lat, lon,
                        files.getOrDefault(m.articleId(), m.articleId()), Integer.toString(m.span().start()),
                        Integer.toString(m.span().end()), m.text(), uses.get(m.use()));
            }
        }
        for (GeoparseResult.BorderResult b : result.borders()) {
            for (Mention m : b.mentions()) {
                row(out, line, "border:" + b.border().id(), b.border().nameEn(), b.border().nameFr(), "border", "",
                        "", "", files.getOrDefault(m.articleId(), m.articleId()), Integer.toString(m.span().start()),
                        Integer.toString(m.span().end()), m.text(), uses.get(m.use()));
            }
        }
        out.flush();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    private static void row(Writer out, StringBuilder line, String... cells) throws IOException {
        line.setLength(0);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String c = cells[i];
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0) {
                line.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                line.append(c);
            }
        }
        line.append("\r\n");
        out.append(line);
    }
}
