package org.articleatlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    @Test
    void labelsAroundCrowdedAnchorsNeverOverlapAndStayInside() {
        Rectangle2D bounds = new Rectangle2D.Double(0, 0, 800, 500);
        LabelPlacer placer = new LabelPlacer(bounds);
        Random random = new Random(42);
        List<Rectangle2D> boxes = new ArrayList<>();
        List<java.awt.geom.Line2D> leaders = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // Anchors bunched in the middle, as places in one valley are.
            Point2D anchor = new Point2D.Double(350 + random.nextGaussian() * 40, 250 + random.nextGaussian() * 30);
            placer.place(anchor, 60 + random.nextInt(80), 14, 6, 8).ifPresent(p -> {
                boxes.add(p.box());
                if (p.leader()) {
                    leaders.add(new java.awt.geom.Line2D.Double(anchor, LabelPlacer.leaderEnd(anchor, p.box())));
                }
            });
        }
        // Greedy placement leaves out what has no room: about 24 of these 60 crowded labels fit.
        assertThat(boxes).as("labels placed").hasSizeGreaterThan(20);
        assertThat(leaders).isNotEmpty();
        for (java.awt.geom.Line2D leader : leaders) {
            // A leader line ends on its own label's edge; it crosses no other label.
            assertThat(boxes.stream().filter(b -> b.intersectsLine(leader)).count()).isLessThanOrEqualTo(1);
        }
        for (int i = 0; i < boxes.size(); i++) {
            assertThat(bounds.contains(boxes.get(i))).isTrue();
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j))).as("label %d overlaps label %d", i, j).isFalse();
            }
        }
    }

    @Test
    void theFirstLabelGoesToTheRightOfItsAnchorWithoutLeader() {
        LabelPlacer placer = new LabelPlacer(new Rectangle2D.Double(0, 0, 800, 500));
        LabelPlacer.Placement p = placer.place(new Point2D.Double(100, 100), 50, 10, 5, 4).orElseThrow();
        assertThat(p.box().getMinX()).isEqualTo(105);
        assertThat(p.box().getCenterY()).isEqualTo(100);
        assertThat(p.leader()).isFalse();
    }

    @Test
    void aLabelWhoseEightSpotsAreTakenMovesOutWithALeaderLine() {
        LabelPlacer placer = new LabelPlacer(new Rectangle2D.Double(0, 0, 800, 500));
        placer.block(new Rectangle2D.Double(30, 60, 140, 80));
        Optional<LabelPlacer.Placement> p = placer.place(new Point2D.Double(100, 100), 50, 10, 5, 8);
        assertThat(p).isPresent();
        assertThat(p.get().leader()).isTrue();
        assertThat(p.get().box().intersects(new Rectangle2D.Double(30, 60, 140, 80))).isFalse();
    }

    @Test
    void aLabelWithNoRoomIsLeftOut() {
        LabelPlacer placer = new LabelPlacer(new Rectangle2D.Double(0, 0, 100, 40));
        assertThat(placer.place(new Point2D.Double(50, 20), 200, 10, 5, 3)).isEmpty();
    }
}
