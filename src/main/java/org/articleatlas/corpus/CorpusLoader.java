package org.articleatlas.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.articleatlas.model.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads many article files; one bad file is reported and skipped, never stopping the others. */
public final class CorpusLoader {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusLoader.class);

    private final ArticleReader reader = new ArticleReader();

    /** Reads each file in order; the problems come in the same order as the files. */
    public CorpusLoad load(Collection<Path> files) {
        List<Article> articles = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                ArticleReader.Result result = reader.readWithMetadata(file);
                articles.add(result.article());
                result.metadataProblem().map(LoadProblem::of).ifPresent(problems::add);
            } catch (ArticleReadException e) {
                LOG.debug("Skipped {}", e.getMessage(), e);
                problems.add(LoadProblem.of(e));
            } catch (RuntimeException e) {
                // A defect in a reader must cost one article, not the whole corpus.
                LOG.warn("Unexpected failure reading {}", file, e);
                problems.add(new LoadProblem(file, "could not be read (" + e.getClass().getSimpleName() + ": "
                        + e.getMessage() + ")"));
            }
        }
        return new CorpusLoad(articles, problems);
    }

    /** Every article file in {@code folder} (not its sub-folders), in file-name order. */
    public CorpusLoad loadFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new CorpusLoad(List.of(), List.of(new LoadProblem(folder, "no such folder")));
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> files = entries
                    .filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(MetadataFile.SUFFIX))
                    .filter(p -> DocumentFormat.of(p).isPresent())
                    .sorted()
                    .toList();
            return load(files);
        } catch (IOException e) {
            return new CorpusLoad(List.of(), List.of(new LoadProblem(folder, "cannot list the folder: " + e.getMessage())));
        }
    }
}
