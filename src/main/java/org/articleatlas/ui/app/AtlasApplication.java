package org.articleatlas.ui.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.articleatlas.corpus.CorpusLoader;
import org.articleatlas.corpus.LoadProblem;
import org.articleatlas.home.AtlasHome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop application: shows the main window at once, then loads the seed articles in the background. */
public final class AtlasApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(AtlasApplication.class);

    private final BackgroundTasks tasks = new BackgroundTasks();
    private final ArticleListViewModel articles = new ArticleListViewModel();

    @Override
    public void start(Stage stage) {
        Messages messages = Messages.forLocale(Locale.getDefault());
        MainWindow window = new MainWindow(messages, articles);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
        loadSeeds();
    }

    private void loadSeeds() {
        Optional<AtlasHome> home = AtlasHome.locate();
        if (home.isEmpty()) {
            articles.loadFailed(new LoadProblem(Path.of("seeds"),
                    "no seeds folder found here or beside the application"));
            return;
        }
        Path seeds = home.get().seeds();
        articles.loadingStarted();
        tasks.run(() -> new CorpusLoader().loadFolder(seeds), articles::accept, failure -> {
            LOG.error("Loading {} failed", seeds, failure);
            articles.loadFailed(new LoadProblem(seeds, "could not be loaded: " + failure.getMessage()));
        });
    }

    /** The open articles, for tests that drive the real window. */
    public ArticleListViewModel articles() {
        return articles;
    }

    @Override
    public void stop() {
        tasks.close();
    }
}
