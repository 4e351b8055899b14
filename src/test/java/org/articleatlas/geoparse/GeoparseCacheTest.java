package org.articleatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.articleatlas.corpus.CorpusLoader;
import org.articleatlas.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The geoparse cache on the seed articles and the real geoparser: what it gives back, and what it refuses to trust. */
class GeoparseCacheTest {

    private static final List<String> DATA = List.of("gazetteer data of this test");
    private static List<Article> seeds;
    private static String fresh;

    @TempDir
    Path folder;

    @BeforeAll
    static void readTheSeeds() throws Exception {
        seeds = new CorpusLoader().loadFolder(Path.of("seeds")).articles();
        fresh = geoJson(RealAtlas.geoparser().parseAll(seeds));
    }

    private static String geoJson(GeoparseResult result) throws java.io.IOException {
        StringWriter out = new StringWriter();
        new GeoparseGeoJsonWriter().write(result, new PrintWriter(out));
        return out.toString();
    }

    /** The real geoparser, counting how often the cache asks for it. */
    private static Supplier<Geoparser> counted(AtomicInteger asked) {
        return () -> {
            asked.incrementAndGet();
            try {
                return RealAtlas.geoparser();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private GeoparseCache cache() {
        return GeoparseCache.in(folder, DATA, GeoparseOptions.defaults());
    }

    @Test
    void aSecondReadingComesFromTheCacheWithoutTheGeoparserAndIsTheSame() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        GeoparseResult first = cache().parseAll(seeds, counted(asked));
        assertThat(asked).hasValue(1);
        assertThat(geoJson(first)).isEqualTo(fresh);

        GeoparseResult second = cache().parseAll(seeds, counted(asked));

        assertThat(asked).as("the geoparser is not needed for articles read before").hasValue(1);
        assertThat(geoJson(second)).isEqualTo(fresh);
        assertThat(second).isEqualTo(first);
        assertThat(second.places()).extracting(p -> p.place().id()).contains("landmark:kant-air-base");
        assertThat(second.borders()).isNotEmpty();
        assertThat(cache().readAll(seeds)).contains(first);
    }

    @Test
    void anArticleWhoseTextChangedIsReadAgainAndTheOthersComeFromTheCache() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        cache().parseAll(seeds, counted(asked));
        Article bases = seeds.stream().filter(a -> a.text().contains("Kirghizistan")).findFirst().orElseThrow();
        Path edited = folder.resolve("edited").resolve(bases.fileName());
        Files.createDirectories(edited.getParent());
        Files.writeString(edited, Files.readString(bases.source(), StandardCharsets.UTF_8)
                .replace("Kirghizistan", "Kazakhstan"), StandardCharsets.UTF_8);
        Article changed = new CorpusLoader().load(List.of(edited)).articles().get(0);
        assertThat(changed.id()).isEqualTo(bases.id());

        assertThat(cache().read(changed)).as("no reading of the new text yet").isEmpty();
        GeoparseResult reading = cache().parseAll(List.of(changed), counted(asked));

        assertThat(asked).hasValue(2);
        assertThat(geoJson(reading)).isEqualTo(geoJson(RealAtlas.geoparser().parseAll(List.of(changed))));
        assertThat(reading.places()).extracting(p -> p.place().id()).contains("country:KZ").doesNotContain("country:KG");
        assertThat(cache().read(bases)).as("the unchanged text keeps its reading").isPresent();
    }

    @Test
    void aDamagedEntryIsIgnoredAndWrittenAgain() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        cache().parseAll(seeds, counted(asked));
        Path entry = cache().fileFor(seeds.get(0)).orElseThrow();
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(entry, bytes);

        assertThat(cache().read(seeds.get(0))).isEmpty();
        assertThat(cache().read(seeds.get(1))).isPresent();
        GeoparseResult again = cache().parseAll(seeds, counted(asked));

        assertThat(asked).as("the damaged article is read again").hasValue(2);
        assertThat(geoJson(again)).isEqualTo(fresh);
        assertThat(cache().read(seeds.get(0))).as("written again, sound").isPresent();

        Files.write(entry, new byte[] {1, 2, 3});
        assertThat(cache().read(seeds.get(0))).as("truncated").isEmpty();
        Files.write(entry, new byte[0]);
        assertThat(cache().read(seeds.get(0))).as("empty").isEmpty();
    }

    @Test
    void aReadingMadeFromOtherDataIsNotUsedEvenUnderThisKeysName() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        cache().parseAll(seeds, counted(asked));
        GeoparseCache otherData = GeoparseCache.in(folder, List.of("gazetteer data of another build"),
                GeoparseOptions.defaults());
        GeoparseCache otherOptions = GeoparseCache.in(folder, DATA, GeoparseOptions.defaults().withAcceptScore(9));

        assertThat(otherData.read(seeds.get(0))).isEmpty();
        assertThat(otherOptions.read(seeds.get(0))).isEmpty();

        // An entry of the old key copied under the new key's name (as a stale or hand-copied file would be):
        // the key stored inside it is compared, not only the name.
        Path stale = otherData.fileFor(seeds.get(0)).orElseThrow();
        Files.copy(cache().fileFor(seeds.get(0)).orElseThrow(), stale);
        assertThat(otherData.read(seeds.get(0))).isEmpty();
        otherData.parseAll(List.of(seeds.get(0)), counted(asked));
        assertThat(asked).hasValue(2);
        assertThat(otherData.read(seeds.get(0))).isPresent();
    }

    @Test
    void anEntryForAnotherArticleIsNotTakenForThisOne() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        cache().parseAll(List.of(seeds.get(0)), counted(asked));
        Files.copy(cache().fileFor(seeds.get(0)).orElseThrow(), cache().fileFor(seeds.get(1)).orElseThrow());

        assertThat(cache().read(seeds.get(1))).isEmpty();
    }

    @Test
    void noCacheKeepsNothing() {
        AtomicInteger asked = new AtomicInteger();
        GeoparseCache.none().parseAll(seeds, counted(asked));
        GeoparseCache.none().parseAll(seeds, counted(asked));
        assertThat(asked).hasValue(2);
        assertThat(GeoparseCache.none().readAll(seeds)).isEmpty();
    }
}
