package org.articleatlas.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.articleatlas.render.CentralAsiaFixture;
import org.articleatlas.render.MapFonts;
import org.articleatlas.render.MapProjection;
import org.articleatlas.render.MapRenderer;
import org.articleatlas.render.MapRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The three file formats, read back as their readers read them. */
class MapExportTest {

    @TempDir
    Path folder;

    private static final MapRequest REQUEST = new MapRequest(1600, 900, CentralAsiaFixture.CENTRAL_ASIA,
            MapProjection.Kind.MERCATOR);

    private MapExport export() throws Exception {
        return new MapExport(new MapRenderer(CentralAsiaFixture.basemap(), MapFonts.installed()));
    }

    @Test
    void pngRecordsItsResolution() throws Exception {
        Path file = folder.resolve("map.png");
        export().write(file, ExportFormat.PNG, 300, CentralAsiaFixture.content(), REQUEST);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getWidth(0)).isEqualTo(1600);
            assertThat(reader.getHeight(0)).isEqualTo(900);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
            // 300 dots per inch are 11,811 per metre.
            assertThat(phys.getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
        }
    }

    @Test
    void svgKeepsThePlaceLabelsAsText() throws Exception {
        Path file = folder.resolve("map.svg");
        export().write(file, ExportFormat.SVG, 150, CentralAsiaFixture.content(), REQUEST);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(file.toFile());
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        NodeList texts = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        assertThat(words).contains("Base aérienne de Kant", "201e base russe (Douchanbé)", "Kirghizistan",
                "Bases russes en Asie centrale");
        // Caption lines are whole strings, not a text element per word.
        assertThat(words).anyMatch(w -> w.contains("le Tadjikistan et le Kirghizistan"));
        assertThat(String.join(" ", words).replaceAll("\\s+", " ")).contains(CentralAsiaFixture.BORDER_QUOTE);
    }

    @Test
    void pdfHasSelectableTextInEmbeddedFonts() throws Exception {
        Path file = folder.resolve("map.pdf");
        export().write(file, ExportFormat.PDF, 150, CentralAsiaFixture.content(), REQUEST);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Bases russes en Asie centrale", "Base aérienne de Kant",
                    CentralAsiaFixture.KANT_QUOTE, CentralAsiaFixture.BORDER_QUOTE);
            PDPage page = pdf.getPage(0);
            // 1600 px at 150 dpi: 768 points.
            assertThat(page.getMediaBox().getWidth()).isCloseTo(768f, org.assertj.core.data.Offset.offset(0.5f));
            List<PDFont> fonts = new ArrayList<>();
            collectFonts(page.getResources(), fonts);
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
        }
    }

    private static void collectFonts(org.apache.pdfbox.pdmodel.PDResources resources, List<PDFont> fonts)
            throws IOException {
        if (resources == null) {
            return;
        }
        for (var name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    @Test
    void aFailedWriteLeavesNeitherTheFileNorATemporaryOne() throws Exception {
        Path file = folder.resolve("map.png");
        Files.writeString(file, "the user's older map");
        MapRequest request = REQUEST;
        assertThatThrownBy(() -> new MapExport(new MapRenderer(CentralAsiaFixture.basemap(), MapFonts.installed()))
                .write(file, ExportFormat.PNG, 150, null, request)).isInstanceOf(RuntimeException.class);
        assertThat(Files.readString(file)).isEqualTo("the user's older map");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void theFormatComesFromTheExtension() {
        assertThat(ExportFormat.fromFileName(Path.of("a/Carte.PDF"))).contains(ExportFormat.PDF);
        assertThat(ExportFormat.fromFileName(Path.of("map.svg"))).contains(ExportFormat.SVG);
        assertThat(ExportFormat.fromFileName(Path.of("map.jpeg"))).isEmpty();
        assertThat(ExportFormat.fromFileName(Path.of("map"))).isEmpty();
    }
}
