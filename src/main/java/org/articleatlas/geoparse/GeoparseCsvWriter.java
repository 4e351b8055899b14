package org.articleatlas.geoparse;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.articleatlas.model.Mention;

/** One CSV row per mention (RFC 4180 quoting), for spreadsheets: the same facts as the GeoJSON, flattened. */
public final class GeoparseCsvWriter {

    private static final List<String> HEADER = List.of("id", "name", "name_fr", "kind", "country", "lat", "lon",
            "article", "start", "end", "text", "use");

    public void write(GeoparseResult result, Writer target) throws IOException {
        // A hundred thousand rows: gathered in large blocks rather than written cell by cell.
        Writer out = new java.io.BufferedWriter(target, 1 << 16);
        java.util.Map<String, String> files = new java.util.HashMap<>();
        result.articles().forEach(a -> files.put(a.article().id(), a.article().fileName()));
        row(out, HEADER);
        for (GeoparseResult.PlaceResult p : result.places()) {
            String lat = fmt(p.place().point().lat());
            String lon = fmt(p.place().point().lon());
            for (Mention m : p.mentions()) {
                row(out, List.of(p.place().id(), p.place().name(), p.place().nameFr(), p.place().kind().label(),
                        p.place().country().orElse(""), lat, lon,
                        files.getOrDefault(m.articleId(), m.articleId()), Integer.toString(m.span().start()), Integer.toString(m.span().end()), m.text(),
                        m.use().label()));
            }
        }
        for (GeoparseResult.BorderResult b : result.borders()) {
            for (Mention m : b.mentions()) {
                row(out, List.of("border:" + b.border().id(), b.border().nameEn(), b.border().nameFr(), "border", "",
                        "", "", files.getOrDefault(m.articleId(), m.articleId()), Integer.toString(m.span().start()), Integer.toString(m.span().end()),
                        m.text(), m.use().label()));
            }
        }
        out.flush();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0) {
                out.write('"');
                out.write(c.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(c);
            }
        }
        out.write("\r\n");
    }
}
