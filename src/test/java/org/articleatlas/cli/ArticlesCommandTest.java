package org.articleatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticlesCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsBothSeedsByDefaultWithTitleLanguageSentencesAndLength() {
        CliRun r = CliRun.of("articles");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.outLines()).containsExactly(
                "seeds/000_2b7127eb9b81e802.txt\tfr\tRare victoire pour les relations anti-terroristes US-Russes\t28\t5652",
                "seeds/004_796b3cc5194f9ead.txt\tfr\tVers un partenariat militaire Russie / États-Unis ?\t26\t3350");
    }

    @Test
    void badFilesAreNamedOnStandardErrorWhileGoodOnesAreStillListed() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path png = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0});
        Path good = Files.writeString(dir.resolve("good.txt"), "Kant Air Base\n\nThe base is near Bishkek.",
                StandardCharsets.UTF_8);
        Path missing = dir.resolve("nope.txt");
        CliRun r = CliRun.of("articles", empty.toString(), missing.toString(), good.toString(), png.toString(), dir.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.outLines()).containsExactly(good + "\ten\tKant Air Base\t2\t40");
        assertThat(r.err().split("\n")).containsExactly(
                empty + ": the file is empty",
                missing + ": no such file",
                png + ": not a text file: it looks like a PNG image",
                dir + ": is a folder, not an article file");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun r = CliRun.of("articles", "--frobnicate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("article-atlas: Unknown option: '--frobnicate'");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(CliRun.of("explode").exitCode()).isEqualTo(2);
    }

    @Test
    void helpListsTheCommands() {
        CliRun r = CliRun.of("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("articles", "Exit codes");
    }
}
