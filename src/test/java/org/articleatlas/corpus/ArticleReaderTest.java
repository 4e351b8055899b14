package org.articleatlas.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.articleatlas.model.Article;
import org.articleatlas.model.Language;
import org.articleatlas.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private static final Path SEED_2017 = Path.of("seeds/000_2b7127eb9b81e802.txt");
    private static final Path SEED_2021 = Path.of("seeds/004_796b3cc5194f9ead.txt");

    private final ArticleReader reader = new ArticleReader();

    @TempDir
    Path dir;

    @Test
    void readsTheCounterTerrorismSeedWithItsMetadata() throws Exception {
        Article a = reader.read(SEED_2017);
        assertThat(a.id()).isEqualTo("000_2b7127eb9b81e802");
        assertThat(a.title()).isEqualTo("Rare victoire pour les relations anti-terroristes US-Russes");
        assertThat(a.language()).isEqualTo(Language.FRENCH);
        assertThat(a.metadata().author()).contains("Saad Idrissi");
        assertThat(a.metadata().published()).contains(LocalDate.of(2017, 12, 18));
        assertThat(a.metadata().dateNote().orElseThrow()).contains("14 December 2017");
        assertThat(a.text()).isEqualTo(Files.readString(SEED_2017, StandardCharsets.UTF_8));
        assertThat(a.sentences()).hasSize(28);
    }

    @Test
    void readsTheCentralAsiaBasesSeedWithItsMetadata() throws Exception {
        Article a = reader.read(SEED_2021);
        assertThat(a.title()).isEqualTo("Vers un partenariat militaire Russie / États-Unis ?");
        assertThat(a.metadata().publisher()).contains("Teria News");
        assertThat(a.metadata().published().orElseThrow()).isBetween(LocalDate.of(2021, 9, 22), LocalDate.of(2021, 10, 15));
        assertThat(a.sentences()).hasSize(26);
        assertThat(a.paragraphs()).hasSize(11);
    }

    @Test
    void sentenceOffsetsPointIntoTheTextAndFindTheCathedralSentence() throws Exception {
        Article a = reader.read(SEED_2017);
        int at = a.text().indexOf("cathédrale historique de Kazan");
        TextSpan sentence = a.sentenceAt(at).orElseThrow();
        assertThat(a.textOf(sentence)).startsWith("Selon un communiqué de presse du Kremlin")
                .endsWith("deuxième ville russe.");
        for (TextSpan s : a.sentences()) {
            assertThat(a.paragraphAt(s.start()).orElseThrow().covers(s)).as("sentence inside its paragraph").isTrue();
        }
    }

    @Test
    void windowsLineEndingsAndCp1252GiveTheSameTextAsUtf8() throws Exception {
        String text = "Titre\r\n\r\nL’armée s’installe à Douchanbé. La sœur arrive.\r\n";
        Path legacy = write("legacy.txt", text.getBytes(Charset.forName("windows-1252")));
        Path modern = write("modern.txt", text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
        Article a = reader.read(legacy);
        assertThat(a.text()).isEqualTo(reader.read(modern).text()).doesNotContain("\r").contains("L’armée", "sœur");
        assertThat(a.sentences()).extracting(a::textOf)
                .containsExactly("Titre", "L’armée s’installe à Douchanbé.", "La sœur arrive.");
        assertThat(a.title()).isEqualTo("Titre");
    }

    @Test
    void htmlGivesVisibleTextOnlyAndItsOwnMetadata() throws Exception {
        Path page = write("page.html", """
                <!doctype html><html lang="en"><head><title>Site | Bases</title>
                <meta property="article:published_time" content="2021-10-01T08:00:00Z">
                <style>p { color: red }</style><script>document.write('Kabul injected')</script></head>
                <body><nav>Home / World / Asia</nav>
                <article><h1>Russian bases in Central Asia</h1>
                <p>The base at Kant is near Bishkek.</p><p>It <b>hosts</b> jets.<br>Dushanbe is next.</p>
                <div hidden>Secret Tashkent</div></article></body></html>
                """.getBytes(StandardCharsets.UTF_8));
        Article a = reader.read(page);
        assertThat(a.title()).isEqualTo("Russian bases in Central Asia");
        assertThat(a.language()).isEqualTo(Language.ENGLISH);
        assertThat(a.metadata().published()).contains(LocalDate.of(2021, 10, 1));
        assertThat(a.text()).isEqualTo("Russian bases in Central Asia\n\nThe base at Kant is near Bishkek.\n\n"
                + "It hosts jets.\nDushanbe is next.");
        assertThat(a.text()).doesNotContain("Kabul", "color", "Home", "Tashkent");
    }

    @Test
    void markdownGivesTextWithoutMarkupAndTheFirstHeadingAsTitle() throws Exception {
        Path md = write("note.md", """
                # Les bases de Kant

                La base de **Kant** est proche de [Bichkek](https://example.org).
                """.getBytes(StandardCharsets.UTF_8));
        Article a = reader.read(md);
        assertThat(a.title()).isEqualTo("Les bases de Kant");
        assertThat(a.text()).contains("La base de Kant est proche de Bichkek").doesNotContain("**", "](");
        assertThat(a.language()).isEqualTo(Language.FRENCH);
    }

    @Test
    void aTextWithoutMetadataIsTitledByItsFirstLineAndItsLanguageGuessed() throws Exception {
        Path plain = write("plain.txt", "Kant Air Base\n\nThe base is east of Bishkek, in Kyrgyzstan.".getBytes(StandardCharsets.UTF_8));
        Article a = reader.read(plain);
        assertThat(a.title()).isEqualTo("Kant Air Base");
        assertThat(a.language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void aBrokenMetadataFileIsReportedButTheArticleStillLoads() throws Exception {
        Path article = write("a.txt", "Un texte sur Moscou et la Russie.".getBytes(StandardCharsets.UTF_8));
        write("a.meta.json", "{ \"title\": ".getBytes(StandardCharsets.UTF_8));
        ArticleReader.Result result = reader.readWithMetadata(article);
        assertThat(result.article().text()).isEqualTo("Un texte sur Moscou et la Russie.");
        assertThat(result.metadataProblem().orElseThrow().getMessage())
                .startsWith(dir.resolve("a.meta.json") + ": invalid metadata JSON");
    }

    // Each bad input: one line naming the file and the cause.

    @Test
    void missingFile() {
        Path missing = dir.resolve("absent.txt");
        assertRefused(missing, missing + ": no such file");
    }

    @Test
    void folder() {
        assertRefused(dir, dir + ": is a folder, not an article file");
    }

    @Test
    void emptyFile() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        assertRefused(empty, empty + ": the file is empty");
    }

    @Test
    void whiteSpaceOnly() throws IOException {
        Path blank = write("blank.txt", " \n\n\t \n".getBytes(StandardCharsets.UTF_8));
        assertRefused(blank, blank + ": the file holds only white space");
    }

    @Test
    void pngRenamedTxt() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Path fake = write("photo.txt", png);
        assertRefused(fake, fake + ": not a text file: it looks like a PNG image");
    }

    @Test
    void fileOverTheSizeLimit() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(ArticleReader.MAX_BYTES + 1024 * 1024); // sparse: nothing is written
        }
        assertRefused(huge, huge + ": too large (21.0 MB); the limit for an article is 20 MB");
    }

    @Test
    void bytesThatDecodeAsNothingSensible() throws IOException {
        byte[] noise = new byte[3000];
        new Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (0x80 | noise[i]);
        }
        Path garbage = write("garbage.txt", noise);
        assertThatThrownBy(() -> reader.read(garbage))
                .isInstanceOf(ArticleReadException.class)
                .hasMessageStartingWith(garbage + ": does not decode as text")
                .hasMessageNotContaining("\n");
    }

    @Test
    void unsupportedExtension() throws IOException {
        Path pdfName = write("report.docx", "text".getBytes(StandardCharsets.UTF_8));
        assertRefused(pdfName, pdfName + ": unsupported file type '.docx'; articles are .txt, .md, .html or .htm");
    }

    @Test
    void htmlWithNoVisibleText() throws IOException {
        Path page = write("empty.html", "<html><head><script>alert(1)</script></head><body> </body></html>"
                .getBytes(StandardCharsets.UTF_8));
        assertRefused(page, page + ": the page has no visible text");
    }

    private void assertRefused(Path file, String message) {
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(ArticleReadException.class)
                .hasMessage(message);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
