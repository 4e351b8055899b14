package org.articleatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.articleatlas.render.MapContent;
import org.articleatlas.render.MapRenderer;
import org.articleatlas.render.MapRequest;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/** An SVG through JFreeSVG, with every label as a {@code <text>} element a reader can select and search. */
public final class SvgWriter implements MapWriter {

    @Override
    public MapRenderer.Drawn write(MapRenderer renderer, MapContent content, MapRequest request, OutputStream out)
            throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(request.width(), request.height());
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        // The family the PNG used, then a generic one for viewers without it (unquoted: JFreeSVG quotes the attribute).
        g.setFontFunction(family -> family + ", sans-serif");
        MapRenderer.Drawn drawn = renderer.render(g, content, request);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        writer.write(g.getSVGElement());
        writer.write("\n");
        writer.flush();
        return drawn;
    }
}
