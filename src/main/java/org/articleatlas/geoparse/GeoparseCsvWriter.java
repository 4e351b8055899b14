package org.articleatlas.geoparse;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.articleatlas.model.Mention;
import org.articleatlas.model.MentionUse;
import org.articleatlas.parallel.InOrder;

/** One CSV row per mention (RFC 4180 quoting), for spreadsheets: the same facts as the GeoJSON, flattened. */
public final class GeoparseCsvWriter {

    private static final List<String> HEADER = List.of("id", "name", "name_fr", "kind", "country", "lat", "lon",
            "article", "start", "end", "text", "use");

    /**
     * A hundred thousand rows after the geoparse itself, on one thread, were a tenth of a corpus
     * run: the rows of each place are now gathered on every core, in blocks written in the places'
     * order, and the cells a place's rows share (its id, names, point) or an article's rows share
     * (its file name) are quoted once rather than once a row.
     */
    public void write(GeoparseResult result, Writer target) throws IOException {
        Map<String, String> files = new HashMap<>();
        result.articles().forEach(a -> files.put(a.article().id(), cell(a.article().fileName())));
        Map<MentionUse, String> uses = new EnumMap<>(MentionUse.class);
        for (MentionUse use : MentionUse.values()) {
            uses.put(use, cell(use.label()));
        }
        StringBuilder header = new StringBuilder(80);
        for (String name : HEADER) {
            header.append(header.length() == 0 ? "" : ",").append(cell(name));
        }
        target.write(header.append("\r\n").toString());
        List<String> placeBlocks = InOrder.map(result.places(), p -> {
            String leading = String.join(",", cell(p.place().id()), cell(p.place().name()), cell(p.place().nameFr()),
                    cell(p.place().kind().label()), cell(p.place().country().orElse("")),
                    cell(fmt(p.place().point().lat())), cell(fmt(p.place().point().lon())));
            return rows(leading, p.mentions(), files, uses);
        });
        for (String block : placeBlocks) {
            target.write(block);
        }
        List<String> borderBlocks = InOrder.map(result.borders(), b -> {
            String leading = String.join(",", cell("border:" + b.border().id()), cell(b.border().nameEn()),
                    cell(b.border().nameFr()), cell("border"), cell(""), cell(""), cell(""));
            return rows(leading, b.mentions(), files, uses);
        });
        for (String block : borderBlocks) {
            target.write(block);
        }
        target.flush();
    }

    /** One row per mention: {@code leading} holds the first seven cells, already quoted. */
    private static String rows(String leading, List<Mention> mentions, Map<String, String> files,
            Map<MentionUse, String> uses) {
        StringBuilder out = new StringBuilder(mentions.size() * (leading.length() + 64));
        for (Mention m : mentions) {
            String file = files.get(m.articleId());
            out.append(leading).append(',')
                    .append(file != null ? file : cell(m.articleId())).append(',')
                    .append(m.span().start()).append(',')
                    .append(m.span().end()).append(',');
            out.append(cell(m.text()));
            out.append(',').append(uses.get(m.use())).append("\r\n");
        }
        return out.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    private static String cell(String c) {
        return needsQuotes(c) ? '"' + c.replace("\"", "\"\"") + '"' : c;
    }

    private static boolean needsQuotes(String c) {
        return c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0;
    }
}
