package org.articleatlas.corpus;

import java.util.List;
import org.articleatlas.model.Article;

/** What loading a set of article files gave: the articles that were read, and each file that was not. */
public record CorpusLoad(List<Article> articles, List<LoadProblem> problems) {

    public CorpusLoad {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
