package org.articleatlas.export;

import com.pngencoder.PngEncoder;
import com.pngencoder.PngEncoderPhysicalPixelDimensions;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.articleatlas.render.MapContent;
import org.articleatlas.render.MapRenderer;
import org.articleatlas.render.MapRequest;

/** A PNG with its resolution recorded (the pHYs chunk), so that a word processor prints it at the intended size. */
public final class PngWriter implements MapWriter {

    private static final double INCH_MM = 25.4;
    /** Level 9 takes twice the time for a file a few per cent smaller; below 4 files grow by a sixth. */
    private static final int COMPRESSION_LEVEL = 4;

    private final int dpi;

    public PngWriter(int dpi) {
        this.dpi = dpi;
    }

    @Override
    public MapRenderer.Drawn write(MapRenderer renderer, MapContent content, MapRequest request, OutputStream out)
            throws IOException {
        BufferedImage image = new BufferedImage(request.width(), request.height(), BufferedImage.TYPE_INT_RGB);
        MapRenderer.Drawn drawn;
        Graphics2D g = image.createGraphics();
        try {
            drawn = renderer.render(g, content, request);
        } finally {
            g.dispose();
        }
        write(image, dpi, out);
        return drawn;
    }

    static void write(BufferedImage image, int dpi, OutputStream out) throws IOException {
        int perMetre = (int) Math.round(dpi / INCH_MM * 1000);
        try {
            // Deflate level 4, in blocks deflated on every core: a 4K map encodes in a third of the time of
            // ImageIO's writer (one core, deflate level 4) for a file of the same size.
            new PngEncoder().withBufferedImage(image)
                    .withCompressionLevel(COMPRESSION_LEVEL)
                    .withMultiThreadedCompressionEnabled(true)
                    .withPhysicalPixelDimensions(PngEncoderPhysicalPixelDimensions.pixelsPerMeter(perMetre))
                    .toStream(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
