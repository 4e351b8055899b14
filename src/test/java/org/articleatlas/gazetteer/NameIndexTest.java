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

    @Test
    void aLongerNameEndingInsideAWordGivesWayToTheShorterWholeWord() {
        NameIndex index = new NameIndex(targets("nice", "nice ville", "ville", "port", "port au prince", "au", "ie"));
        List<NameHit> hits = index.find("de nice villeneuve a port au prince, en asie");
        assertThat(hits).extracting(h -> h.target().key()).containsExactly("nice", "port au prince");
        assertThat(hits).extracting(NameHit::begin, NameHit::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 7), org.assertj.core.groups.Tuple.tuple(21, 35));
    }

    @Test
    void aNameStartingWithPunctuationIsFoundAfterASpace() {
        NameIndex index = new NameIndex(targets("'s hertogenbosch", "hertogenbosch"));
        assertThat(index.find("vers 's hertogenbosch et x's hertogenbosch"))
                .extracting(h -> h.target().key()).containsExactly("'s hertogenbosch", "hertogenbosch");
    }
}
