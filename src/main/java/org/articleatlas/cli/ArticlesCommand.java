package org.articleatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.articleatlas.corpus.CorpusLoad;
import org.articleatlas.corpus.CorpusLoader;
import org.articleatlas.corpus.LoadProblem;
import org.articleatlas.home.AtlasHome;
import org.articleatlas.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code articles [FILE...]}: one tab-separated line per article. */
@Command(name = "articles",
        mixinStandardHelpOptions = true,
        description = {
            "Lists articles, one line each.",
            "Tab-separated columns: file, language, title, sentences, characters. Without FILE, "
                    + "lists the seed articles in seeds/. Files that cannot be read are named on standard "
                    + "error with the reason; the others are still listed, and the exit code is 1."})
final class ArticlesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Article files: .txt, .md, .html or .htm.")
    private List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<CorpusLoad> loaded = files.isEmpty() ? SeedArticles.load(err) : Optional.of(new CorpusLoader().load(files));
        if (loaded.isEmpty()) {
            return AtlasCli.BAD_INPUT;
        }
        CorpusLoad load = loaded.get();
        for (Article article : load.articles()) {
            out.println(String.join("\t",
                    UserPaths.display(article.source()),
                    article.language().code(),
                    oneLine(article.title()),
                    Integer.toString(article.sentences().size()),
                    Integer.toString(article.text().length())));
        }
        for (LoadProblem problem : load.problems()) {
            err.println(problem.message());
        }
        return load.hasProblems() ? AtlasCli.BAD_INPUT : AtlasCli.OK;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Where the default articles come from. */
    static final class SeedArticles {

        private SeedArticles() {
        }

        static Optional<CorpusLoad> load(PrintWriter err) {
            Optional<AtlasHome> home = AtlasHome.locate();
            if (home.isEmpty()) {
                err.println("seeds/: no seeds folder found here or beside the jar;"
                        + " run from the project folder, name article files, or set -D" + AtlasHome.PROPERTY + "=DIR");
                return Optional.empty();
            }
            return Optional.of(new CorpusLoader().loadFolder(home.get().seeds()));
        }

    }
}
