package org.articleatlas.ui.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.articleatlas.gazetteer.Gazetteer;
import org.articleatlas.geoparse.GeoparseResult;
import org.articleatlas.project.CorrectionApplier;
import org.articleatlas.project.Project;
import org.articleatlas.ui.places.PlacesViewModel;

/**
 * The geoparser's reading with the project's corrections applied, as {@code geoparse --project} does:
 * « not a place » marks drop mentions, re-assignments point at the teacher's entry, moved markers move.
 * Kept apart from the raw reading so that undoing a correction brings the geoparser's answer back.
 */
public final class CorrectedReading {

    private final PlacesViewModel places;
    private final Consumer<String> problem;
    private GeoparseResult raw;
    private Gazetteer gazetteer;
    private Corrections applied;
    /** Re-assignments were left out for want of the gazetteer. */
    private boolean waitingForGazetteer;

    /** The parts of a project that change what the map shows. */
    record Corrections(List<Project.MovedMarker> moved, List<Project.Reassignment> reassigned,
            List<Project.NotAPlace> notPlaces) {
        static Corrections of(Project p) {
            return new Corrections(p.movedMarkers(), p.reassignments(), p.notPlaces());
        }

        boolean none() {
            return moved.isEmpty() && reassigned.isEmpty() && notPlaces.isEmpty();
        }
    }

    /** @param problem told one line per correction that no longer fits its article */
    public CorrectedReading(PlacesViewModel places, Consumer<String> problem) {
        this.places = places;
        this.problem = problem;
    }

    /** The gazetteer, once read: re-assignments need it to find the teacher's entry. */
    public void gazetteerReady(Gazetteer g, Project project, Path projectFile) {
        this.gazetteer = g;
        // Only a reading shown without its re-assignments is shown again: any other would be redrawn for nothing.
        if (waitingForGazetteer) {
            waitingForGazetteer = false;
            applied = null;
            show(project, projectFile);
        }
    }

    /** A new reading of the articles by the geoparser. */
    public void accept(GeoparseResult reading, Project project, Path projectFile) {
        raw = reading;
        applied = null;
        show(project, projectFile);
    }

    /** The project changed: the places are shown again if its corrections did. */
    public void projectChanged(Project project, Path projectFile) {
        show(project, projectFile);
    }

    public Optional<GeoparseResult> raw() {
        return Optional.ofNullable(raw);
    }

    private void show(Project project, Path projectFile) {
        if (raw == null) {
            return;
        }
        Corrections wanted = Corrections.of(project);
        if (Objects.equals(wanted, applied)) {
            return;
        }
        GeoparseResult shown = raw;
        if (!wanted.none()) {
            if (gazetteer == null && !wanted.reassigned().isEmpty()) {
                // Shown uncorrected until the gazetteer is read; gazetteerReady() comes back here.
                places.accept(raw);
                applied = wanted;
                waitingForGazetteer = true;
                return;
            }
            CorrectionApplier applier = new CorrectionApplier(id -> gazetteer == null ? Optional.empty()
                    : gazetteer.byId(id));
            CorrectionApplier.Corrected corrected = applier.apply(raw, project,
                    projectFile == null ? Path.of("(unsaved project)") : projectFile);
            corrected.problems().forEach(problem);
            shown = corrected.result();
        }
        applied = wanted;
        String selected = places.selectedProperty().get() == null ? null : places.selectedProperty().get().place().id();
        places.accept(shown);
        if (selected != null) {
            places.select(selected);
        }
    }
}
