package org.articleatlas.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.articleatlas.export.ExportFormat;
import org.articleatlas.geoparse.GeoparseResult;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.model.Place;
import org.articleatlas.render.TeacherAnnotations;
import org.articleatlas.ui.app.BackgroundTasks;
import org.articleatlas.ui.app.Messages;
import org.articleatlas.ui.app.NotificationsViewModel;
import org.articleatlas.ui.map.MapCamera;
import org.articleatlas.ui.map.OfflineTileRetriever;
import org.articleatlas.ui.places.PlacesViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File → Export map…: asks for the choices, then for the file, then exports the view in the
 * background; a notification says where the map went, or what went wrong, and the window stays usable.
 */
public final class ExportMapAction {

    private static final Logger LOG = LoggerFactory.getLogger(ExportMapAction.class);

    /** Where the map goes: a save dialog, or a fixed file in tests. */
    public interface TargetChooser {
        Optional<Path> choose(MapExportViewModel.Settings settings, String suggestedName, Window owner);
    }

    private final Messages messages;
    private final PlacesViewModel places;
    private final MapCamera camera;
    private final BackgroundTasks tasks;
    private final NotificationsViewModel notices;
    private final Supplier<Window> owner;
    private final Consumer<Path> showFolder;
    private final ViewExporter exporter = new ViewExporter(() -> OfflineTileRetriever.basemap().join());
    private TargetChooser chooser = this::saveDialog;
    private Supplier<TeacherAnnotations> annotations = TeacherAnnotations::none;
    /** The folder of the last export, offered again: a teacher exports several maps to one place. */
    private static volatile Path lastFolder;

    public ExportMapAction(Messages messages, PlacesViewModel places, MapCamera camera, BackgroundTasks tasks,
            NotificationsViewModel notices, Supplier<Window> owner, Consumer<Path> showFolder) {
        this.messages = messages;
        this.places = places;
        this.camera = camera;
        this.tasks = tasks;
        this.notices = notices;
        this.owner = owner;
        this.showFolder = showFolder;
    }

    /** Where the teacher's pins and notes come from (the open project), read when an export starts. */
    public ExportMapAction annotationsFrom(Supplier<TeacherAnnotations> source) {
        this.annotations = source;
        return this;
    }

    /** File → Export map… (Shortcut+E); the item carries this action as its user data, for tests. */
    public MenuItem menuItem() {
        MenuItem item = new MenuItem(messages.get("menu.file.export"));
        item.setId("menuExportMap");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        item.setOnAction(e -> open());
        item.setUserData(this);
        return item;
    }

    /** Puts File → Export map… above the File menu's last group (Quit). */
    public void addTo(Menu file) {
        int at = file.getItems().size();
        for (int i = file.getItems().size() - 1; i >= 0; i--) {
            if (file.getItems().get(i) instanceof SeparatorMenuItem) {
                at = i;
                break;
            }
        }
        file.getItems().addAll(at, java.util.List.of(new SeparatorMenuItem(), menuItem()));
    }

    /** Replaces the save dialog, for tests that cannot show a native one. */
    public void setTargetChooser(TargetChooser chooser) {
        this.chooser = chooser;
    }

    /** The dialog's model for what the window shows now, or empty while the articles are still being read. */
    public Optional<MapExportViewModel> viewModel() {
        Optional<GeoparseResult> reading = places.result();
        if (reading.isEmpty()) {
            return Optional.empty();
        }
        Optional<Place> selected = Optional.ofNullable(places.selectedProperty().get()).map(PlaceResult::place);
        return Optional.of(new MapExportViewModel(messages,
                reading.get().articles().stream().map(a -> a.article()).toList(), camera.viewport(), selected));
    }

    public void open() {
        Optional<MapExportViewModel> model = viewModel();
        if (model.isEmpty()) {
            notices.problem(messages.get("export.notReady"));
            return;
        }
        GeoparseResult reading = places.result().orElseThrow();
        MapExportDialog.ask(messages, model.get(), owner.get())
                .ifPresent(settings -> chooser.choose(settings, model.get().fileName(), owner.get())
                        .ifPresent(file -> {
                            // A name typed with another format's extension (« carte.pdf ») asks for that format.
                            ExportFormat format = ExportFormat.fromFileName(file).orElse(settings.format());
                            export(reading, settings.withFormat(format), withExtension(file, format));
                        }));
    }

    /** Exports in the background; the notification names the file either way. */
    public void export(GeoparseResult reading, MapExportViewModel.Settings settings, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        NotificationsViewModel.Notice started = notices.info(messages.get("export.started", file.getFileName()));
        TeacherAnnotations marks = annotations.get();
        tasks.run(() -> {
            try {
                return exporter.write(reading, settings, file, marks);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, drawn -> {
            notices.dismiss(started);
            lastFolder = folder;
            notices.info(messages.get("export.done", file), new NotificationsViewModel.Action(
                    messages.get("export.openFolder"), () -> showFolder.accept(folder)));
        }, failure -> {
            LOG.warn("Exporting the map to {} failed: {}", file, failure.toString());
            notices.dismiss(started);
            notices.problem(messages.get("export.failed", file, cause(failure)));
        });
    }

    private Optional<Path> saveDialog(MapExportViewModel.Settings settings, String suggestedName, Window window) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.chooser.title"));
        chooser.setInitialFileName(suggestedName);
        Path folder = lastFolder;
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        String extension = settings.format().extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("export.format." + extension), "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(window)).map(File::toPath);
    }

    /** Some save dialogs leave the extension to the user: the format chosen decides it. */
    static Path withExtension(Path file, ExportFormat format) {
        return ExportFormat.fromFileName(file).filter(f -> f == format).isPresent() ? file
                : file.resolveSibling(file.getFileName() + "." + format.extension());
    }

    /** The innermost cause in words: « permission denied », not the wrappers around it nor a temporary file's name. */
    private String cause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.CompletionException
                || t instanceof java.io.UncheckedIOException)) {
            t = t.getCause();
        }
        if (t instanceof java.nio.file.AccessDeniedException) {
            return messages.get("export.cause.denied");
        }
        if (t instanceof java.nio.file.NoSuchFileException) {
            return messages.get("export.cause.noFolder");
        }
        if (t instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
