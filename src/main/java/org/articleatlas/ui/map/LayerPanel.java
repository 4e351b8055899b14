package org.articleatlas.ui.map;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.model.Article;
import org.articleatlas.model.PlaceKind;
import org.articleatlas.ui.app.Messages;
import org.articleatlas.ui.places.PlacesViewModel;

/**
 * The map's layer panel, folded in a corner of the map: a check box per layer, the basemap
 * choice, and the legend of marker shapes and, when several articles are open, their colours.
 */
public final class LayerPanel extends TitledPane {

    private static final List<PlaceKind> LEGEND_KINDS = List.of(PlaceKind.COUNTRY, PlaceKind.REGION, PlaceKind.CITY,
            PlaceKind.LANDMARK, PlaceKind.BASE, PlaceKind.PHYSICAL);

    private final Messages messages;
    private final MapLayersViewModel layers;
    private final PlacesViewModel places;
    private final VBox toggles = new VBox(3);
    private final VBox articleLegend = new VBox(2);

    public LayerPanel(Messages messages, MapLayersViewModel layers, TileSourceViewModel tiles, PlacesViewModel places) {
        this.messages = messages;
        this.layers = layers;
        this.places = places;
        setId("layerPanel");
        setText(messages.get("layers.heading"));
        getStyleClass().add("layer-panel");
        // Folded, only the title's width: a TitledPane otherwise keeps its content's width.
        maxWidthProperty().bind(javafx.beans.binding.Bindings.when(expandedProperty())
                .then(USE_PREF_SIZE).otherwise(150.0));
        setMaxHeight(USE_PREF_SIZE);
        // Folded at first: the map is what a new user should see; the title says where the layers are.
        setExpanded(false);

        ToggleGroup basemap = new ToggleGroup();
        RadioButton offline = new RadioButton(messages.get("basemap.offline"));
        offline.setId("basemapOffline");
        RadioButton osm = new RadioButton(messages.get("basemap.osm"));
        osm.setId("basemapOsm");
        osm.setTooltip(new Tooltip(messages.get("basemap.osm.tip")));
        offline.setToggleGroup(basemap);
        osm.setToggleGroup(basemap);
        basemap.selectToggle(tiles.sourceProperty().get() == TileSource.OPENSTREETMAP ? osm : offline);
        basemap.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                tiles.sourceProperty().set(now == osm ? TileSource.OPENSTREETMAP : TileSource.OFFLINE);
            }
        });
        tiles.sourceProperty().addListener((obs, old, now) -> basemap.selectToggle(now == TileSource.OPENSTREETMAP ? osm : offline));

        layers.toggles().addListener((ListChangeListener<MapLayersViewModel.Toggle>) c -> showToggles());
        places.places().addListener((ListChangeListener<PlaceResult>) c -> showArticles());
        showToggles();
        showArticles();

        VBox content = new VBox(6, toggles, section("layers.basemap"), offline, osm, section("legend.kinds"),
                kindLegend(), articleLegend);
        content.setPadding(new Insets(6, 8, 8, 8));
        setContent(content);
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("layer-panel-section");
        return label;
    }

    private void showToggles() {
        toggles.getChildren().clear();
        boolean extraHeading = false;
        for (MapLayersViewModel.Toggle toggle : layers.toggles()) {
            if (!toggle.builtIn() && !extraHeading) {
                toggles.getChildren().add(section("layers.extra"));
                extraHeading = true;
            }
            CheckBox box = new CheckBox(toggle.builtIn() ? messages.get(toggle.title())
                    : layers.overlay(toggle.id()).map(o -> o.title(messages.language())).orElse(toggle.title()));
            box.setId("layerToggle-" + toggle.id());
            box.selectedProperty().bindBidirectional(toggle.visible());
            box.setMnemonicParsing(false);
            if (!toggle.builtIn()) {
                box.setTooltip(new Tooltip(toggle.id()));
            }
            toggles.getChildren().add(box);
        }
    }

    private VBox kindLegend() {
        VBox legend = new VBox(2);
        for (PlaceKind kind : LEGEND_KINDS) {
            Shape shape = MarkerStyle.shape(kind, 5);
            if (MarkerStyle.isArea(kind)) {
                shape.setFill(null);
                shape.setStroke(MarkerStyle.kindColour(kind));
                shape.setStrokeWidth(2);
            } else {
                shape.setFill(MarkerStyle.kindColour(kind));
            }
            legend.getChildren().add(row(shape, messages.get("legend.kind." + kind.label())));
        }
        return legend;
    }

    private void showArticles() {
        articleLegend.getChildren().clear();
        List<String> ids = MarkerStyle.articleIds(places.places());
        if (ids.size() < 2) {
            return;
        }
        articleLegend.getChildren().add(section("legend.articles"));
        for (int i = 0; i < ids.size(); i++) {
            String title = places.article(ids.get(i)).map(Article::title).orElse(ids.get(i));
            Label label = new Label(title);
            label.setMaxWidth(200);
            label.setTooltip(new Tooltip(title));
            articleLegend.getChildren().add(row(new Rectangle(11, 11, MarkerStyle.articleColour(i)), label));
        }
    }

    private static HBox row(Shape symbol, String text) {
        return row(symbol, new Label(text));
    }

    private static HBox row(Shape symbol, Label label) {
        StackPane cell = new StackPane(symbol);
        cell.setMinWidth(16);
        cell.setPrefWidth(16);
        HBox row = new HBox(6, cell, label);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
