package org.articleatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.articleatlas.home.AtlasHome;
import org.articleatlas.project.Project;
import org.articleatlas.project.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** {@code export --project}: the project's articles, corrections, pins and notes on the exported map. */
class ExportProjectTest {

    private static final String A2021 = "004_796b3cc5194f9ead.txt";
    private static final String PIN = "Point de départ de la sortie";
    private static final String NOTE = "Ouverte en 2003, à une vingtaine de kilomètres de Bichkek.";

    @TempDir
    Path folder;



    private Path project() throws Exception {
        Path seeds = AtlasHome.locateOrWorkingDirectory().seeds().toAbsolutePath();
        Project project = Project.empty()
                .withArticles(List.of(seeds.resolve(A2021).toString()))
                .withPin(new Project.Pin("p1", 41.31, 69.28, PIN))
                .withNote("landmark:kant-air-base", NOTE);
        Path file = folder.resolve("lesson.atlas.json");
        new ProjectFile().write(file, project);
        return file;
    }

    @Test
    void aPdfOfAProjectShowsItsPinAndItsNote() throws Exception {
        Path project = project();
        Path pdf = folder.resolve("lesson.pdf");
        CliRun r = CliRun.of("export", "--project", project.toString(), "--out", pdf.toString(), "--width", "1600",
                "--height", "900", "--bbox", "44,30,90,50");
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(PIN, NOTE, "Base aérienne de Kant", "Épingle", "Note (texte sous la carte)");
            // Only the project's article: the 2017 one is not cited.
            assertThat(text).doesNotContain("Rare victoire");
        }
    }

    @Test
    void anSvgOfAProjectKeepsThePinAndTheNoteAsText() throws Exception {
        Path project = project();
        Path svg = folder.resolve("lesson.svg");
        CliRun r = CliRun.of("export", "--project", project.toString(), "--out", svg.toString(), "--lang", "en", "--width",
                "1600", "--height", "900", "--bbox", "44,30,90,50");
        assertThat(r.exitCode()).as(r.err()).isZero();
        NodeList texts = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
                .getElementsByTagName("text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('\n');
        }
        assertThat(all.toString()).contains(PIN, NOTE, "Pin", "Note (text below the map)");
    }

    @Test
    void withoutAProjectTheMapHasNoPinsOrNotes() throws Exception {
        Path pdf = folder.resolve("plain.pdf");
        CliRun r = CliRun.of("export", "--out", pdf.toString(), "--width", "1600", "--height", "900", "--bbox", "44,30,90,50");
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).doesNotContain("Épingle").doesNotContain("Note (texte");
        }
    }

    @Test
    void anUnreadableProjectIsOneLineAndNoImage() throws Exception {
        Path bad = folder.resolve("broken.atlas.json");
        Files.writeString(bad, "{ not json");
        Path png = folder.resolve("map.png");
        CliRun r = CliRun.of("export", "--project", bad.toString(), "--out", png.toString());
        assertThat(r.exitCode()).isEqualTo(AtlasCli.BAD_INPUT);
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(png).doesNotExist();
    }
}
