package org.articleatlas.gazetteer.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsvTableWriterTest {

    private static final List<String> HEADER = List.of("geonames_id", "name");
    private static final List<List<String>> ROWS = List.of(List.of("2660646", "Genève"), List.of("524901", "Moscow"));

    @TempDir
    Path dir;

    @Test
    void writesTheSameBytesEveryTime() throws IOException {
        Path a = dir.resolve("a.tsv.gz");
        Path b = dir.resolve("b.tsv.gz");
        TsvTableWriter.write(a, HEADER, ROWS);
        TsvTableWriter.write(b, HEADER, ROWS);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        // gzip's MTIME field, bytes 4 to 7, is zero.
        assertThat(Files.readAllBytes(a)).startsWith(0x1f, 0x8b, 8, 0, 0, 0, 0, 0);
    }

    @Test
    void writesUtf8TabSeparatedLinesUnderAHeader() throws IOException {
        Path file = dir.resolve("t.tsv.gz");
        TsvTableWriter.write(file, HEADER, ROWS);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("geonames_id\tname\n2660646\tGenève\n524901\tMoscow\n");
        }
        assertThat(dir.resolve("t.tsv.gz.tmp")).doesNotExist();
    }

    @Test
    void refusesAFieldWithATab() {
        assertThatThrownBy(() -> TsvTableWriter.write(dir.resolve("x.tsv.gz"), HEADER, List.of(List.of("1", "a\tb"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsCoordinatesWithFiveDecimals() {
        assertThat(TsvTableWriter.coordinate(55.75222)).isEqualTo("55.75222");
        assertThat(TsvTableWriter.coordinate(42.87)).isEqualTo("42.87000");
        assertThat(TsvTableWriter.coordinate(-97.443333)).isEqualTo("-97.44333");
        assertThat(TsvTableWriter.coordinate(-0.0)).isEqualTo("0.00000");
    }
}
