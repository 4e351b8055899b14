package org.articleatlas.geodata.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

class LayerCacheTest {

    @TempDir
    Path dir;

    private Path source;
    private LayerCache cache;

    /** A layer big enough to be cached, with every kind of value and one feature the reader repairs. */
    @BeforeEach
    void writeLayer() throws Exception {
        StringBuilder json = new StringBuilder("{\"type\": \"FeatureCollection\", \"features\": [\n");
        for (int i = 0; i < 3000; i++) {
            json.append(String.format(java.util.Locale.ROOT,
                    "{\"type\": \"Feature\", \"id\": \"f%d\", \"properties\": {\"name\": \"Place %d\", \"rank\": %d,"
                            + " \"share\": %.3f, \"capital\": %s, \"aliases\": [\"a%d\", \"b\"], \"note\": null},"
                            + " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[%d, 1], [%d.5, 1], [%d.5, 2], [%d, 2], [%d, 1]]]}},%n",
                    i, i, i, i / 7.0, i % 2 == 0, i, i % 170, i % 170, i % 170, i % 170, i % 170));
        }
        json.append("{\"type\": \"Feature\", \"id\": \"bowtie\", \"properties\": {\"name\": \"twisted\"},"
                + " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [10, 10], [10, 0], [0, 10], [0, 0]]]}}\n]}");
        source = Files.writeString(dir.resolve("big.geojson"), json, StandardCharsets.UTF_8);
        assertThat(Files.size(source)).isGreaterThan(LayerCache.MIN_SOURCE_BYTES);
        cache = new LayerCache(Optional.of(dir.resolve("cache")));
    }

    @Test
    void aCachedLayerIsTheLayerAsParsed() throws Exception {
        GeoJsonContent parsed = GeoJsonReader.read(source, "big", GeoJsonDataStore.MAX_FILE_BYTES);
        cache.write(source, "big", parsed);
        GeoJsonContent cached = cache.read(source, "big").orElseThrow();
        assertThat(cached.featureType()).isEqualTo(parsed.featureType());
        assertThat(cached.warnings()).isEqualTo(parsed.warnings()).anyMatch(w -> w.contains("repaired"));
        assertThat(cached.bounds()).isEqualTo(parsed.bounds());
        assertThat(cached.rows()).hasSameSizeAs(parsed.rows());
        for (int i = 0; i < parsed.rows().size(); i++) {
            GeoJsonContent.Row a = parsed.rows().get(i);
            GeoJsonContent.Row b = cached.rows().get(i);
            assertThat(b.id()).isEqualTo(a.id());
            assertThat(((Geometry) b.values()[0]).equalsExact((Geometry) a.values()[0])).isTrue();
            assertThat(java.util.Arrays.copyOfRange(b.values(), 1, b.values().length))
                    .containsExactly(java.util.Arrays.copyOfRange(a.values(), 1, a.values().length));
        }
    }

    @Test
    void aChangedFileIsParsedAgainNotServedStale() throws Exception {
        cache.write(source, "big", GeoJsonReader.read(source, "big", GeoJsonDataStore.MAX_FILE_BYTES));
        Files.setLastModifiedTime(source, FileTime.fromMillis(Files.getLastModifiedTime(source).toMillis() + 5000));
        assertThat(cache.read(source, "big")).isEmpty();
    }

    @Test
    void aCorruptEntryIsIgnored() throws Exception {
        cache.write(source, "big", GeoJsonReader.read(source, "big", GeoJsonDataStore.MAX_FILE_BYTES));
        try (var entries = Files.list(dir.resolve("cache"))) {
            Path entry = entries.findFirst().orElseThrow();
            byte[] bytes = Files.readAllBytes(entry);
            Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        }
        assertThat(cache.read(source, "big")).isEmpty();
    }

    @Test
    void smallFilesAreNotCached() throws Exception {
        Path small = Files.writeString(dir.resolve("small.geojson"),
                "{\"type\": \"Point\", \"coordinates\": [1, 2]}", StandardCharsets.UTF_8);
        cache.write(small, "small", GeoJsonReader.read(small, "small", GeoJsonDataStore.MAX_FILE_BYTES));
        assertThat(dir.resolve("cache")).doesNotExist();
    }
}
