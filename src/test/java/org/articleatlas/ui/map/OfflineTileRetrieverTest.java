package org.articleatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.gluonhq.maps.tile.TileRetriever;
import com.gluonhq.maps.tile.TileRetrieverProvider;
import org.junit.jupiter.api.Test;

class OfflineTileRetrieverTest {

    @Test
    void gluonMapsFindsTheOfflineTilesBeforeItsOnlineDefault() {
        TileRetriever retriever = TileRetrieverProvider.getInstance().load();
        assertThat(retriever).isInstanceOf(OfflineTileRetriever.class);
    }
}
