package org.articleatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameIndexTest {

    @TempDir
    Path cacheDir;

    private static Map<String, NameTarget> targets(String... keys) {
        Map<String, NameTarget> map = new java.util.HashMap<>();
        for (String k : keys) {
            map.put(k, new NameTarget(k, List.of(), false));
        }
        return map;
    }

    @Test
    void keepsTheLongestWholeWordMatchesInTextOrder() {
        NameIndex index = new NameIndex(targets("asie", "asie centrale", "kant", "nice"));
        List<NameHit> hits = index.find("les bases d'asie centrale et de kant; kantien, unice");
        assertThat(hits).extracting(h -> h.target().key()).containsExactly("asie centrale", "kant");
    }

    @Test
    void aMatchTheCallerRejectsDoesNotHideTheNameBehindIt() {
        NameIndex index = new NameIndex(targets("la passe", "passe de khyber"));
        String text = "la route de la passe de khyber";
        assertThat(index.find(text)).extracting(h -> h.target().key()).containsExactly("la passe");
        assertThat(index.find(text, h -> !h.target().key().equals("la passe")))
                .extracting(h -> h.target().key()).containsExactly("passe de khyber");
    }

    @Test
    void aCachedAutomatonFindsTheSameNamesAndAChangedGazetteerGetsANewOne() throws Exception {
        TrieCache cache = TrieCache.in(cacheDir);
        NameIndex built = new NameIndex(targets("moscou", "kaboul"), cache);
        try (var files = Files.list(cacheDir)) {
            assertThat(files.count()).isEqualTo(1);
        }
        NameIndex loaded = new NameIndex(targets("moscou", "kaboul"), cache);
        assertThat(loaded.find("de moscou a kaboul")).extracting(h -> h.target().key())
                .isEqualTo(built.find("de moscou a kaboul").stream().map(h -> h.target().key()).toList());
        NameIndex changed = new NameIndex(targets("moscou", "kaboul", "douchanbe"), cache);
        assertThat(changed.find("douchanbe")).hasSize(1);
        try (var files = Files.list(cacheDir)) {
            assertThat(files.count()).as("the stale automaton is removed").isEqualTo(1);
        }
    }

    @Test
    void aCorruptCacheIsRebuiltNotTrusted() throws Exception {
        TrieCache cache = TrieCache.in(cacheDir);
        new NameIndex(targets("bichkek"), cache);
        try (var files = Files.list(cacheDir)) {
            Files.writeString(files.findFirst().orElseThrow(), "not a trie");
        }
        assertThat(new NameIndex(targets("bichkek"), cache).find("a bichkek")).hasSize(1);
    }
}
