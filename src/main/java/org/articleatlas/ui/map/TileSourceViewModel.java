package org.articleatlas.ui.map;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The basemap the user chose and what is on screen: OpenStreetMap's attribution must show
 * whenever one of its tiles does, and the user is told once when the server cannot be reached.
 */
public final class TileSourceViewModel implements SwitchableTiles.Listener {

    private final SwitchableTiles tiles;
    private final ObjectProperty<TileSource> source = new SimpleObjectProperty<>(TileSource.OFFLINE);
    private final ReadOnlyBooleanWrapper osmOnScreen = new ReadOnlyBooleanWrapper(false);
    private Consumer<String> onUnreachable = reason -> { };
    private Runnable reloadTiles = () -> { };
    private boolean toldUnreachable;

    public TileSourceViewModel(SwitchableTiles tiles) {
        this.tiles = tiles;
        tiles.listen(this);
        source.set(tiles.source());
        source.addListener((obs, old, now) -> {
            tiles.use(now);
            toldUnreachable = false;
            osmOnScreen.set(false);
            reloadTiles.run();
        });
    }

    public ObjectProperty<TileSource> sourceProperty() {
        return source;
    }

    /** True while OpenStreetMap tiles may be on screen: from the first one shown until the source changes. */
    public ReadOnlyBooleanProperty osmOnScreenProperty() {
        return osmOnScreen.getReadOnlyProperty();
    }

    /** Called on the FX thread, once per switch to OpenStreetMap, with the host that cannot be reached. */
    public void onUnreachable(Consumer<String> action) {
        this.onUnreachable = action;
    }

    /** How the map forgets the tiles it has, so that the new source's are asked for. */
    public void onSourceChanged(Runnable reload) {
        this.reloadTiles = reload;
    }

    @Override
    public void osmTileShown() {
        Platform.runLater(() -> {
            if (source.get() == TileSource.OPENSTREETMAP) {
                osmOnScreen.set(true);
            }
        });
    }

    @Override
    public void osmUnreachable(String host) {
        Platform.runLater(() -> {
            if (!toldUnreachable && source.get() == TileSource.OPENSTREETMAP) {
                toldUnreachable = true;
                onUnreachable.accept(host);
            }
        });
    }
}
