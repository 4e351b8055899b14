package org.articleatlas.ui.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.articleatlas.model.GeoPoint;

/**
 * The tiles Gluon Maps (2.0.0-ea+6, {@code BaseMap.loadTiles}) asks for a view, worked out before the
 * map is laid out, so that they can be drawn ahead ({@link TilesAhead}). Gluon asks for the tiles of
 * zoom {@code floor(zoom + 0.2)} from one column left of the view's left edge and the row of its top
 * edge to three past its right and bottom edges, within the world. A view estimated a little wrong
 * only draws a few tiles ahead for nothing, or leaves a few to be drawn when asked.
 */
public final class FirstViewTiles {

    private static final double TILE = 256;

    /** One tile: its zoom, column and row. */
    public record Tile(int zoom, long x, long y) {
    }

    private FirstViewTiles() {
    }

    /** The tiles Gluon asks for a view of {@code width} × {@code height} px centred on {@code centre}, middle first. */
    public static List<Tile> of(GeoPoint centre, double zoom, double width, double height) {
        int level = (int) Math.min(Math.floor(zoom + 0.2), 19);
        double scale = Math.pow(2, level - zoom);
        long count = 1L << level;
        // The map's translation puts the centre in the middle of the view, in the pixels of `zoom`.
        double worldPx = TILE * Math.pow(2, zoom);
        double centreX = MapCamera.x(centre.lon()) * worldPx;
        double centreY = MapCamera.y(centre.lat()) * worldPx;
        double translateX = width / 2 - centreX;
        double translateY = height / 2 - centreY;
        long fromX = Math.max(0, (long) (-translateX * scale / TILE) - 1);
        long fromY = Math.max(0, (long) (-translateY * scale / TILE));
        long toX = Math.min(count, fromX + (long) (width * scale / TILE) + 3);
        long toY = Math.min(count, fromY + (long) (height * scale / TILE) + 3);
        double middleX = centreX * scale / TILE;
        double middleY = centreY * scale / TILE;
        List<Tile> tiles = new ArrayList<>();
        for (long x = fromX; x < toX; x++) {
            for (long y = fromY; y < toY; y++) {
                tiles.add(new Tile(level, x, y));
            }
        }
        tiles.sort(Comparator.comparingDouble(t -> Math.hypot(t.x() + 0.5 - middleX, t.y() + 0.5 - middleY)));
        return tiles;
    }
}
