package org.articleatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.articleatlas.geodata.LayerStyle;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class MapLayersViewModelTest {

    private static Overlay overlay(String id, String title, int features) {
        GeometryFactory factory = new GeometryFactory();
        List<Overlay.Feature> list = java.util.stream.IntStream.range(0, features)
                .mapToObj(i -> new Overlay.Feature(factory.createPoint(new Coordinate(i, i)), Optional.of("p" + i)))
                .toList();
        return new Overlay(id, title, title, list, LayerStyle.defaults());
    }

    @Test
    void theArticlesFourLayersAreShownAtFirstAndEachTogglesOnItsOwn() {
        MapLayersViewModel layers = new MapLayersViewModel();
        assertThat(layers.toggles()).extracting(MapLayersViewModel.Toggle::id)
                .containsExactly("borders-named", "places", "labels", "tint");
        assertThat(layers.toggles()).allMatch(MapLayersViewModel.Toggle::isVisible);

        layers.setVisible(MapLayersViewModel.BORDERS, false);

        assertThat(layers.isVisible(MapLayersViewModel.BORDERS)).isFalse();
        assertThat(layers.isVisible(MapLayersViewModel.PLACES)).isTrue();
        layers.visibleProperty(MapLayersViewModel.BORDERS).set(true);
        assertThat(layers.isVisible(MapLayersViewModel.BORDERS)).isTrue();
    }

    @Test
    void anAddedLayerGetsItsOwnToggleAndAddingTheSameFileAgainReplacesIt() {
        MapLayersViewModel layers = new MapLayersViewModel();

        layers.addOverlay(overlay("/data/rivers.geojson", "rivers", 3), true);
        layers.addOverlay(overlay("/data/towns.geojson", "towns", 2), false);
        layers.addOverlay(overlay("/data/rivers.geojson", "rivers", 5), true);

        assertThat(layers.overlays()).extracting(Overlay::id).containsExactly("/data/rivers.geojson", "/data/towns.geojson");
        assertThat(layers.overlays().get(0).features()).hasSize(5);
        assertThat(layers.toggles()).hasSize(6);
        assertThat(layers.isVisible("/data/towns.geojson")).isFalse();
        assertThat(layers.toggle("/data/rivers.geojson").orElseThrow().builtIn()).isFalse();
    }

    @Test
    void anUnknownLayerIsReportedNotSilentlyIgnored() {
        assertThatThrownBy(() -> new MapLayersViewModel().visibleProperty("no-such-layer"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-layer");
        assertThat(new MapLayersViewModel().isVisible("no-such-layer")).isFalse();
    }

    @Test
    void aRemovedLayerLeavesTheMapAndThePanelAndTheOthersKeepTheirOrder() {
        MapLayersViewModel layers = new MapLayersViewModel();
        layers.addOverlay(overlay("/usb/rivers.geojson", "rivers", 3), true);
        layers.addOverlay(overlay("/usb/towns.geojson", "towns", 2), true);
        layers.addOverlay(overlay("/data/roads.geojson", "roads", 1), false);

        assertThat(layers.removeOverlay("/usb/towns.geojson")).isTrue();

        assertThat(layers.overlays()).extracting(Overlay::id).containsExactly("/usb/rivers.geojson", "/data/roads.geojson");
        assertThat(layers.toggles()).extracting(MapLayersViewModel.Toggle::id)
                .containsExactly("borders-named", "places", "labels", "tint", "/usb/rivers.geojson", "/data/roads.geojson");
        assertThat(layers.toggle("/usb/towns.geojson")).isEmpty();
        assertThat(layers.isVisible("/data/roads.geojson")).isFalse();
        assertThat(layers.removeOverlay("/usb/towns.geojson")).as("already gone").isFalse();
    }

    @Test
    void theArticlesOwnLayersCannotBeRemoved() {
        MapLayersViewModel layers = new MapLayersViewModel();

        assertThat(layers.removeOverlay(MapLayersViewModel.BORDERS)).isFalse();

        assertThat(layers.toggles()).hasSize(4);
    }
}
