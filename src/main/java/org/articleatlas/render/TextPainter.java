package org.articleatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;

/** Text with a halo (an outline in the background colour), drawn as real text so SVG and PDF keep it selectable. */
final class TextPainter {

    private TextPainter() {
    }

    static double width(Graphics2D g, Font font, String text) {
        return font.getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    /** The box of {@code text} drawn with its baseline at {@code y}, starting at {@code x}. */
    static Rectangle2D box(Graphics2D g, Font font, String text, double x, double y) {
        FontRenderContext frc = g.getFontRenderContext();
        java.awt.font.LineMetrics m = font.getLineMetrics(text, frc);
        return new Rectangle2D.Double(x, y - m.getAscent(), width(g, font, text), m.getAscent() + m.getDescent());
    }

    static void drawWithHalo(Graphics2D g, Font font, String text, double x, double y, Color color, Color halo,
            double haloWidth) {
        if (haloWidth > 0) {
            Shape outline = font.createGlyphVector(g.getFontRenderContext(), text).getOutline((float) x, (float) y);
            g.setColor(halo);
            g.setStroke(new BasicStroke((float) haloWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setFont(font);
        g.setColor(color);
        g.drawString(text, (float) x, (float) y);
    }
}
