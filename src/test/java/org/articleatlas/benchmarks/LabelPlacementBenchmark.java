package org.articleatlas.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.articleatlas.ui.map.LabelPlacement;
import org.articleatlas.ui.map.LabelPlacement.Box;
import org.articleatlas.ui.map.LabelPlacement.Candidate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The place labels' placement, which runs on every pan and zoom frame: 500 places spread over a
 * 1,000 × 700 map, names 30 to 120 pixels wide. The peer is the floor of the same pass: every label
 * at its first spot with no overlap test, what a layer that lets labels overlap would pay.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LabelPlacementBenchmark {

    private List<Candidate> candidates;
    private List<Box> markers;

    @Setup
    public void spread() {
        Random random = new Random(7);
        candidates = new ArrayList<>();
        markers = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            double x = random.nextDouble() * 1000;
            double y = random.nextDouble() * 700;
            double r = 4 + random.nextDouble() * 8;
            candidates.add(new Candidate(x, y, r, 30 + random.nextDouble() * 90, 16));
            markers.add(Box.around(x, y, r));
        }
    }

    @Benchmark
    public List<Optional<Box>> greedyWithoutOverlap500() {
        return LabelPlacement.place(candidates, markers, 1000, 700);
    }

    @Benchmark
    public List<Box> peerFirstSpotNoTest500() {
        List<Box> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            double off = c.markerRadius() + 3;
            out.add(new Box(c.x() + off, c.y() - c.height() / 2, c.x() + off + c.width(), c.y() + c.height() / 2));
        }
        return out;
    }
}
