package org.articleatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import org.articleatlas.render.MapContent;
import org.articleatlas.render.MapRenderer;
import org.articleatlas.render.MapRequest;

/** Draws a map with the renderer into one file format. */
public interface MapWriter {

    /** Draws and writes the whole file to {@code out}; returns what was drawn. */
    MapRenderer.Drawn write(MapRenderer renderer, MapContent content, MapRequest request, OutputStream out)
            throws IOException;

    static MapWriter of(ExportFormat format, int dpi) {
        return switch (format) {
            case PNG -> new PngWriter(dpi);
            case SVG -> new SvgWriter();
            case PDF -> new PdfWriter(dpi);
        };
    }
}
