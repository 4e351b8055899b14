package org.articleatlas.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.articleatlas.gazetteer.Gazetteer;
import org.articleatlas.gazetteer.GazetteerLoader;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The gazetteer as a start builds it, cold: each measurement is the first build in a fresh JVM,
 * after the layers are opened (not read) as {@code geoparse} opens them. With the gazetteer
 * cache warm this is one file read; {@code -jvmArgsAppend -Datlas.cache=off} gives the full
 * build from the tables and layers, its peer.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
@State(Scope.Benchmark)
public class GazetteerLoadBenchmark {

    private static final Path GEODATA = Path.of("geodata");
    private LayerSet layers;

    @Setup(Level.Trial)
    public void openLayers() {
        layers = new LayerLoader(LayerLoader.Reading.WHEN_USED).open(List.of(GEODATA));
    }

    @TearDown(Level.Trial)
    public void close() {
        layers.close();
    }

    @Benchmark
    public int buildTheGazetteer() throws Exception {
        Gazetteer gazetteer = new GazetteerLoader().load(GEODATA, layers);
        return gazetteer.entries().size() + gazetteer.names().size();
    }
}
