package org.articleatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerCacheTest {

    private static final String HEADER = "geonames_id\tname\tname_en\tname_fr\talt_names\tcountry\tadmin1\tfeature_code"
            + "\tpopulation\tlat\tlon\n";
    private static final String DUSHANBE = "1221874\tDushanbe\tDushanbe\tDouchanbé\tStalinabad\tTJ\t04\tPPLC\t543107"
            + "\t38.53575\t68.77905\n";
    private static final String KANT = "1528121\tKant\tKant\tKant\t\tKG\t02\tPPL\t21610\t42.89107\t74.85077\n";

    @TempDir
    Path geodata;
    @TempDir
    Path cacheDir;

    @BeforeEach
    void writeTables() throws IOException {
        writeCities(HEADER + DUSHANBE + KANT);
        Files.writeString(geodata.resolve(GazetteerLoader.VARIANTS), "geonames:1221874\tDushanbe City\n");
    }

    private void writeCities(String table) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(table.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(geodata.resolve(GazetteerLoader.CITIES), bytes.toByteArray());
    }

    private Gazetteer load(GazetteerCache cache) throws Exception {
        try (LayerSet layers = new LayerLoader().open(List.of(geodata))) {
            return new GazetteerLoader().load(geodata, layers, cache);
        }
    }

    private static List<String> found(Gazetteer gazetteer, String folded) {
        return gazetteer.names().find(folded).stream()
                .flatMap(h -> h.target().entries().stream()).map(GazetteerEntry::id).toList();
    }

    @Test
    void aGazetteerReadFromTheCacheEqualsTheOneBuilt() throws Exception {
        GazetteerCache cache = GazetteerCache.in(cacheDir);
        Gazetteer built = load(cache);
        try (var files = Files.list(cacheDir)) {
            assertThat(files.count()).isEqualTo(1);
        }
        Gazetteer read = load(cache);
        assertThat(read).isNotSameAs(built);
        assertThat(read.entries()).isEqualTo(built.entries());
        assertThat(read.names().size()).isEqualTo(built.names().size());
        assertThat(found(read, "de douchanbe city a kant et stalinabad"))
                .containsExactly("geonames:1221874", "geonames:1528121", "geonames:1221874")
                .isEqualTo(found(built, "de douchanbe city a kant et stalinabad"));
    }

    @Test
    void aStartReadsTheCacheInsteadOfTheTables() throws Exception {
        GazetteerCache cache = GazetteerCache.in(cacheDir);
        load(cache);
        Path file;
        try (var files = Files.list(cacheDir)) {
            file = files.findFirst().orElseThrow();
        }
        // An entry holding another gazetteer under the same key is what the next start gets.
        Gazetteer other = Gazetteer.of(List.of(load(GazetteerCache.none()).entries().get(1)), List.of());
        Files.delete(file);
        try (LayerSet layers = new LayerLoader().open(List.of(geodata))) {
            cache.write(GazetteerCache.keyOf(sourcesOf(layers)), other);
        }
        assertThat(load(cache).entries()).extracting(GazetteerEntry::id).containsExactly("geonames:1528121");
    }

    private List<Path> sourcesOf(LayerSet layers) {
        assertThat(layers.layers()).isEmpty();
        return List.of(geodata.resolve(GazetteerLoader.VARIANTS), geodata.resolve(GazetteerLoader.ADMIN1),
                geodata.resolve(GazetteerLoader.CITIES));
    }

    @Test
    void aChangedTableGetsANewGazetteer() throws Exception {
        GazetteerCache cache = GazetteerCache.in(cacheDir);
        assertThat(found(load(cache), "bichkek")).isEmpty();
        writeCities(HEADER + DUSHANBE + KANT
                + "1528675\tBishkek\tBishkek\tBichkek\t\tKG\t01\tPPLC\t900000\t42.87\t74.59\n");
        assertThat(found(load(cache), "bichkek")).containsExactly("geonames:1528675");
    }

    @Test
    void aDamagedCacheIsRebuiltNotTrusted() throws Exception {
        GazetteerCache cache = GazetteerCache.in(cacheDir);
        Gazetteer built = load(cache);
        Path file;
        try (var files = Files.list(cacheDir)) {
            file = files.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(file, bytes);
        assertThat(load(cache).entries()).isEqualTo(built.entries());
        Files.write(file, new byte[] {1, 2, 3});
        assertThat(load(cache).entries()).isEqualTo(built.entries());
    }

    @Test
    void aGazetteerReadAheadIsTheOneTheLayersWouldGive() throws Exception {
        Gazetteer built = load(GazetteerCache.userDefault());
        GazetteerLoader.readAhead(geodata);
        Gazetteer read = load(GazetteerCache.userDefault());
        assertThat(read).isNotSameAs(built);
        assertThat(read.entries()).isEqualTo(built.entries());
        writeCities(HEADER + KANT);
        GazetteerLoader.readAhead(geodata);
        assertThat(load(GazetteerCache.userDefault()).entries()).extracting(GazetteerEntry::id)
                .containsExactly("geonames:1528121");
    }
}
