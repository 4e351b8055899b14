package org.articleatlas.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.articleatlas.render.MapContent;
import org.articleatlas.render.MapRenderer;
import org.articleatlas.render.MapRequest;

/** A PNG with its resolution recorded (the pHYs chunk), so that a word processor prints it at the intended size. */
public final class PngWriter implements MapWriter {

    private static final double INCH_MM = 25.4;
    /** The JDK's PNG writer uses deflate level (1 - quality) × 9. */
    private static final float COMPRESSION_QUALITY = 5f / 9;

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
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no PNG writer");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            // Deflate level 4 instead of the default 9: a 4K map encodes about twice as fast for a file a few per cent larger.
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(COMPRESSION_QUALITY);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            recordDpi(metadata, dpi);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /**
     * Written as the PNG plug-in's own pHYs node (pixels per metre): its standard-tree path
     * (HorizontalPixelSize) stores the reciprocal of what it should in JDK 17.
     */
    private static void recordDpi(IIOMetadata metadata, int dpi) throws IOException {
        String perMetre = Long.toString(Math.round(dpi / INCH_MM * 1000));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        try {
            metadata.mergeTree("javax_imageio_png_1.0", root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("cannot record " + dpi + " dpi in the PNG", e);
        }
    }
}
