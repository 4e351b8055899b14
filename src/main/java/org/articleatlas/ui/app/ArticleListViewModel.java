package org.articleatlas.ui.app;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.articleatlas.corpus.ArticleIds;
import org.articleatlas.corpus.CorpusLoad;
import org.articleatlas.corpus.LoadProblem;
import org.articleatlas.model.Article;

/** The open articles, the files that could not be opened, and the article the user has selected. */
public final class ArticleListViewModel {

    private final ObservableList<Article> articles = FXCollections.observableArrayList();
    private final ObservableList<LoadProblem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<Article> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    public ObservableList<Article> articles() {
        return articles;
    }

    public ObservableList<LoadProblem> problems() {
        return problems;
    }

    public ObjectProperty<Article> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public void loadingStarted() {
        loading.set(true);
    }

    /**
     * Adds what a load gave. An article already open (same source file) is replaced, not doubled;
     * articles stay in file-name order.
     */
    public void accept(CorpusLoad load) {
        for (Article read : load.articles()) {
            // The same file opened again replaces itself; another file of the same name gets its own id.
            articles.removeIf(a -> a.source().toAbsolutePath().equals(read.source().toAbsolutePath()));
            articles.add(ArticleIds.distinct(articles, List.of(read)).get(0));
        }
        FXCollections.sort(articles, Comparator.comparing(Article::fileName));
        problems.addAll(load.problems());
        loading.set(false);
    }

    public void loadFailed(LoadProblem problem) {
        problems.add(problem);
        loading.set(false);
    }
}
