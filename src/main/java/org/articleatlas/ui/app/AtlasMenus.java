package org.articleatlas.ui.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.articleatlas.ui.map.MapLayersViewModel;
import org.articleatlas.ui.map.TileSource;
import org.articleatlas.ui.map.TileSourceViewModel;

/**
 * The window's menus: File (open an article, add a layer or a folder of layers, quit) and View
 * (layers, remembered layer folders, basemap, language).
 */
final class AtlasMenus {

    private final Messages messages;
    private final WindowActions actions;
    private final Supplier<Window> window;

    AtlasMenus(Messages messages, WindowActions actions, Supplier<Window> window) {
        this.messages = messages;
        this.actions = actions;
        this.window = window;
    }

    /** @param navigation the View menu's items for moving about the map, put first */
    MenuBar bar(MapLayersViewModel layers, TileSourceViewModel tiles, Runnable toggleLayerPanel, List<MenuItem> navigation) {
        Menu view = viewMenu(layers, tiles, toggleLayerPanel);
        if (!navigation.isEmpty()) {
            view.getItems().addAll(0, navigation);
            view.getItems().add(navigation.size(), new SeparatorMenuItem());
        }
        return new MenuBar(fileMenu(), view);
    }

    private Menu fileMenu() {
        MenuItem open = item("menu.file.open", "Shortcut+O", this::chooseArticles);
        open.setId("menuOpenArticle");
        MenuItem layer = item("menu.file.addLayer", "Shortcut+L", this::chooseLayers);
        layer.setId("menuAddLayer");
        MenuItem folder = item("menu.file.addLayerFolder", "Shortcut+Alt+L", this::chooseLayerFolder);
        folder.setId("menuAddLayerFolder");
        MenuItem quit = item("menu.file.quit", "Shortcut+Q", Platform::exit);
        return new Menu(messages.get("menu.file"), null, open, layer, folder, new SeparatorMenuItem(), quit);
    }

    private Menu viewMenu(MapLayersViewModel layers, TileSourceViewModel tiles, Runnable toggleLayerPanel) {
        Menu view = new Menu(messages.get("menu.view"));
        view.setId("menuView");
        for (String id : List.of(MapLayersViewModel.BORDERS, MapLayersViewModel.PLACES, MapLayersViewModel.LABELS,
                MapLayersViewModel.TINT)) {
            CheckMenuItem item = new CheckMenuItem(messages.get("layer." + id));
            item.selectedProperty().bindBidirectional(layers.visibleProperty(id));
            view.getItems().add(item);
        }
        view.getItems().add(item("menu.view.layerPanel", "Shortcut+Shift+L", toggleLayerPanel));
        view.getItems().add(layerFoldersMenu());
        CheckMenuItem osm = new CheckMenuItem(messages.get("menu.view.osm"));
        osm.setId("menuOsm");
        osm.setSelected(tiles.sourceProperty().get() == TileSource.OPENSTREETMAP);
        osm.selectedProperty().addListener((obs, was, now) ->
                tiles.sourceProperty().set(now ? TileSource.OPENSTREETMAP : TileSource.OFFLINE));
        tiles.sourceProperty().addListener((obs, was, now) -> osm.setSelected(now == TileSource.OPENSTREETMAP));
        view.getItems().addAll(new SeparatorMenuItem(), osm, new SeparatorMenuItem(), languageMenu());
        return view;
    }

    /**
     * The remembered layer folders, each a submenu that can forget it; kept up to date as folders are
     * added and forgotten, and saying how to add one while there is none.
     */
    private Menu layerFoldersMenu() {
        Menu menu = new Menu(messages.get("menu.view.layerFolders"));
        menu.setId("menuLayerFolders");
        ObservableList<Path> folders = actions.layerFolders();
        Runnable fill = () -> {
            menu.getItems().clear();
            for (Path folder : folders) {
                MenuItem forget = new MenuItem(messages.get("menu.view.layerFolders.forget"));
                forget.setId("menuForgetLayerFolder-" + folder);
                forget.setOnAction(e -> actions.forgetLayerFolder(folder));
                Menu entry = new Menu(folder.toString(), null, forget);
                entry.setId("menuLayerFolder-" + folder);
                entry.setMnemonicParsing(false);
                menu.getItems().add(entry);
            }
            if (folders.isEmpty()) {
                MenuItem none = new MenuItem(messages.get("menu.view.layerFolders.none"));
                none.setDisable(true);
                menu.getItems().add(none);
            }
            menu.getItems().add(new SeparatorMenuItem());
            MenuItem add = new MenuItem(messages.get("menu.file.addLayerFolder"));
            add.setOnAction(e -> chooseLayerFolder());
            menu.getItems().add(add);
        };
        // Weak: a window rebuilt in another language leaves its old menu to be collected, not kept by the list.
        ListChangeListener<Path> onChange = c -> fill.run();
        menu.getProperties().put(ListChangeListener.class, onChange);
        folders.addListener(new WeakListChangeListener<>(onChange));
        fill.run();
        return menu;
    }

    private Menu languageMenu() {
        Menu language = new Menu(messages.get("menu.view.language"));
        language.setId("menuLanguage");
        ToggleGroup group = new ToggleGroup();
        String current = InterfaceLanguage.chosen().orElse(null);
        for (String code : new String[] {null, "fr", "en"}) {
            // Each language is named in itself, so a user lost in the other one finds their own.
            String label = code == null ? messages.get("menu.view.language.system")
                    : Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(code));
            RadioMenuItem item = new RadioMenuItem(Character.toUpperCase(label.charAt(0)) + label.substring(1));
            item.setId("menuLanguage-" + (code == null ? "system" : code));
            item.setToggleGroup(group);
            item.setSelected(java.util.Objects.equals(code, current));
            item.setOnAction(e -> actions.switchLanguage(code));
            language.getItems().add(item);
        }
        return language;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void chooseArticles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("menu.file.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("filter.articles"), "*.txt", "*.md", "*.markdown", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter(messages.get("filter.all"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(window.get());
        if (files != null && !files.isEmpty()) {
            actions.openArticles(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseLayers() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("menu.file.addLayer.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("filter.layers"), "*.geojson", "*.json", "*.geojson.gz"),
                new FileChooser.ExtensionFilter(messages.get("filter.all"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(window.get());
        if (files != null && !files.isEmpty()) {
            actions.addLayers(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseLayerFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("menu.file.addLayerFolder.title"));
        File folder = chooser.showDialog(window.get());
        if (folder != null) {
            actions.addLayerFolder(folder.toPath());
        }
    }
}
