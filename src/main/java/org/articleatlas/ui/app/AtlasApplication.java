package org.articleatlas.ui.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.articleatlas.corpus.CorpusLoader;
import org.articleatlas.corpus.LoadProblem;
import java.util.List;
import org.articleatlas.geodata.GeodataException;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerSet;
import org.articleatlas.geoparse.GeoparseOptions;
import org.articleatlas.geoparse.Geoparser;
import org.articleatlas.geoparse.GeoparserLoader;
import org.articleatlas.home.AtlasHome;
import org.articleatlas.model.Article;
import org.articleatlas.ui.places.PlacesViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop application: shows the main window at once, then loads the seed articles in the background. */
public final class AtlasApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(AtlasApplication.class);

    private final BackgroundTasks tasks = new BackgroundTasks();
    private final ArticleListViewModel articles = new ArticleListViewModel();
    private final PlacesViewModel places = new PlacesViewModel();
    private Messages messages;

    @Override
    public void start(Stage stage) {
        messages = Messages.forLocale(Locale.getDefault());
        MainWindow window = new MainWindow(messages, articles, places);
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
        tasks.run(() -> new CorpusLoader().loadFolder(seeds), load -> {
            articles.accept(load);
            findPlaces(home.get());
        }, failure -> {
            LOG.error("Loading {} failed", seeds, failure);
            articles.loadFailed(new LoadProblem(seeds, "could not be loaded: " + failure.getMessage()));
        });
    }

    /** Reads the open articles for places in the background; the map fills in when it is done. */
    private void findPlaces(AtlasHome home) {
        places.statusProperty().set(messages.get("places.reading"));
        List<Article> open = List.copyOf(articles.articles());
        tasks.run(() -> {
            try (LayerSet layers = new LayerLoader(LayerLoader.Reading.WHEN_USED).open(List.of(home.geodata()))) {
                Geoparser geoparser = GeoparserLoader.load(home.geodata(), layers, GeoparseOptions.defaults());
                return geoparser.parseAll(open);
            } catch (GeodataException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, result -> {
            places.accept(result);
            places.statusProperty().set(messages.get("places.found", result.places().size()));
        }, failure -> {
            LOG.error("Finding places failed", failure);
            places.statusProperty().set(messages.get("places.failed", failure.getMessage()));
        });
    }

    /** The places found, for tests that drive the real window. */
    public PlacesViewModel places() {
        return places;
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
