package org.articleatlas.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.articleatlas.corpus.CorpusLoad;
import org.articleatlas.corpus.CorpusLoader;
import org.articleatlas.ui.context.ContextSources;
import org.articleatlas.corpus.LoadProblem;
import org.articleatlas.geodata.Layer;
import org.articleatlas.geodata.LayerKind;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerProblem;
import org.articleatlas.geodata.LayerSet;
import org.articleatlas.geoparse.GeoparseResult;
import org.articleatlas.home.AtlasHome;
import org.articleatlas.model.Article;
import org.articleatlas.ui.map.AreaOutlines;
import org.articleatlas.ui.map.AtlasMapPane;
import org.articleatlas.ui.map.FirstViewTiles;
import org.articleatlas.ui.map.MapLayersViewModel;
import org.articleatlas.ui.map.OfflineTileRetriever;
import org.articleatlas.ui.map.Overlay;
import org.articleatlas.ui.map.TileSourceViewModel;
import org.articleatlas.ui.places.PlacesViewModel;
import org.articleatlas.ui.project.ProjectController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop application: shows the main window at once, then loads the seed articles in the background. */
public final class AtlasApplication extends Application implements WindowActions {

    private static final Logger LOG = LoggerFactory.getLogger(AtlasApplication.class);
    /** The window's size when it opens. */
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;

