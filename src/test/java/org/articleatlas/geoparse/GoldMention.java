package org.articleatlas.geoparse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.TextSpan;

/** A place a careful reader marked in an evaluation passage: where it is named and where it is. */
record GoldMention(String surface, TextSpan span, GeoPoint point, String code) {

    /** Reads {@code NAME.gold.tsv}: surface, occurrence, lat, lon, code; finds each surface in {@code text}. */
    static List<GoldMention> read(Path file, String text) throws IOException {
        List<GoldMention> gold = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            int occurrence = Integer.parseInt(c[1]);
            int at = -1;
            for (int i = 0; i < occurrence; i++) {
                at = text.indexOf(c[0], at + 1);
                if (at < 0) {
                    throw new IllegalStateException(file + ": « " + c[0] + " » occurrence " + occurrence + " not in the text");
                }
            }
            gold.add(new GoldMention(c[0], new TextSpan(at, at + c[0].length()),
                    new GeoPoint(Double.parseDouble(c[2]), Double.parseDouble(c[3])), c[4]));
        }
        return gold;
    }
}
