package org.articleatlas.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.articleatlas.geodata.Layer;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Opening every layer of {@code geodata/}, cold: each measurement is the first call in a fresh
 * JVM, GeoTools' plugin registry included. The peer is the bare JSON parse of the same files
 * with Jackson's tree model, which builds no geometry and checks nothing.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class LayerOpenBenchmark {

    private static final Path GEODATA = Path.of("geodata");

    @Benchmark
    public int openAllLayersThroughGeoTools() throws Exception {
        try (LayerSet layers = new LayerLoader().open(List.of(GEODATA))) {
            int features = 0;
            for (Layer layer : layers.layers()) {
                features += layer.features().getCount(org.geotools.api.data.Query.ALL);
            }
            return features;
        }
    }

    @Benchmark
    public void parseTheSameFilesAsPlainJson(Blackhole hole) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (var files = Files.list(GEODATA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".geojson") || f.toString().endsWith(".geojson.gz"))
                    .toList()) {
                try (InputStream raw = Files.newInputStream(file);
                        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
                    hole.consume(json.readTree(in));
                }
            }
        }
    }
}
