package org.articleatlas.ui.project;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.articleatlas.model.Article;
import org.articleatlas.project.Project;
import org.articleatlas.project.ProjectFile;
import org.articleatlas.project.ProjectFileException;
import org.articleatlas.ui.app.BackgroundTasks;
import org.articleatlas.ui.app.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File → New, Open…, Save, Save As… and the autosave, for the window: files are read and written off
 * the FX thread, problems are told without stopping the user, and unsaved work is never dropped
 * without asking.
 */
public final class ProjectController {

    /** A few seconds after the last change: a teacher typing a note is not saved at each key. */
    static final Duration AUTOSAVE_DELAY = Duration.seconds(3);

    private static final Logger LOG = LoggerFactory.getLogger(ProjectController.class);

    /** What the controller needs from the rest of the window. */
    public interface Host {
        /** The open articles, whose files the project records. */
        List<Article> openArticles();

        /** Replaces the open articles with these files (a project was opened). */
        void openArticles(List<Path> files);

        /** The layers the user added, by file, and whether each is shown. */
        List<Project.LayerRef> openLayers();

        /** Adds these layers again (a project was opened), shown or hidden as they were. */
        void restoreLayers(List<Project.LayerRef> layers);

        void problem(String message);

        void info(String message);

        Window window();
    }

    private final ProjectViewModel model;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Host host;
    private final ProjectFile files = new ProjectFile();

    public ProjectController(ProjectViewModel model, BackgroundTasks tasks, Messages messages, Host host) {
        this.model = model;
        this.tasks = tasks;
        this.messages = messages;
        this.host = host;
        model.setAutosave(this::autosave);
    }

    /** The timer the view model restarts at each change, on the FX thread. */
    public static ProjectViewModel.AutosaveTimer fxTimer() {
        PauseTransition pause = new PauseTransition(AUTOSAVE_DELAY);
        return save -> {
            pause.setOnFinished(e -> save.run());
            pause.playFromStart();
        };
    }

    /** « Article Atlas — lesson • » while a change is unsaved. */
    public StringBinding title() {
        return Bindings.createStringBinding(() -> {
            String name = model.name().orElse(messages.get("project.untitled"));
            return messages.get("project.title", name) + (model.isDirty() ? " \u2022" : "");
        }, model.fileProperty(), model.dirtyProperty());
    }

