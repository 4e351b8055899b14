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
import org.articleatlas.ui.project.ProjectController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop application: shows the main window at once, then loads the seed articles in the background. */
public final class AtlasApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(AtlasApplication.class);

    private final BackgroundTasks tasks = new BackgroundTasks();
    private final ArticleListViewModel articles = new ArticleListViewModel();
    private final PlacesViewModel places = new PlacesViewModel();
    private final Teaching teaching = new Teaching(places, tasks, Teaching.fxTimer());
    private ProjectController project;
    private Messages messages;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        messages = Messages.forLocale(Locale.getDefault());
        this.stage = stage;
        project = new ProjectController(teaching.project(), tasks, messages, new ProjectHost());
        teaching.tellProblemsTo(m -> places.statusProperty().set(m));
        MainWindow window = new MainWindow(messages, articles, places, teaching, project);
        stage.titleProperty().bind(project.title());
        stage.setOnCloseRequest(e -> {
            if (!project.mayDiscard()) {
                e.consume();
            }
        });
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
            teaching.acceptReading(result, home.geodata());
            places.statusProperty().set(messages.get("places.found", result.places().size()));
        }, failure -> {
            LOG.error("Finding places failed", failure);
            places.statusProperty().set(messages.get("places.failed", failure.getMessage()));
        });
    }

    /** What the project controller asks of the application: the open articles, and where to tell things. */
    private final class ProjectHost implements ProjectController.Host {
        @Override
        public List<Article> openArticles() {
            return List.copyOf(articles.articles());
        }

        @Override
        public void openArticles(List<Path> files) {
            Optional<AtlasHome> home = AtlasHome.locate();
            articles.articles().clear();
            articles.loadingStarted();
            tasks.run(() -> new CorpusLoader().load(files), load -> {
                articles.accept(load);
                load.problems().forEach(p -> problem(p.message()));
                findPlaces(home.orElse(AtlasHome.locateOrWorkingDirectory()));
            }, failure -> {
                articles.loadFailed(new LoadProblem(files.get(0), String.valueOf(failure.getMessage())));
                problem(files.get(0) + ": " + failure.getMessage());
            });
        }

        @Override
        public void problem(String message) {
            places.statusProperty().set(message);
        }

        @Override
        public void info(String message) {
            places.statusProperty().set(message);
        }

        @Override
        public javafx.stage.Window window() {
            return stage;
        }
    }

    /** The teaching tools' state (project, cards, timeline, tour), for tests that drive the real window. */
    public Teaching teaching() {
        return teaching;
    }

    /** The project's File menu actions, for tests that drive the real window. */
    public ProjectController project() {
        return project;
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
