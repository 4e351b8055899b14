package org.articleatlas.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.articleatlas.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsEverySeedArticleAndSkipsTheirMetadataFiles() {
        CorpusLoad load = new CorpusLoader().loadFolder(Path.of("seeds"));
        assertThat(load.problems()).isEmpty();
        assertThat(load.articles()).extracting(Article::fileName)
                .containsExactly("000_2b7127eb9b81e802.txt", "004_796b3cc5194f9ead.txt");
    }

    @Test
    void aBadFileDoesNotStopTheOthers() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Moscou et Washington.", StandardCharsets.UTF_8);
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path missing = dir.resolve("missing.txt");
        CorpusLoad load = new CorpusLoader().load(List.of(missing, good, empty));
        assertThat(load.articles()).extracting(Article::source).containsExactly(good);
        assertThat(load.problems()).extracting(LoadProblem::message)
                .containsExactly(missing + ": no such file", empty + ": the file is empty");
    }

    @Test
    void twoFilesOfTheSameNameInDifferentFoldersKeepDistinctIds() throws Exception {
        Path first = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("report.txt"),
                "Moscou et Washington.", StandardCharsets.UTF_8);
        Path second = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("report.txt"),
                "Bichkek et Douchanbé sont loin de Genève.", StandardCharsets.UTF_8);
        CorpusLoad load = new CorpusLoader().load(List.of(first, second));
        assertThat(load.articles()).extracting(Article::id).containsExactly("report", "report~2");
        assertThat(load.articles()).extracting(Article::source).containsExactly(first, second);
    }
}
