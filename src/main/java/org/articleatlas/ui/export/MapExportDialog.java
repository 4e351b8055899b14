package org.articleatlas.ui.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.articleatlas.export.ExportFormat;
import org.articleatlas.model.Language;
import org.articleatlas.render.MapProjection;
import org.articleatlas.ui.app.Messages;
import org.locationtech.jts.geom.Envelope;

/** The export dialog: binds its fields to a {@link MapExportViewModel}; « Export… » is offered only when the choices hold. */
final class MapExportDialog extends Dialog<MapExportViewModel.Settings> {

    MapExportDialog(Messages messages, MapExportViewModel model, Window owner) {
        initOwner(owner);
        setTitle(messages.get("export.dialog.title"));
        setHeaderText(null);
        getDialogPane().setId("exportDialog");
        ButtonType export = new ButtonType(messages.get("export.dialog.export"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("export.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(export, cancel);
        getDialogPane().lookupButton(export).setId("exportConfirm");

        ChoiceBox<ExportFormat> format = choice("exportFormat", List.of(ExportFormat.values()),
                f -> messages.get("export.format." + f.extension()));
        format.valueProperty().bindBidirectional(model.formatProperty());

        ChoiceBox<MapExportViewModel.SizePreset> size = choice("exportSize", List.of(MapExportViewModel.SizePreset.values()),
                p -> messages.get("export.size." + p.name().toLowerCase(Locale.ROOT), p.width(), p.height(), p.dpi()));
        size.valueProperty().bindBidirectional(model.sizeProperty());
        TextField width = pixels("exportWidth", messages.get("export.width"));
        width.textProperty().bindBidirectional(model.widthProperty());
        TextField height = pixels("exportHeight", messages.get("export.height"));
        height.textProperty().bindBidirectional(model.heightProperty());
        HBox sizeRow = new HBox(6, size, width, new Label("\u00d7"), height, new Label(messages.get("export.pixels")));
        sizeRow.setAlignment(Pos.CENTER_LEFT);

        TextField title = new TextField();
        title.setId("exportTitle");
        title.textProperty().bindBidirectional(model.titleProperty());
        title.setPrefColumnCount(36);

        ChoiceBox<Language> language = choice("exportLanguage", List.of(Language.FRENCH, Language.ENGLISH),
                l -> capitalised(l.locale().getDisplayLanguage(l.locale())));
        language.valueProperty().bindBidirectional(model.languageProperty());

        ChoiceBox<MapProjection.Kind> projection = choice("exportProjection", List.of(MapProjection.Kind.values()),
                k -> messages.get("export.projection." + k.name().toLowerCase(Locale.ROOT)));
        projection.valueProperty().bindBidirectional(model.projectionProperty());

        Label area = new Label(extent(messages, model.bbox()));
        area.setId("exportArea");
        CheckBox chosen = new CheckBox(model.selected()
                .map(p -> messages.get("export.selected", p.name(messages.language())))
                .orElse(messages.get("export.selected.none")));
        chosen.setId("exportSelected");
        chosen.setDisable(model.selected().isEmpty());
        chosen.selectedProperty().bindBidirectional(model.highlightSelectedProperty());

        Label problem = new Label();
        problem.setId("exportProblem");
        problem.getStyleClass().add("export-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        getDialogPane().lookupButton(export).disableProperty().bind(model.problemProperty().isNotEmpty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(9);
        grid.setPadding(new Insets(14, 18, 6, 14));
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        grid.addRow(row++, label(messages, "export.label.title"), title);
        grid.addRow(row++, label(messages, "export.label.format"), format);
        grid.addRow(row++, label(messages, "export.label.size"), sizeRow);
        grid.addRow(row++, label(messages, "export.label.language"), language);
        grid.addRow(row++, label(messages, "export.label.projection"), projection);
        grid.addRow(row++, label(messages, "export.label.area"), area);
        grid.addRow(row++, label(messages, "export.label.selection"), chosen);
        grid.add(problem, 1, row);
        getDialogPane().setContent(grid);
        getDialogPane().getStylesheets().add(
                MapExportDialog.class.getResource("/org/articleatlas/ui/atlas.css").toExternalForm());
        setOnShown(e -> title.requestFocus());
        setResultConverter(button -> button == export ? model.settings().orElse(null) : null);
    }

    private static Label label(Messages messages, String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("export-label");
        return label;
    }

    private static TextField pixels(String id, String accessible) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(5);
        field.setAccessibleText(accessible);
        return field;
    }

    private static <T> ChoiceBox<T> choice(String id, List<T> values, Function<T, String> name) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return values.stream().filter(v -> name.apply(v).equals(text)).findFirst().orElse(null);
            }
        });
        return box;
    }

    /** « 44.0° E – 90.0° E, 30.0° N – 50.0° N » in the interface's number format. */
    static String extent(Messages messages, Envelope box) {
        return messages.get("export.area", Math.abs(box.getMinX()), hemisphere(messages, box.getMinX(), "e", "w"),
                Math.abs(box.getMaxX()), hemisphere(messages, box.getMaxX(), "e", "w"),
                Math.abs(box.getMinY()), hemisphere(messages, box.getMinY(), "n", "s"),
                Math.abs(box.getMaxY()), hemisphere(messages, box.getMaxY(), "n", "s"));
    }

    private static String hemisphere(Messages messages, double value, String positive, String negative) {
        return messages.get("export.hemisphere." + (value >= 0 ? positive : negative));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static Optional<MapExportViewModel.Settings> ask(Messages messages, MapExportViewModel model, Window owner) {
        return new MapExportDialog(messages, model, owner).showAndWait();
    }
}
