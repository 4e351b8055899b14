package org.articleatlas.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.articleatlas.geodata.Country;
import org.articleatlas.geodata.CountryIndex;
import org.articleatlas.geodata.LayerKind;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerSet;
import org.articleatlas.model.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * 10,000 country-at-point questions on the 1:10m countries, as the place cards ask them: through
 * the index (R-tree and prepared outlines), and, as the peer, by testing in turn each country
 * whose bounding box holds the point with JTS's plain point-in-ring count, which is what a reader
 * without an index does. (With {@code Geometry.covers} instead, the peer takes 16 ms a question.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CountryAtPointBenchmark {

    private static final int QUERIES = 10_000;

    private CountryIndex index;
    private List<Country> countries;
    private GeoPoint[] points;
    private Point[] jtsPoints;

    @Setup(Level.Trial)
    public void load() throws Exception {
        try (LayerSet layers = new LayerLoader().open(List.of(Path.of("geodata")))) {
            index = CountryIndex.of(layers.firstOf(LayerKind.COUNTRIES).orElseThrow().features());
        }
        countries = new ArrayList<>(index.all());
        // Points spread over the land of the articles' world, from Texas to the Pacific.
        Random random = new Random(2017);
        GeometryFactory factory = new GeometryFactory();
        points = new GeoPoint[QUERIES];
        jtsPoints = new Point[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            points[i] = new GeoPoint(20 + 50 * random.nextDouble(), -110 + 250 * random.nextDouble());
            jtsPoints[i] = factory.createPoint(new Coordinate(points[i].lon(), points[i].lat()));
        }
    }

    @Benchmark
    public int tenThousandQueriesThroughTheIndex() {
        int found = 0;
        for (GeoPoint p : points) {
            if (index.countryAt(p).isPresent()) {
                found++;
            }
        }
        return found;
    }

    @Benchmark
    public int tenThousandQueriesTestingEveryOutline() {
        int found = 0;
        for (Point p : jtsPoints) {
            for (Country c : countries) {
                if (c.geometry().getEnvelopeInternal().covers(p.getCoordinate())
                        && SimplePointInAreaLocator.locate(p.getCoordinate(), c.geometry()) != Location.EXTERIOR) {
                    found++;
                    break;
                }
            }
        }
        return found;
    }
}
