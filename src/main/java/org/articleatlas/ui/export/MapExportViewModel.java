package org.articleatlas.ui.export;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.articleatlas.export.ExportFormat;
import org.articleatlas.model.Article;
import org.articleatlas.model.Language;
import org.articleatlas.model.Place;
import org.articleatlas.render.MapProjection;
import org.articleatlas.render.MapRequest;
import org.articleatlas.render.MapText;
import org.articleatlas.ui.app.Messages;
import org.articleatlas.ui.map.MapCamera;
import org.locationtech.jts.geom.Envelope;

/**
 * The choices of the export dialog: format, size, title, language, projection, and what the map
 * shows — the view's box and the chosen place, taken when the dialog opens. Says what is wrong with
 * the choices, if anything, and turns them into {@link Settings} and a file name.
 */
public final class MapExportViewModel {

    /** The sizes a teacher asks for most; A4 landscape at 300 dpi prints sharp. */
    public enum SizePreset {
        SLIDE(1920, 1080, 150), UHD(3840, 2160, 150), A4_LANDSCAPE(3508, 2480, 300), CUSTOM(0, 0, 150);

        private final int width;
        private final int height;
        private final int dpi;

        SizePreset(int width, int height, int dpi) {
            this.width = width;
            this.height = height;
            this.dpi = dpi;
        }

        public int width() {
            return width;
        }

        public int height() {
            return height;
        }

        public int dpi() {
            return dpi;
        }
    }

    /** Everything an export needs, checked. {@code title} is empty when the default one is kept. */
    public record Settings(ExportFormat format, int width, int height, int dpi, Optional<String> title,
            Language language, MapProjection.Kind projection, Envelope bbox, Optional<String> selectedPlaceId) {

        public Settings withFormat(ExportFormat other) {
            return new Settings(other, width, height, dpi, title, language, projection, bbox, selectedPlaceId);
        }

        public MapRequest request() {
            return new MapRequest(width, height, bbox, projection);
        }
    }

    /** Characters that no file system among Windows, macOS and Linux accepts in a name. */
    private static final String FORBIDDEN_IN_NAMES = "[\\\\/:*?\"<>|\\p{Cntrl}]";
    private static final int LONGEST_NAME = 80;

