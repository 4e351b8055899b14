package org.articleatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code export} command: the seeds' map end to end, and bad arguments refused before any work. */
class ExportCommandTest {

    @TempDir
    Path folder;



    @Test
    void exportsTheSeedsCentralAsiaMapAsPdf() throws Exception {
        Path file = folder.resolve("ca.pdf");
        CliRun r = CliRun.of("export", "--out", file.toString(), "--width", "1600", "--height", "900", "--bbox", "44,30,90,50");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains(file.toString()).contains("pdf", "1600 x 900");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            // The three borders of the seeds, each with the sentence that names it.
            assertThat(text).contains("Chine – Tadjikistan", "Chine – Kirghizistan", "Afghanistan – Tadjikistan",
                    "Base aérienne de Kant", "limitrophes de la Chine", "Vers un partenariat militaire Russie");
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bbox out of range | --bbox 44,30,190,50 | out of range",
        "bbox inverted | --bbox 90,30,44,50 | inverted",
        "bbox not numbers | --bbox a,b,c,d | is not a number",
        "width 0 | --width 0 | between 1 and 8000",
        "width 100000 | --width 100000 | between 1 and 8000",
        "unknown format | --format gif | unknown format",
        "unknown projection | --projection robinson | unknown projection"})
    void badArgumentsAreUsageErrorsThatLeaveNothingBehind(String what, String option, String message) {
        Path file = folder.resolve("map.png");
        String[] parts = option.split(" ");
        CliRun r = CliRun.of("export", "--out", file.toString(), parts[0], parts[1]);
        assertThat(r.exitCode()).isEqualTo(AtlasCli.USAGE);
        assertThat(r.err().lines()).singleElement().asString().contains(message).contains("export --help");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aFolderThatTakesNoNewFileIsRefusedBeforeAnyWork() {
        // /proc exists and looks writable to root, yet no file can be made in it
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
        CliRun r = CliRun.of("export", "--out", "/proc/map.png");
        assertThat(r.exitCode()).isEqualTo(AtlasCli.USAGE);
        assertThat(r.err().lines()).singleElement().asString()
                .contains("/proc/map.png: cannot be written");
        assertThat(Path.of("/proc/map.png")).doesNotExist();
    }

    @Test
    void anUnwritableFolderIsNamedAndNothingIsWritten() {
        Path file = folder.resolve("no-such-folder").resolve("map.png");
        CliRun r = CliRun.of("export", "--out", file.toString());
        assertThat(r.exitCode()).isEqualTo(AtlasCli.USAGE);
        assertThat(r.err().lines().findFirst().orElse("")).contains(file.toString()).contains("does not exist");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aFileNameWithoutAKnownExtensionNeedsFormat() {
        Path file = folder.resolve("map.jpeg");
        CliRun r = CliRun.of("export", "--out", file.toString());
        assertThat(r.exitCode()).isEqualTo(AtlasCli.USAGE);
        assertThat(r.err().lines().findFirst().orElse("")).contains(file.toString()).contains("--format");
    }
}