    public List<MenuItem> menuItems() {
        return List.of(
                item("menu.file.new", "Shortcut+N", this::newProject),
                item("menu.file.openProject", "Shortcut+Shift+O", this::chooseAndOpen),
                item("menu.file.save", "Shortcut+S", this::save),
                item("menu.file.saveAs", "Shortcut+Shift+S", this::saveAs),
                new SeparatorMenuItem());
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(key.replace('.', '-'));
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    public void newProject() {
        if (mayDiscard()) {
            model.replace(Project.empty(), null);
        }
    }

    private void chooseAndOpen() {
        if (!mayDiscard()) {
            return;
        }
        File chosen = chooser(messages.get("menu.file.openProject")).showOpenDialog(host.window());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Opens a project file in the background; an unreadable one is told, the current project stays. */
    public void open(Path file) {
        tasks.run(() -> {
            try {
                return files.read(file);
            } catch (ProjectFileException e) {
                throw new ProjectProblem(e);
            }
        }, project -> {
            model.replace(project, file.toAbsolutePath());
            if (!project.articles().isEmpty()) {
                host.openArticles(articlePaths(project, file));
            }
            if (!project.layers().isEmpty()) {
                Path folder = file.toAbsolutePath().getParent();
                host.restoreLayers(project.layers().stream().map(l -> new Project.LayerRef(
                        resolve(folder, l.file()).toString(), l.visible())).toList());
            }
            host.info(messages.get("notice.project.opened", file.getFileName()));
        }, failure -> host.problem(messages.get("notice.project.unreadable", file.getFileName(), cause(failure))));
    }

    /** Saves to the project's file, or asks for one. */
    public void save() {
        model.file().ifPresentOrElse(this::saveTo, this::saveAs);
    }

    public void saveAs() {
        FileChooser chooser = chooser(messages.get("menu.file.saveAs"));
        chooser.setInitialFileName(model.name().orElse(messages.get("project.untitled")) + ProjectFile.EXTENSION);
        File chosen = chooser.showSaveDialog(host.window());
        if (chosen != null) {
            String name = chosen.getName();
            saveTo(name.endsWith(ProjectFile.EXTENSION) ? chosen.toPath()
                    : chosen.toPath().resolveSibling(stripJson(name) + ProjectFile.EXTENSION));
        }
    }

    private static String stripJson(String name) {
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    /** Writes the project to {@code file} in the background. */
    public void saveTo(Path file) {
        write(withArticles(model.snapshot(), file), file.toAbsolutePath(), true);
    }

    private void autosave() {
        model.file().ifPresent(f -> write(withArticles(model.snapshot(), f), f, false));
    }

    private ProjectViewModel.Snapshot withArticles(ProjectViewModel.Snapshot s, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        List<String> paths = host.openArticles().stream().map(a -> relative(folder, a.source())).toList();
        List<Project.LayerRef> layers = host.openLayers().stream()
                .map(l -> new Project.LayerRef(relative(folder, Path.of(l.file())), l.visible())).toList();
        return new ProjectViewModel.Snapshot(s.project().withArticles(paths).withLayers(layers), s.file(),
                s.revision());
    }

    /** Relative to the project's folder when inside it, so a folder copied to another machine still opens. */
    private static String relative(Path folder, Path file) {
        Path p = file.toAbsolutePath().normalize();
        return p.startsWith(folder) ? folder.relativize(p).toString() : p.toString();
    }

    private static Path resolve(Path folder, String file) {
        Path p = Path.of(file);
        return p.isAbsolute() ? p : folder.resolve(p).normalize();
    }

    private void write(ProjectViewModel.Snapshot snapshot, Path file, boolean tell) {
        tasks.run(() -> {
            // One write at a time: two at once would each clear the other's temporary file.
            synchronized (files) {
                try {
                    files.write(file, snapshot.project());
                    return file;
                } catch (ProjectFileException e) {
                    throw new ProjectProblem(e);
                }
            }
        }, written -> {
            model.saved(snapshot, written);
            if (tell) {
                host.info(messages.get("notice.project.saved", written.getFileName()));
            }
        }, failure -> {
            LOG.error("Saving {} failed", file, failure);
            host.problem(messages.get("notice.project.notSaved", file.getFileName(), cause(failure)));
        });
    }

    /**
     * Before the project is replaced or the window closes: true when nothing unsaved would be lost —
     * a project with a file is saved at once, one never saved is saved or dropped as the user chooses.
     */
    public boolean mayDiscard() {
        if (!model.isDirty()) {
            return true;
        }
        if (model.file().isPresent()) {
            // What the autosave would have done a moment later: no question to answer.
            return saveNow();
        }
        ButtonType save = new ButtonType(messages.get("project.confirm.save"), ButtonBar.ButtonData.YES);
        ButtonType drop = new ButtonType(messages.get("project.confirm.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("project.confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("project.confirm.text",
                model.name().orElse(messages.get("project.untitled"))), save, drop, cancel);
        alert.initOwner(host.window());
        alert.setHeaderText(null);
        alert.setTitle(messages.get("app.title"));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return false;
        }
        if (answer.get() == drop) {
            return true;
        }
        return saveNow();
    }

    /** Saves on the calling thread, for the last moment before the window closes. */
    private boolean saveNow() {
        Optional<Path> file = model.file();
        if (file.isEmpty()) {
            FileChooser chooser = chooser(messages.get("menu.file.saveAs"));
            chooser.setInitialFileName(messages.get("project.untitled") + ProjectFile.EXTENSION);
            File chosen = chooser.showSaveDialog(host.window());
            if (chosen == null) {
                return false;
            }
            file = Optional.of(chosen.toPath());
        }
        ProjectViewModel.Snapshot snapshot = withArticles(model.snapshot(), file.get());
        try {
            synchronized (files) {
                files.write(file.get(), snapshot.project());
            }
            model.saved(snapshot, file.get().toAbsolutePath());
            return true;
        } catch (ProjectFileException e) {
            host.problem(messages.get("notice.project.notSaved", file.get().getFileName(), e.getMessage()));
            return false;
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("project.filter"),
                "*" + ProjectFile.EXTENSION));
        model.file().map(Path::getParent).map(Path::toFile).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    static List<Path> articlePaths(Project project, Path projectFile) {
        Path folder = projectFile.toAbsolutePath().getParent();
        return project.articles().stream().map(a -> resolve(folder, a)).toList();
    }

    /** The project file's own one-line message (it names the file and where an unreadable one was kept). */
    private static String cause(Throwable failure) {
        Throwable t = failure;
        while (t != null && !(t instanceof ProjectProblem)) {
            t = t.getCause();
        }
        if (t != null && t.getCause() instanceof ProjectFileException e) {
            String prefix = e.file() + ": ";
            String m = e.getMessage();
            return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    /** Carries a checked project-file problem out of a background task. */
    private static final class ProjectProblem extends RuntimeException {
        ProjectProblem(ProjectFileException e) {
            super(e.getMessage(), e);
        }
    }

    /** For tests: the view model this controller saves. */
    public ProjectViewModel model() {
        return model;
    }

}
