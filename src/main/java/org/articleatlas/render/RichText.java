package org.articleatlas.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/** Runs of text in different fonts, wrapped at spaces into lines of a given width and drawn as text. */
final class RichText {

    record Run(String text, Font font, Color color) {
    }

    /** A piece of a run on a line, {@code x} from the line's start. */
    record Piece(String text, Font font, Color color, double x) {
    }

    record Line(List<Piece> pieces, double width) {
    }

    private RichText() {
    }

    static List<Line> wrap(Graphics2D g, List<Run> runs, double width) {
        List<Line> lines = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        double x = 0;
        for (Run run : runs) {
            // Split after each ordinary space; the no-break spaces inside « » keep quotes with their words.
            for (String word : run.text().split("(?<= )")) {
                String token = current.isEmpty() ? word.stripLeading() : word;
                if (token.isEmpty()) {
                    continue;
                }
                double w = TextPainter.width(g, run.font(), token);
                if (x + w > width && !current.isEmpty()) {
                    lines.add(new Line(List.copyOf(current), x));
                    current.clear();
                    token = token.stripLeading();
                    w = TextPainter.width(g, run.font(), token);
                    x = 0;
                }
                // Words of one run on one line stay one piece: one text element in SVG, one string in PDF.
                Piece last = current.isEmpty() ? null : current.get(current.size() - 1);
                if (last != null && last.font().equals(run.font()) && last.color().equals(run.color())) {
                    current.set(current.size() - 1, new Piece(last.text() + token, last.font(), last.color(), last.x()));
                } else {
                    current.add(new Piece(token, run.font(), run.color(), x));
                }
                x += w;
            }
        }
        if (!current.isEmpty()) {
            lines.add(new Line(List.copyOf(current), x));
        }
        return lines;
    }

    static void draw(Graphics2D g, Line line, double x, double baseline) {
        for (Piece p : line.pieces()) {
            // SVG viewers drop a text element's leading and trailing spaces: the gap is made by position instead.
            String text = p.text();
            int lead = 0;
            while (lead < text.length() && text.charAt(lead) == ' ') {
                lead++;
            }
            double dx = lead == 0 ? 0 : TextPainter.width(g, p.font(), text.substring(0, lead));
            String shown = text.substring(lead).stripTrailing();
            if (shown.isEmpty()) {
                continue;
            }
            g.setFont(p.font());
            g.setColor(p.color());
            g.drawString(shown, (float) (x + p.x() + dx), (float) baseline);
        }
    }
}
