package org.articleatlas.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.articleatlas.model.Article;
import org.articleatlas.parallel.InOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads many article files; one bad file is reported and skipped, never stopping the others. */
public final class CorpusLoader {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusLoader.class);

    private final ArticleReader reader = new ArticleReader();

    /** Reads the files on every core; articles and problems come in the order of the files. */
    public CorpusLoad load(Collection<Path> files) {
        List<Object[]> results = InOrder.map(List.copyOf(files), this::readOne);
        List<Article> articles = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (Object[] r : results) {
            if (r[0] != null) {
                articles.add((Article) r[0]);
            }
            if (r[1] != null) {
                problems.add((LoadProblem) r[1]);
            }
        }
        return new CorpusLoad(ArticleIds.distinct(List.of(), articles), problems);
    }

    /** The article or null, and a problem or null: a broken metadata file gives both. */
    private Object[] readOne(Path file) {
        try {
            ArticleReader.Result result = reader.readWithMetadata(file);
            return new Object[] {result.article(), result.metadataProblem().map(LoadProblem::of).orElse(null)};
        } catch (ArticleReadException e) {
            LOG.debug("Skipped {}", e.getMessage(), e);
            return new Object[] {null, LoadProblem.of(e)};
        } catch (RuntimeException e) {
            // A defect in a reader must cost one article, not the whole corpus.
            LOG.warn("Unexpected failure reading {}", file, e);
            return new Object[] {null, new LoadProblem(file, "could not be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")")};
        }
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
