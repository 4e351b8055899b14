package org.articleatlas.ui.map;

import com.gluonhq.maps.MapView;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a {@link MapView} forget the tiles it has loaded, so that a new tile source shows at once.
 * Gluon Maps 2.0.0-ea+6 has no public way to do this: its base map keeps every tile it loaded
 * and has a private {@code clearTiles()} that is never called. We call it by reflection (the
 * library runs on the class path, so it is open to us); if a later version renames it, tiles of
 * the new source still arrive as the user zooms to levels not yet seen, and a line is logged.
 */
final class GluonTiles {

    private static final Logger LOG = LoggerFactory.getLogger(GluonTiles.class);

    private GluonTiles() {
    }

    static void reload(MapView view) {
        try {
            Field field = MapView.class.getDeclaredField("baseMap");
            field.setAccessible(true);
            Object baseMap = field.get(view);
            Method clear = baseMap.getClass().getDeclaredMethod("clearTiles");
            clear.setAccessible(true);
            clear.invoke(baseMap);
            Method dirty = baseMap.getClass().getDeclaredMethod("markDirty");
            dirty.setAccessible(true);
            dirty.invoke(baseMap);
            view.requestLayout();
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Could not reload the map's tiles; the new basemap shows as you zoom: {}", e.toString());
        }
    }
}
