package org.articleatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.articleatlas.ui.map.LabelPlacement.Box;
import org.articleatlas.ui.map.LabelPlacement.Candidate;
import org.junit.jupiter.api.Test;

class LabelPlacementTest {

    @Test
    void noTwoPlacedLabelsOverlapAndNoneCoversAMarkerOrLeavesTheView() {
        Random random = new Random(42);
        List<Candidate> candidates = new ArrayList<>();
        List<Box> markers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            double x = random.nextDouble() * 800;
            double y = random.nextDouble() * 600;
            double r = 4 + random.nextDouble() * 8;
            candidates.add(new Candidate(x, y, r, 30 + random.nextDouble() * 90, 16));
            markers.add(Box.around(x, y, r));
        }

        List<Optional<Box>> placed = LabelPlacement.place(candidates, markers, 800, 600);

        List<Box> shown = placed.stream().flatMap(Optional::stream).toList();
        assertThat(shown).hasSizeBetween(20, 299);
        for (int i = 0; i < shown.size(); i++) {
            Box a = shown.get(i);
            assertThat(a.minX()).isGreaterThanOrEqualTo(0);
            assertThat(a.maxX()).isLessThanOrEqualTo(800);
            assertThat(a.minY()).isGreaterThanOrEqualTo(0);
            assertThat(a.maxY()).isLessThanOrEqualTo(600);
            for (int j = i + 1; j < shown.size(); j++) {
                assertThat(a.intersects(shown.get(j))).as("labels %s and %s", a, shown.get(j)).isFalse();
            }
            for (Box marker : markers) {
                assertThat(a.intersects(marker)).isFalse();
            }
        }
    }

    @Test
    void theMoreImportantOfTwoCrowdedLabelsIsTheOneShown() {
        // Two places four pixels apart with long names: only one name fits.
        Candidate moscow = new Candidate(200, 100, 5, 140, 16);
        Candidate kremlin = new Candidate(204, 100, 5, 140, 16);
        List<Box> markers = List.of(Box.around(200, 100, 5), Box.around(204, 100, 5));

        List<Optional<Box>> first = LabelPlacement.place(List.of(moscow, kremlin), markers, 220, 120);

        assertThat(first.get(0)).isPresent();
        assertThat(first.get(1)).isEmpty();
    }

    @Test
    void aLabelWithNoRoomOnTheRightGoesToTheLeft() {
        Candidate nearRightEdge = new Candidate(380, 50, 4, 60, 14);

        Box box = LabelPlacement.place(List.of(nearRightEdge), List.of(), 400, 100).get(0).orElseThrow();

        assertThat(box.maxX()).isLessThan(380);
        assertThat(box.minY()).isEqualTo(43);
    }

    @Test
    void aPlaceOutsideTheViewGetsNoLabel() {
        Candidate offScreen = new Candidate(-50, 50, 4, 60, 14);

        assertThat(LabelPlacement.place(List.of(offScreen), List.of(), 400, 100).get(0)).isEmpty();
    }
}
