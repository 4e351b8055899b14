package org.articleatlas.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.articleatlas.corpus.CorpusLoad;
import org.articleatlas.corpus.CorpusLoader;
import org.articleatlas.corpus.LoadProblem;
import org.articleatlas.model.Article;
import org.junit.jupiter.api.Test;

class ArticleListViewModelTest {

    @Test
    void acceptsALoadInFileOrderAndKeepsItsProblems() {
        ArticleListViewModel model = new ArticleListViewModel();
        model.loadingStarted();
        assertThat(model.loadingProperty().get()).isTrue();
        CorpusLoad seeds = new CorpusLoader().loadFolder(Path.of("seeds"));
        LoadProblem problem = new LoadProblem(Path.of("broken.txt"), "the file is empty");
        List<Article> reversed = new ArrayList<>(seeds.articles());
        Collections.reverse(reversed);
        model.accept(new CorpusLoad(reversed, List.of(problem)));
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.articles()).extracting(Article::fileName)
                .containsExactly("000_2b7127eb9b81e802.txt", "004_796b3cc5194f9ead.txt");
        assertThat(model.problems()).containsExactly(problem);
    }

    @Test
    void reloadingAnArticleReplacesItInsteadOfAddingItTwice() {
        ArticleListViewModel model = new ArticleListViewModel();
        CorpusLoad seeds = new CorpusLoader().loadFolder(Path.of("seeds"));
        model.accept(seeds);
        model.accept(seeds);
        assertThat(model.articles()).hasSize(2);
    }
}
