package org.articleatlas.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import org.articleatlas.context.TimelineBuilder;
import org.articleatlas.gazetteer.Gazetteer;
import org.articleatlas.geoparse.GeoparseResult;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.ui.context.ContextSources;
import org.articleatlas.ui.context.PlaceCards;
import org.articleatlas.ui.context.TimelineViewModel;
import org.articleatlas.ui.places.PlacesViewModel;
import org.articleatlas.ui.project.CorrectedReading;
import org.articleatlas.ui.project.ProjectController;
import org.articleatlas.ui.project.ProjectViewModel;
import org.articleatlas.ui.tour.TourViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The teaching side's state, which outlives any one window: the project and its corrections, the
 * place cards, the timeline and the tour. Fed with each reading of the articles and the gazetteer it
 * was made with; the rest of the geodata the cards need is read once, in the background, after the
 * first reading.
 */
public final class Teaching {

    private static final Logger LOG = LoggerFactory.getLogger(Teaching.class);

    private final PlacesViewModel places;
    private final BackgroundTasks tasks;
    private final ProjectViewModel project;
    private final CorrectedReading corrected;
    private final PlaceCards cards;
    private final TimelineViewModel timeline;
    private final TourViewModel tour;
    private final org.articleatlas.ui.tour.QuizViewModel quiz = new org.articleatlas.ui.tour.QuizViewModel();
    private Consumer<String> problems = LOG::warn;
    private boolean sourcesAsked;
    private SourceReader sources = ContextSources::load;
    private int timelineRequest;

    public Teaching(PlacesViewModel places, BackgroundTasks tasks, ProjectViewModel.AutosaveTimer timer) {
        this.places = places;
        this.tasks = tasks;
        this.project = new ProjectViewModel(timer);
        this.corrected = new CorrectedReading(places, m -> problems.accept(m));
        this.cards = new PlaceCards(places, tasks);
        this.timeline = new TimelineViewModel(places);
        this.tour = new TourViewModel(places);
        project.projectProperty().addListener((obs, old, now) -> corrected.projectChanged(now, project.file().orElse(null)));
        places.places().addListener((ListChangeListener<PlaceResult>) c -> rebuildTimeline());
    }

    /** How the place cards' geodata is read, off the FX thread, with the gazetteer of the first reading. */
    @FunctionalInterface
    interface SourceReader {
        ContextSources read(Path geodata, Gazetteer gazetteer) throws org.articleatlas.geodata.GeodataException;
    }

    /** Reads the place cards' geodata with {@code reader} (layers the window already has open) rather than on its own. */
    void readSourcesWith(SourceReader reader) {
        this.sources = reader;
    }

    /** Where problems with the project's corrections are told (the window's notifications). */
    public void tellProblemsTo(Consumer<String> sink) {
        this.problems = sink;
    }

    /**
     * A new reading of the open articles with the gazetteer it was made with: {@link #acceptReading(GeoparseResult)}
     * then {@link #gazetteerReady}.
     */
    public void acceptReading(GeoparseResult reading, Path geodata, Gazetteer gazetteer) {
        acceptReading(reading);
        gazetteerReady(gazetteer, geodata);
    }

    /**
     * A new reading of the open articles: shown with the project's corrections at once, those that
     * need the gazetteer (re-assignments) once {@link #gazetteerReady} has given it.
     */
    public void acceptReading(GeoparseResult reading) {
        corrected.accept(reading, project.project(), project.file().orElse(null));
    }

    /**
     * The gazetteer, once loaded (a reading from the cache comes before it): the corrections and the
     * place cards use it; the cards' other geodata is read then, once.
     */
    public void gazetteerReady(Gazetteer gazetteer, Path geodata) {
        corrected.gazetteerReady(gazetteer, project.project(), project.file().orElse(null));
        if (!sourcesAsked) {
            sourcesAsked = true;
            tasks.run(() -> {
                try {
                    long start = System.nanoTime();
                    ContextSources read = sources.read(geodata, gazetteer);
                    LOG.info("Geodata for place cards read in {} ms", (System.nanoTime() - start) / 1_000_000);
                    return read;
                } catch (org.articleatlas.geodata.GeodataException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }, sources -> {
                StartupReport.mark("place_card_geodata_read");
                cards.sourcesReady(sources);
            }, failure -> {
                LOG.error("Reading the geodata for place cards failed", failure);
                problems.accept(failure.getMessage());
            });
        }
    }

    private void rebuildTimeline() {
        int mine = ++timelineRequest;
        tour.stop();
        quiz.stop();
        places.result().ifPresentOrElse(r -> tasks.run(() -> new TimelineBuilder().build(r), events -> {
            if (mine == timelineRequest) {
                timeline.accept(events);
            }
        }, failure -> {
            LOG.error("The timeline could not be made", failure);
            if (mine == timelineRequest) {
                timeline.accept(List.of());
            }
        }), () -> timeline.accept(List.of()));
    }

    public ProjectViewModel project() {
        return project;
    }

    public PlaceCards cards() {
        return cards;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public TourViewModel tour() {
        return tour;
    }

    public org.articleatlas.ui.tour.QuizViewModel quiz() {
        return quiz;
    }

    /** For tests and the controller's own timer. */
    public static ProjectViewModel.AutosaveTimer fxTimer() {
        return ProjectController.fxTimer();
    }
}
