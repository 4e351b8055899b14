package org.articleatlas.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.articleatlas.render.MapContent;
import org.articleatlas.render.MapRenderer;
import org.articleatlas.render.MapRequest;

/**
 * A one-page vector PDF through PDFBox's Graphics2D bridge. The page measures the image's pixels at
 * the given resolution (3840 px at 300 dpi is 32.5 cm); the map's fonts are embedded (subset), so
 * text prints as drawn and can be selected and searched.
 */
public final class PdfWriter implements MapWriter {

    private final int dpi;

    public PdfWriter(int dpi) {
        this.dpi = dpi;
    }

    @Override
    public MapRenderer.Drawn write(MapRenderer renderer, MapContent content, MapRequest request, OutputStream out)
            throws IOException {
        float points = 72f / dpi;
        PDRectangle size = new PDRectangle(request.width() * points, request.height() * points);
        try (PDDocument document = new PDDocument();
                PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer()) {
            for (Map.Entry<String, Path> font : renderer.fonts().files().entrySet()) {
                text.registerFont(font.getKey(), font.getValue().toFile());
            }
            PDPage page = new PDPage(size);
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, request.width(), request.height());
            g.setFontTextDrawer(text);
            MapRenderer.Drawn drawn;
            try {
                drawn = renderer.render(g, content, request);
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.transform(org.apache.pdfbox.util.Matrix.getScaleInstance(points, points));
                stream.drawForm(form);
            }
            document.getDocumentInformation().setTitle(content.title());
            document.getDocumentInformation().setCreator("Article Atlas");
            document.save(out);
            return drawn;
        }
    }
}
