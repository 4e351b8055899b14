package org.articleatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameIndexTest {

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
}
