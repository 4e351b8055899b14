package org.articleatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Draws the teacher's pins and notes on an exported map in the window's look: a purple map pin with
 * its text in a framed box, placed without overlap by the map's {@link LabelPlacer}; a ✎ sign on
 * yellow beside each place that has a note, whose text goes to the caption. A pin's text longer than
 * {@link #MAX_ON_MAP} characters is cut on the map and given whole in the caption.
 */
final class TeacherMarks {

    /** Longest pin text written on the map itself. */
    static final int MAX_ON_MAP = 48;
    static final String NOTE_SIGN = "\u270e";

    // The window's colours (atlas.css: .pin-mark, .note-sign), so that an export looks like the map.
    private static final Color PIN = new Color(0x7B2CBF);
    private static final Color NOTE_FILL = new Color(0xFFF3B0);
    private static final Color NOTE_EDGE = new Color(0xB8860B);

    /** A pin or a note in view: where it is and what the caption says of it. */
    record InView(Point2D at, String name, String text, boolean pin) {
        /** Whether the caption must give the text: always for a note, for a pin when cut on the map. */
        boolean inCaption() {
            return !pin || text.length() > MAX_ON_MAP;
        }
    }

    /** What was placed: drawn over the markers, before the places' labels. */
    record Plan(List<Runnable> draw, List<MapRenderer.PlacedLabel> labels) {
    }

    private record Placed(Point2D at, LabelPlacer.Placement spot) {
    }

    private final MapFonts fonts;

    TeacherMarks(MapFonts fonts) {
        this.fonts = fonts;
    }

    /** The pins and notes whose point is inside {@code inner}: pins first, then notes in the places' order. */
    static List<InView> inView(MapContent content, Viewport viewport, Rectangle2D inner) {
        List<InView> out = new ArrayList<>();
        for (TeacherAnnotations.Pin pin : content.annotations().pins()) {
            Point2D at = viewport.toScreen(pin.point());
            if (inner.contains(at) && !pin.text().isBlank()) {
                out.add(new InView(at, "", pin.text().strip(), true));
            }
        }
        for (MapContent.MapPlace p : content.places()) {
            for (TeacherAnnotations.Note note : content.annotations().notes()) {
                Point2D at = viewport.toScreen(p.place().point());
                if (note.placeId().equals(p.place().id()) && inner.contains(at) && !note.text().isBlank()) {
                    out.add(new InView(at, p.label(), note.text().strip(), false));
                }
            }
        }
        return out;
    }

    static void addLegend(List<InView> marks, Set<String> legend) {
        if (marks.stream().anyMatch(InView::pin)) {
            legend.add("legend.pin");
        }
        if (marks.stream().anyMatch(m -> !m.pin())) {
            legend.add("legend.note");
        }
    }

    /**
     * Keeps each pin's and note sign's spot, then places the pins' texts; a text with no free spot
     * is left out on the map (the caption still has it when cut) rather than drawn over another label.
     */
    Plan plan(Graphics2D g, List<InView> marks, LabelPlacer placer, double s) {
        double pinSize = 15 * s;
        double sign = 13 * s;
        List<Runnable> draw = new ArrayList<>();
        List<MapRenderer.PlacedLabel> labels = new ArrayList<>();
        List<Placed> signs = new ArrayList<>();
        for (InView m : marks) {
            if (m.pin()) {
                placer.block(new Rectangle2D.Double(m.at().getX() - pinSize * 0.5, m.at().getY() - pinSize * 1.05,
                        pinSize, pinSize * 1.1));
            }
        }
        for (InView m : marks) {
            if (m.pin()) {
                continue;
            }
            // Above the place's marker, to the left then the right, as the window shows it; clear of the
            // marker's own room (1.4 marker sizes square), else the nearest free spot with a leader.
            double gap = 9 * s;
            Optional<LabelPlacer.Placement> spot = Optional.empty();
            for (double[] d : new double[][] {{-1, -1}, {1, -1}, {-1, 1}, {1, 1}}) {
                double x = d[0] < 0 ? m.at().getX() - gap - sign : m.at().getX() + gap;
                double y = d[1] < 0 ? m.at().getY() - gap - sign : m.at().getY() + gap;
                Rectangle2D box = new Rectangle2D.Double(x, y, sign, sign);
                if (placer.placeExactly(box)) {
                    spot = Optional.of(new LabelPlacer.Placement(box, false));
                    break;
                }
            }
            if (spot.isEmpty()) {
                spot = placer.place(m.at(), sign, sign, gap, 3);
            }
            spot.ifPresent(p -> {
                labels.add(new MapRenderer.PlacedLabel(NOTE_SIGN, p.box(), p.leader()));
                signs.add(new Placed(m.at(), p));
            });
        }
        Font font = fonts.regular(11 * s);
        double pad = 3 * s;
        for (InView m : marks) {
            if (!m.pin()) {
                continue;
            }
            draw.add(() -> drawPin(g, m.at().getX(), m.at().getY(), pinSize));
            String shown = onMap(m.text());
            double width = TextPainter.width(g, font, shown) + 2 * pad;
            double height = font.getSize2D() * 1.25 + 2 * pad;
            Point2D head = new Point2D.Double(m.at().getX(), m.at().getY() - pinSize * 0.65);
            Optional<LabelPlacer.Placement> spot = placer.place(head, width, height, pinSize * 0.6, 6);
            spot.ifPresent(p -> {
                labels.add(new MapRenderer.PlacedLabel(shown, p.box(), p.leader()));
                draw.add(() -> drawPinText(g, font, shown, head, p, pad, s));
            });
        }
        for (Placed p : signs) {
            draw.add(() -> {
                Rectangle2D box = p.spot().box();
                if (p.spot().leader()) {
                    g.setColor(NOTE_EDGE);
                    g.setStroke(new BasicStroke((float) (1.0 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g.draw(new Line2D.Double(p.at(), LabelPlacer.leaderEnd(p.at(), box)));
                }
                drawNoteSign(g, box.getX(), box.getY(), box.getWidth(), s);
            });
        }
        return new Plan(draw, labels);
    }

    static String onMap(String text) {
        if (text.length() <= MAX_ON_MAP) {
            return text;
        }
        int space = text.lastIndexOf(' ', MAX_ON_MAP - 1);
        return text.substring(0, space > MAX_ON_MAP / 2 ? space : MAX_ON_MAP - 1).strip() + "…";
    }

    /** A map pin: a round head on a point, its tip at ({@code x}, {@code y}). */
    static void drawPin(Graphics2D g, double x, double y, double size) {
        double r = size * 0.36;
        double cy = y - size * 0.68;
        Path2D.Double pin = new Path2D.Double();
        pin.moveTo(x, y);
        pin.curveTo(x - r * 0.3, y - size * 0.25, x - r, cy + r * 0.55, x - r, cy);
        pin.curveTo(x - r, cy - r * 1.35, x + r, cy - r * 1.35, x + r, cy);
        pin.curveTo(x + r, cy + r * 0.55, x + r * 0.3, y - size * 0.25, x, y);
        pin.closePath();
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) (size * 0.14), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(pin);
        g.setColor(PIN);
        g.fill(pin);
        g.setColor(Color.WHITE);
        g.fill(new java.awt.geom.Ellipse2D.Double(x - r * 0.38, cy - r * 0.38, r * 0.76, r * 0.76));
    }

    private static void drawPinText(Graphics2D g, Font font, String text, Point2D head, LabelPlacer.Placement spot,
            double pad, double s) {
        Rectangle2D box = spot.box();
        if (spot.leader()) {
            g.setColor(PIN);
            g.setStroke(new BasicStroke((float) (1.0 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(head, LabelPlacer.leaderEnd(head, box)));
        }
        g.setColor(new Color(255, 255, 255, 235));
        g.fill(box);
        g.setColor(PIN);
        g.setStroke(new BasicStroke((float) (0.9 * s)));
        g.draw(box);
        java.awt.font.LineMetrics lm = font.getLineMetrics(text, g.getFontRenderContext());
        g.setFont(font);
        g.setColor(new Color(0x1F2328));
        g.drawString(text, (float) (box.getX() + pad), (float) (box.getCenterY() + (lm.getAscent() - lm.getDescent()) / 2));
    }

    /** The ✎ sign, {@code size} pixels square, its top left corner at ({@code x}, {@code y}). */
    void drawNoteSign(Graphics2D g, double x, double y, double size, double s) {
        Shape box = new RoundRectangle2D.Double(x, y, size, size, size * 0.3, size * 0.3);
        g.setColor(NOTE_FILL);
        g.fill(box);
        g.setColor(NOTE_EDGE);
        g.setStroke(new BasicStroke((float) (0.9 * s)));
        g.draw(box);
        Font font = fonts.regular(size * 0.8);
        if (font.canDisplay(NOTE_SIGN.codePointAt(0))) {
            java.awt.font.LineMetrics lm = font.getLineMetrics(NOTE_SIGN, g.getFontRenderContext());
            g.setFont(font);
            g.setColor(new Color(0x5C4400));
            g.drawString(NOTE_SIGN, (float) (x + (size - TextPainter.width(g, font, NOTE_SIGN)) / 2),
                    (float) (y + size / 2 + (lm.getAscent() - lm.getDescent()) / 2));
        } else {
            // No pencil in the font: a stroke for one.
            g.setColor(new Color(0x5C4400));
            g.setStroke(new BasicStroke((float) (size * 0.14), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(x + size * 0.25, y + size * 0.75, x + size * 0.75, y + size * 0.25));
        }
    }
}
