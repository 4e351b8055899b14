package org.articleatlas.ui.project;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.articleatlas.project.Project;
import org.articleatlas.project.ProjectFile;

/**
 * The project open in the window, its file, and whether it holds changes not yet on disk. Every change
 * goes through {@link #edit}, which counts it and asks for an autosave; a save reports which change it
 * wrote, so a change made while a save runs stays unsaved until the next one.
 */
public final class ProjectViewModel {

    /** Asks for an autosave a few seconds from now; a new request replaces a waiting one. */
    public interface AutosaveTimer {
        void restart(Runnable save);
    }

    /** A project as it stood at one change, to write off the FX thread. */
    public record Snapshot(Project project, Path file, long revision) {
    }

    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(Project.empty());
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final AutosaveTimer timer;
    private long revision;
    private long savedRevision;
    private Runnable autosave = () -> { };

    public ProjectViewModel(AutosaveTimer timer) {
        this.timer = timer;
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public Project project() {
        return project.get();
    }

    /** The project's file; empty for a project never saved. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file.get());
    }

    /** True while the project holds a change not yet written. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** What an autosave does: write {@link #snapshot()} in the background. */
    public void setAutosave(Runnable save) {
        this.autosave = save;
    }

    /** Changes the project; marks it unsaved and, when it has a file, asks for an autosave. */
    public void edit(UnaryOperator<Project> change) {
        Project changed = change.apply(project.get());
        if (changed.equals(project.get())) {
            return;
        }
        revision++;
        project.set(changed);
        dirty.set(true);
        if (file.get() != null) {
            timer.restart(autosave);
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(project.get(), file.get(), revision);
    }

    /** A snapshot was written to {@code to}: the project is saved there unless it changed meanwhile. */
    public void saved(Snapshot written, Path to) {
        file.set(to);
        savedRevision = Math.max(savedRevision, written.revision());
        dirty.set(revision != savedRevision);
    }

    /** Replaces the project with one just opened from {@code from} (or a new one, with no file): nothing unsaved. */
    public void replace(Project opened, Path from) {
        revision++;
        savedRevision = revision;
        project.set(opened);
        file.set(from);
        dirty.set(false);
    }

    /** « kazakhstan-lesson » for {@code kazakhstan-lesson.atlas.json}; empty for a project never saved. */
    public Optional<String> name() {
        return file().map(f -> {
            String n = f.getFileName().toString();
            return n.endsWith(ProjectFile.EXTENSION) ? n.substring(0, n.length() - ProjectFile.EXTENSION.length()) : n;
        });
    }
}