    private final Messages messages;
    private final List<Article> articles;
    private final Envelope bbox;
    private final Optional<Place> selected;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.PNG);
    private final ObjectProperty<SizePreset> size = new SimpleObjectProperty<>(SizePreset.SLIDE);
    private final StringProperty width = new SimpleStringProperty();
    private final StringProperty height = new SimpleStringProperty();
    private final StringProperty title = new SimpleStringProperty();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<MapProjection.Kind> projection = new SimpleObjectProperty<>(MapProjection.Kind.MERCATOR);
    private final BooleanProperty highlightSelected = new SimpleBooleanProperty();
    private final StringBinding problem;
    private boolean applyingPreset;

    /**
     * @param articles the open articles, for the default title
     * @param view     what the map shows now, measured on the map
     * @param selected the place chosen in the window, if any
     */
    public MapExportViewModel(Messages messages, List<Article> articles, MapCamera.Viewport view,
            Optional<Place> selected) {
        this.messages = messages;
        this.articles = List.copyOf(articles);
        this.bbox = extentOf(view);
        this.selected = selected;
        language.set(messages.language());
        title.set(defaultTitle(messages.language()));
        highlightSelected.set(selected.isPresent());
        applyPreset(SizePreset.SLIDE);
        size.addListener((obs, old, now) -> applyPreset(now));
        // Typing a size of one's own makes it custom; choosing a preset fills the fields in.
        width.addListener((obs, old, now) -> sizeTyped());
        height.addListener((obs, old, now) -> sizeTyped());
        // An untouched default title follows the map's language.
        language.addListener((obs, old, now) -> {
            if (old != null && now != null && defaultTitle(old).equals(title.get())) {
                title.set(defaultTitle(now));
            }
        });
        problem = Bindings.createStringBinding(this::findProblem, width, height);
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<SizePreset> sizeProperty() {
        return size;
    }

    /** The width in pixels as typed; a number from 1 to {@link MapRequest#MAX_SIDE}. */
    public StringProperty widthProperty() {
        return width;
    }

    public StringProperty heightProperty() {
        return height;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<MapProjection.Kind> projectionProperty() {
        return projection;
    }

    /** Whether the chosen place is drawn to stand out and quoted first; only when a place is chosen. */
    public BooleanProperty highlightSelectedProperty() {
        return highlightSelected;
    }

    /** What is wrong with the choices, in one line, or an empty string when the map can be exported. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** The longitude/latitude box the map shows, which the export draws whole. */
    public Envelope bbox() {
        return bbox;
    }

    public Optional<Place> selected() {
        return selected;
    }

    /** The title the articles give the map in {@code mapLanguage}: the article's own, or how many articles. */
    public String defaultTitle(Language mapLanguage) {
        return articles.size() == 1 ? articles.get(0).title()
                : MapText.of(mapLanguage).get("title.articles", articles.size());
    }

    /** A file name for the export: the title without what file systems refuse, and the format's extension. */
    public String fileName() {
        String base = title.get() == null ? "" : title.get().replaceAll(FORBIDDEN_IN_NAMES, " ")
                .replaceAll("\\s+", " ").strip();
        // A leading dot would hide the file on Linux and macOS; trailing dots and spaces trouble Windows.
        base = base.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (base.length() > LONGEST_NAME) {
            int space = base.lastIndexOf(' ', LONGEST_NAME);
            base = base.substring(0, space > LONGEST_NAME / 2 ? space : LONGEST_NAME).strip();
        }
        if (base.isEmpty()) {
            base = messages.get("export.file.default");
        }
        return base + "." + format.get().extension();
    }

    /** The checked choices, or empty while {@link #problemProperty()} names a problem. */
    public Optional<Settings> settings() {
        if (!problem.get().isEmpty()) {
            return Optional.empty();
        }
        int w = Integer.parseInt(width.get().strip());
        int h = Integer.parseInt(height.get().strip());
        String typed = title.get() == null ? "" : title.get().strip();
        Optional<String> chosenTitle = typed.isEmpty() || typed.equals(defaultTitle(language.get())) ? Optional.empty()
                : Optional.of(typed);
        Optional<String> placeId = highlightSelected.get() ? selected.map(Place::id) : Optional.empty();
        return Optional.of(new Settings(format.get(), w, h, size.get().dpi(), chosenTitle, language.get(),
                projection.get(), bbox, placeId));
    }

    private void applyPreset(SizePreset preset) {
        if (preset == null || preset == SizePreset.CUSTOM) {
            return;
        }
        applyingPreset = true;
        try {
            width.set(Integer.toString(preset.width()));
            height.set(Integer.toString(preset.height()));
        } finally {
            applyingPreset = false;
        }
    }

    private void sizeTyped() {
        if (applyingPreset) {
            return;
        }
        SizePreset now = size.get();
        if (now != SizePreset.CUSTOM && !(Integer.toString(now.width()).equals(strip(width.get()))
                && Integer.toString(now.height()).equals(strip(height.get())))) {
            size.set(SizePreset.CUSTOM);
        }
    }

    private String findProblem() {
        Optional<Integer> w = pixels(width.get());
        Optional<Integer> h = pixels(height.get());
        if (w.isEmpty() || h.isEmpty()) {
            return messages.get("export.problem.size.number");
        }
        if (w.get() < 1 || h.get() < 1 || w.get() > MapRequest.MAX_SIDE || h.get() > MapRequest.MAX_SIDE) {
            return messages.get("export.problem.size.range", w.get(), h.get(), MapRequest.MAX_SIDE);
        }
        return "";
    }

    private static Optional<Integer> pixels(String typed) {
        try {
            return Optional.of(Integer.parseInt(strip(typed)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /**
     * The longitude/latitude box of what the map shows, from its centre, zoom and size in Web Mercator,
     * cut to the world (a view wider than the world, or across the 180th meridian, keeps the side its
     * centre is on) and to the latitudes Web Mercator reaches.
     */
    public static Envelope extentOf(MapCamera.Viewport view) {
        double worldPx = 256 * Math.pow(2, view.zoom());
        double cx = (view.centre().lon() + 180) / 360;
        double cy = MapCamera.y(view.centre().lat());
        double halfW = view.width() / 2 / worldPx;
        double halfH = view.height() / 2 / worldPx;
        double limit = MapProjection.MERCATOR_MAX_LATITUDE;
        double west = Math.max(-180, cx * 360 - 180 - halfW * 360);
        double east = Math.min(180, cx * 360 - 180 + halfW * 360);
        double north = Math.min(limit, MapCamera.lat(cy - halfH));
        double south = Math.max(-limit, MapCamera.lat(cy + halfH));
        return new Envelope(west, east, south, north);
    }
}