    private final BackgroundTasks tasks = new BackgroundTasks();
    private final ArticleListViewModel articles = new ArticleListViewModel();
    private final PlacesViewModel places = new PlacesViewModel();
    private final TextViews text = TextViews.of(places, articles);
    private StartupWork work;
    /** Done when the map's layers and the place cards' geodata have been read from the start-up layers. */
    private final CompletableFuture<Void> mapLayersRead = new CompletableFuture<>();
    private final CompletableFuture<Void> cardSourcesRead = new CompletableFuture<>();
    /** Done once the map layers read after the first frame are on the map (or were told to have failed). */
    private final CompletableFuture<Void> mapLayersShown = new CompletableFuture<>();
    private final Teaching teaching = new Teaching(places, tasks, Teaching.fxTimer());
    private ProjectController project;
    /** Whether each layer a project brings back is shown, applied when the layer has been read. */
    private final java.util.Map<String, Boolean> pendingVisibility = new java.util.HashMap<>();
    private final MapLayersViewModel mapLayers = new MapLayersViewModel();
    private final NotificationsViewModel notices = new NotificationsViewModel();
    private final LayerFolderPreference layerFolderPreference = LayerFolderPreference.user();
    /** The layer folders the user added, opened at each start; the View menu lists them. */
    private final ObservableList<Path> layerFolders = FXCollections.observableArrayList();
    /** The layers each remembered folder put on the map, taken off when it is forgotten. */
    private final java.util.Map<Path, List<String>> folderOverlays = new java.util.HashMap<>();
    /** Done once the remembered layer folders, opened after the window's own layers, are on the map or told. */
    private final CompletableFuture<Void> layerFoldersShown = new CompletableFuture<>();
    private TileSourceViewModel tiles;
    private Messages messages;
    private Stage stage;
    private MainWindow window;
    private int reading;
    private boolean mapLayersAsked;
    private boolean gazetteerAsked;
    /** Done when the first view is complete, or when it never will be (no seeds, no places). */
    private final CompletableFuture<Void> firstView = new CompletableFuture<>();
    private boolean firstViewWatched;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        StartupReport.mark("fx_toolkit_up");
        work = StartupWork.take();
        firstView.thenRun(work::firstViewShown);
        work.closeLayersAfter(List.of(work.geoparser(), OfflineTileRetriever.basemap(),
                OfflineTileRetriever.detailRead(), mapLayersRead, cardSourcesRead));
        teaching.readSourcesWith((geodata, names) -> {
            try {
                afterFirstView();
                return ContextSources.load(work.layers().join(), geodata, names);
            } finally {
                cardSourcesRead.complete(null);
            }
        });
        messages = Messages.forLocale(InterfaceLanguage.current());
        layerFolders.setAll(layerFolderPreference.folders());
        // The first view's tiles are known now: drawn as soon as the basemap is read, while the window is built.
        OfflineTileRetriever.useLanguage(messages.language());
        OfflineTileRetriever.drawAhead(FirstViewTiles.of(AtlasMapPane.SEEDS_REGION_CENTRE_POINT, AtlasMapPane.SEEDS_REGION_ZOOM,
                MainWindow.mapWidthIn(WIDTH), MainWindow.mapHeightIn(HEIGHT)));
        tiles = new TileSourceViewModel(OfflineTileRetriever.tiles());
        tiles.onUnreachable(reason -> notices.problem(messages.get("notice.osm.unreachable", reason)));
        teaching.tellProblemsTo(notices::problem);
        mapLayers.overlays().addListener((javafx.collections.ListChangeListener<Overlay>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(o -> {
                    Boolean visible = pendingVisibility.remove(o.id());
                    if (visible != null) {
                        mapLayers.setVisible(o.id(), visible);
                    }
                });
            }
        });
        // Read already (the seeds and their reading are begun before JavaFX): the window is built with them,
        // its layers once, rather than built empty and filled on a later pulse.
        boolean seedsShown = acceptSeedsIfRead();
        window = newWindow();
        stage.setOnCloseRequest(e -> {
            if (!project.mayDiscard()) {
                e.consume();
            }
        });
        stage.setScene(new Scene(window.root(), WIDTH, HEIGHT));
        stage.show();
        StartupReport.mark("stage_shown");
        WindowScreenshot.takeWhenReady(stage, places, CompletableFuture.allOf(firstView, mapLayersShown));
        if (!seedsShown) {
            loadSeeds();
        }
    }

    /** Takes the seed articles at once if they are read, and their places too if their reading is done. */
    private boolean acceptSeedsIfRead() {
        if (work.seeds().isEmpty()) {
            return false;
        }
        CompletableFuture<org.articleatlas.corpus.CorpusLoad> load = work.seedArticles();
        if (!load.isDone() || load.isCompletedExceptionally()) {
            return false;
        }
        articles.loadingStarted();
        articles.accept(load.join());
        findPlaces();
        return true;
    }

    private MainWindow newWindow() {
        project = new ProjectController(teaching.project(), tasks, messages, new ProjectHost());
        stage.titleProperty().bind(project.title());
        MainWindow built = new MainWindow(messages, articles, places, mapLayers, tiles, notices, tasks, this, teaching,
                project, text);
        // What the first frame does not show is built after it, on a later pulse; at once for a rebuilt window.
        firstView.thenRun(() -> javafx.application.Platform.runLater(built::buildDeferred));
        return built;
    }

    private void loadSeeds() {
        if (work.seeds().isEmpty()) {
            articles.loadFailed(new LoadProblem(Path.of("seeds"),
                    "no seeds folder found here or beside the application"));
            mapLayersAsked = true;
            firstView.complete(null);
            loadMapLayers();
            return;
        }
        Path seeds = work.seeds().get();
        articles.loadingStarted();
        tasks.when(work.seedArticles(), load -> {
            articles.accept(load);
            findPlaces();
        }, failure -> {
            LOG.error("Loading {} failed", seeds, failure);
            articles.loadFailed(new LoadProblem(seeds, "could not be loaded: " + rootMessage(failure)));
            mapLayersAsked = true;
            firstView.complete(null);
            loadMapLayers();
        });
    }

    /**
     * Waits, on a background thread, until the first view is complete (places and tiles): on a
     * machine of two cores what the user sees first goes first, the rest of the geodata after it.
     */
    private void afterFirstView() {
        firstView.join();
    }

    /** The outlines to tint and the extra layers of {@code geodata/}, read in the background. */
    private void loadMapLayers() {
        Path geodata = work.geodata();
        org.articleatlas.model.Language language = messages.language();
        List<String> shownIds = places.places().stream().map(p -> p.place().id()).toList();
        record Read(AreaOutlines outlines, List<Overlay> overlays) {
        }
        tasks.run(() -> {
            try {
                afterFirstView();
                long start = System.nanoTime();
                LayerSet layers = work.layers().join();
                List<Overlay> overlays = new ArrayList<>();
                for (Layer layer : layers.layers()) {
                    // Countries are the basemap itself; every other layer of the folder can be shown over it.
                    if (layer.kind() != LayerKind.COUNTRIES) {
                        overlays.add(Overlay.read(layer, language));
                    }
                }
                AreaOutlines outlines = AreaOutlines.read(layers);
                // Simplified here rather than on the FX thread when the tints are drawn.
                shownIds.forEach(outlines::outline);
                LOG.info("Map layers read in {} ms", (System.nanoTime() - start) / 1_000_000);
                return new Read(outlines, overlays);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            } finally {
                mapLayersRead.complete(null);
            }
        }, read -> {
            StartupReport.mark("map_layers_read");
            mapLayers.outlinesProperty().set(read.outlines());
            // Off at first: the basemap already shows these places' countries; the panel turns them on.
            read.overlays().forEach(o -> mapLayers.addOverlay(o, false));
            mapLayersShown.complete(null);
            openRememberedFoldersAtStart();
        }, failure -> {
            LOG.error("Reading the map layers of {} failed", geodata, failure);
            notices.problem(messages.get("notice.layers.failed", geodata, rootMessage(failure)));
            mapLayersShown.complete(null);
            openRememberedFoldersAtStart();
        });
    }

    /** Reads the open articles for places in the background; the map fills in when it is done. */
    private void findPlaces() {
        places.statusProperty().set(messages.get("places.reading"));
        List<Article> open = List.copyOf(articles.articles());
        Path geodata = work.geodata();
        int thisReading = ++reading;
        // A reading already done (the seeds' from the cache) is shown at once, without a trip to another thread.
        Optional<GeoparseResult> ready = work.readIfDone(open);
        if (ready.isPresent()) {
            placesRead(thisReading, ready.get(), geodata);
            return;
        }
        // The reading does not wait for the gazetteer: one found in the cache is shown while it still loads.
        tasks.run(() -> work.read(open), result -> placesRead(thisReading, result, geodata), failure -> {
            LOG.error("Finding places failed", failure);
            places.statusProperty().set(messages.get("places.failed", rootMessage(failure)));
            if (!mapLayersAsked) {
                mapLayersAsked = true;
                firstView.complete(null);
                loadMapLayers();
            }
        });
    }

    /** Shows a reading of the open articles, unless a later one has been asked for since. */
    private void placesRead(int thisReading, GeoparseResult result, Path geodata) {
        if (thisReading != reading) {
            return; // a later reading, with more articles, is on its way
        }
        teaching.acceptReading(result);
        if (!gazetteerAsked) {
            gazetteerAsked = true;
            tasks.when(work.gazetteer(), names -> teaching.gazetteerReady(names, geodata),
                    failure -> LOG.error("Reading the gazetteer failed", failure));
        }
        places.statusProperty().set(messages.get("places.found", result.places().size()));
        if (!firstViewWatched) {
            firstViewWatched = true;
            StartupReport.placesShown(() -> firstView.complete(null));
        }
        if (!mapLayersAsked) {
            // After the places, not beside them: on a busy machine the markers come first.
            mapLayersAsked = true;
            loadMapLayers();
        }
    }

    @Override
    public void openArticles(List<Path> files) {
        articles.loadingStarted();
        tasks.run(() -> new CorpusLoader().load(files), this::showArticles, failure -> {
            LOG.error("Opening {} failed", files, failure);
            articles.loadFailed(new LoadProblem(files.get(0), rootMessage(failure)));
            notices.problem(messages.get("notice.article.failed", files.get(0).getFileName(), rootMessage(failure)));
        });
    }

    /** Read articles into the list, each unreadable one told; their places are found next. */
    private void showArticles(CorpusLoad load) {
        articles.accept(load);
        for (LoadProblem problem : load.problems()) {
            notices.problem(messages.get("notice.article.failed", problem.file().getFileName(), problem.reason()));
        }
        if (!load.articles().isEmpty()) {
            notices.info(messages.get("notice.article.opened", load.articles().size(),
                    load.articles().get(0).title()));
            findPlaces();
        }
    }

    /**
     * A folder dropped on the window: its articles opened and its layers added, this once (unlike
     * File → Add layer folder…, which remembers the folder). Both are read in one background task.
     */
    @Override
    public void openDroppedFolder(Path folder) {
        org.articleatlas.model.Language language = messages.language();
        articles.loadingStarted();
        tasks.run(() -> {
            return new DroppedFolder(new CorpusLoader().loadFolder(folder), Added.ofFolder(folder, language));
        }, dropped -> {
            if (dropped.isEmpty()) {
                articles.accept(dropped.articles());
                notices.problem(messages.get("notice.folder.nothing", folder));
                return;
            }
            showArticles(dropped.articles());
            showAddedLayers(dropped.layers());
        }, failure -> {
            LOG.error("Opening the dropped folder {} failed", folder, failure);
            articles.loadFailed(new LoadProblem(folder, rootMessage(failure)));
            notices.problem(messages.get("notice.folder.unreadable", folder, rootMessage(failure)));
        });
    }

    /** What a dropped folder holds: articles and layers, each with the files that could not be read. */
    private record DroppedFolder(CorpusLoad articles, Added layers) {

        boolean isEmpty() {
            return articles.articles().isEmpty() && articles.problems().isEmpty()
                    && layers.overlays().isEmpty() && layers.problems().isEmpty();
        }
    }

    /** Layers read off the FX thread, and the files that could not be, each with its reason. */
    private record Added(List<Overlay> overlays, List<LayerProblem> problems) {

        /** Every layer of a folder (its catalog's and the GeoJSON files beside it). */
        static Added ofFolder(Path folder, org.articleatlas.model.Language language) {
            try (LayerSet set = new LayerLoader(LayerLoader.Reading.NOW).open(List.of(folder))) {
                return from(set, language);
            }
        }

        static Added from(LayerSet set, org.articleatlas.model.Language language) {
            List<Overlay> overlays = new ArrayList<>();
            List<LayerProblem> problems = new ArrayList<>(set.problems());
            for (Layer layer : set.layers()) {
                try {
                    overlays.add(Overlay.read(layer, language));
                } catch (java.io.IOException | RuntimeException e) {
                    problems.add(new LayerProblem(layer.file(), rootMessage(e)));
                }
            }
            return new Added(overlays, problems);
        }
    }

    @Override
    public void addLayers(List<Path> files) {
        org.articleatlas.model.Language language = messages.language();
        tasks.run(() -> {
            try (LayerSet set = new LayerLoader(LayerLoader.Reading.NOW).openFiles(files)) {
                return Added.from(set, language);
            }
        }, this::showAddedLayers, failure -> {
            LOG.error("Adding layers {} failed", files, failure);
            notices.problem(messages.get("notice.layer.failed", files.get(0).getFileName(), rootMessage(failure)));
        });
    }

    /** Puts the layers the user added on the map, each told, and tells the files that could not be read. */
    private void showAddedLayers(Added added) {
        for (Overlay overlay : added.overlays()) {
            if (showAddedOverlay(overlay)) {
                notices.info(messages.get("notice.layer.added", Path.of(overlay.id()).getFileName().toString(),
                        overlay.features().size()));
            }
        }
        tellLayerProblems(added.problems());
    }

    /** Puts a layer the user added on the map, shown; one without features is told instead. */
    private boolean showAddedOverlay(Overlay overlay) {
        if (overlay.features().isEmpty()) {
            notices.problem(messages.get("notice.layer.empty", Path.of(overlay.id()).getFileName().toString()));
            return false;
        }
        mapLayers.addOverlay(overlay, true);
        return true;
    }

    private void tellLayerProblems(List<LayerProblem> problems) {
        for (LayerProblem problem : problems) {
            notices.problem(messages.get("notice.layer.failed", problem.file().getFileName(),
                    withoutFile(problem.message(), problem.file())));
        }
    }

    /** Opens the folder's layers now and at every start after this one. */
    @Override
    public void addLayerFolder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        layerFolders.setAll(layerFolderPreference.remember(absolute));
        openLayerFolder(absolute);
    }

    @Override
    public void forgetLayerFolder(Path folder) {
        layerFolders.setAll(layerFolderPreference.forget(folder));
        List<String> ids = folderOverlays.remove(folder);
        if (ids != null) {
            ids.forEach(mapLayers::removeOverlay);
        }
        notices.info(messages.get("notice.folder.forgotten", folder));
    }

    @Override
    public ObservableList<Path> layerFolders() {
        return layerFolders;
    }

    /** After the window's own layers, so the first frame and the articles' map never wait for a user's folder. */
    private void openRememberedFoldersAtStart() {
        openRememberedFolders().whenComplete((r, e) -> layerFoldersShown.complete(null));
    }

    /** The remembered folders, one after the other (on two cores, side by side would only slow both). */
    private CompletableFuture<Void> openRememberedFolders() {
        CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
        for (Path folder : List.copyOf(layerFolders)) {
            all = all.thenCompose(done -> {
                CompletableFuture<Void> opened = new CompletableFuture<>();
                javafx.application.Platform.runLater(() -> openLayerFolder(folder).whenComplete((r, e) -> opened.complete(null)));
                return opened;
            });
        }
        return all;
    }

    /**
     * Reads every layer of a folder in the background and shows each over the map; each broken layer
     * is told (file and reason) and the rest still load. A missing folder is told once and stays remembered.
     *
     * @return done when the folder's layers are on the map, or told to have failed
     */
    private CompletableFuture<Void> openLayerFolder(Path folder) {
        org.articleatlas.model.Language language = messages.language();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        tasks.run(() -> {
            if (!Files.isDirectory(folder)) {
                return Optional.<Added>empty();
            }
            return Optional.of(Added.ofFolder(folder, language));
        }, read -> {
            try {
                if (read.isEmpty()) {
                    notices.problem(messages.get("notice.folder.missing", folder));
                } else if (layerFolders.contains(folder)) {
                    // Only if still remembered: a folder forgotten while it was read is no longer wanted.
                    showFolderLayers(folder, read.get());
                }
            } finally {
                shown.complete(null);
            }
        }, failure -> {
            LOG.error("Opening the layer folder {} failed", folder, failure);
            notices.problem(messages.get("notice.folder.failed", folder, rootMessage(failure)));
            shown.complete(null);
        });
        return shown;
    }

    private void showFolderLayers(Path folder, Added added) {
        List<String> ids = new ArrayList<>();
        for (Overlay overlay : added.overlays()) {
            if (showAddedOverlay(overlay)) {
                ids.add(overlay.id());
            }
        }
        folderOverlays.put(folder, ids);
        if (!ids.isEmpty()) {
            notices.info(messages.get("notice.folder.added", folder, ids.size()));
        } else if (added.problems().isEmpty() && added.overlays().isEmpty()) {
            notices.problem(messages.get("notice.folder.empty", folder));
        }
        tellLayerProblems(added.problems());
    }

    /**
     * Rebuilds the window in the other language from the same view models: articles, places,
     * layers and the map's view stay as they were. The choice is remembered for the next run.
     */
    @Override
    public void switchLanguage(String code) {
        InterfaceLanguage.choose(code);
        messages = Messages.forLocale(code == null ? Locale.getDefault() : Locale.forLanguageTag(code));
        var oldMap = window.map().mapView();
        double zoom = oldMap.getZoom();
        var centre = oldMap.getCenter();
        window = newWindow();
        stage.getScene().setRoot(window.root());
        window.map().mapView().setZoom(zoom);
        window.map().mapView().setCenter(centre);
        if (!places.places().isEmpty()) {
            places.statusProperty().set(messages.get("places.found", places.places().size()));
        }
        notices.info(messages.get("notice.language"));
    }

    /** Through JavaFX's host services, which hand a folder's address to the desktop (xdg-open on Linux). */
    @Override
    public void showFolder(Path folder) {
        getHostServices().showDocument(folder.toUri().toString());
    }

    private static String withoutFile(String message, Path file) {
        String prefix = file + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.CompletionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** What the project controller asks of the application: the open articles, and where to tell things. */
    private final class ProjectHost implements ProjectController.Host {
        @Override
        public List<Article> openArticles() {
            return List.copyOf(articles.articles());
        }

        @Override
        public List<org.articleatlas.project.Project.LayerRef> openLayers() {
            Path geodata = AtlasHome.locateOrWorkingDirectory().geodata().toAbsolutePath();
            // The layers of geodata/ come with the application; only those the user added belong to the project.
            return mapLayers.overlays().stream().map(Overlay::id)
                    .filter(id -> !Path.of(id).toAbsolutePath().startsWith(geodata))
                    .map(id -> new org.articleatlas.project.Project.LayerRef(id, mapLayers.isVisible(id))).toList();
        }

        @Override
        public void restoreLayers(List<org.articleatlas.project.Project.LayerRef> layers) {
            layers.forEach(l -> pendingVisibility.put(l.file(), l.visible()));
            addLayers(layers.stream().map(l -> Path.of(l.file())).toList());
        }

        /** A project's articles replace the open ones. */
        @Override
        public void openArticles(List<Path> files) {
            articles.articles().clear();
            AtlasApplication.this.openArticles(files);
        }

        @Override
        public void problem(String message) {
            notices.problem(message);
        }

        @Override
        public void info(String message) {
            notices.info(message);
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

    /**
     * Done once the window has stopped adding the layers it reads after its first frame: tests that walk
     * the scene graph from their own thread wait for it.
     */
    public CompletableFuture<Void> mapLayersShown() {
        return mapLayersShown;
    }

    /** Done once the remembered layer folders have been opened at start, for tests that drive the real window. */
    public CompletableFuture<Void> layerFoldersShown() {
        return layerFoldersShown;
    }

    /** The places found, for tests that drive the real window. */
    public PlacesViewModel places() {
        return places;
    }

    /** The open articles, for tests that drive the real window. */
    public ArticleListViewModel articles() {
        return articles;
    }

    /** The map's layers, for tests that drive the real window. */
    public MapLayersViewModel mapLayers() {
        return mapLayers;
    }

    /** What the window has told the user, for tests that drive the real window. */
    public NotificationsViewModel notices() {
        return notices;
    }

    @Override
    public void stop() {
        tasks.close();
    }
}
