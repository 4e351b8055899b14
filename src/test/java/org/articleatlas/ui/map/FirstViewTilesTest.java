package org.articleatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.articleatlas.model.GeoPoint;
import org.junit.jupiter.api.Test;

class FirstViewTilesTest {

    private static final GeoPoint SEEDS = new GeoPoint(45, 62);

    @Test
    void theSeedsViewIsTheFiveByFiveBlockGluonAskedForWhenTheWindowOpened() {
        // What Gluon Maps 2.0.0-ea+6 asked for when the window opened (the map 556 × 681 px at zoom 3),
        // logged from OfflineTileRetriever.loadTile: columns 3 to 7, rows 1 to 5.
        List<FirstViewTiles.Tile> tiles = FirstViewTiles.of(SEEDS, 3, 556, 681);
        assertThat(tiles).hasSize(25).allMatch(t -> t.zoom() == 3);
        assertThat(tiles.stream().map(FirstViewTiles.Tile::x).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(3L, 4L, 5L, 6L, 7L);
        assertThat(tiles.stream().map(FirstViewTiles.Tile::y).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void theTileUnderTheCentreComesFirstAndTheFarthestCornerLast() {
        List<FirstViewTiles.Tile> tiles = FirstViewTiles.of(SEEDS, 3, 556, 681);
        // 62° E at zoom 3 is column 5.38; 45° N is row 2.88.
        assertThat(tiles.get(0)).isEqualTo(new FirstViewTiles.Tile(3, 5, 2));
        assertThat(tiles.get(tiles.size() - 1)).isEqualTo(new FirstViewTiles.Tile(3, 7, 5));
    }

    @Test
    void aViewNearTheWorldsEdgeStopsAtItAndAFractionalZoomAsksForTheLevelGluonDraws() {
        List<FirstViewTiles.Tile> corner = FirstViewTiles.of(new GeoPoint(84, -179), 2, 600, 400);
        assertThat(corner).allMatch(t -> t.x() >= 0 && t.x() < 4 && t.y() >= 0 && t.y() < 4);
        assertThat(FirstViewTiles.of(SEEDS, 3.85, 556, 681)).allMatch(t -> t.zoom() == 4);
        assertThat(FirstViewTiles.of(SEEDS, 3.75, 556, 681)).allMatch(t -> t.zoom() == 3);
    }
}
