package org.articleatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameTrieTest {

    private static final String[] NAMES = Arrays.stream(new String[] {"a", "ab", "abc", "b", "ba", "bac", "la paz",
        "la", "le mans", "le", "les ulis", "paz", "'s hertogenbosch", "ulis", "zz", "mans", "an"}).sorted()
            .toArray(String[]::new);

    /** Every name the text spells from {@code begin}, shortest first, as "end:index", found the slow way. */
    private static List<String> expected(String text, int begin) {
        List<String> out = new ArrayList<>();
        for (int end = begin + 1; end <= text.length(); end++) {
            int index = Arrays.binarySearch(NAMES, text.substring(begin, end));
            if (index >= 0) {
                out.add(end + ":" + index);
            }
        }
        return out;
    }

    private static List<String> walked(NameTrie trie, char[] text, int begin) {
        int[] found = new int[2 * (trie.longestName() + 1)];
        int n = trie.namesStartingAt(text, begin, found);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(found[2 * k] + ":" + found[2 * k + 1]);
        }
        return out;
    }

    @Test
    void theWalkFromEachPositionFindsExactlyTheNamesThatStartThere() throws Exception {
        NameTrie built = NameTrie.build(NAMES);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        built.writeTo(new DataOutputStream(bytes));
        NameTrie read = NameTrie.readFrom(ByteBuffer.wrap(bytes.toByteArray()));
        Random random = new Random(7);
        String alphabet = "abclpzemnsuh' ";
        List<String> texts = new ArrayList<>(List.of("la paz, le mans et les ulis", "'s hertogenbosch", "abcbacab"));
        for (int t = 0; t < 200; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        int names = 0;
        for (String text : texts) {
            for (int begin = 0; begin < text.length(); begin++) {
                List<String> slow = expected(text, begin);
                names += slow.size();
                assertThat(walked(built, text.toCharArray(), begin)).as(text + " @" + begin).isEqualTo(slow);
                assertThat(walked(read, text.toCharArray(), begin)).as(text + " @" + begin + ", read back").isEqualTo(slow);
            }
        }
        assertThat(names).as("names met in the texts").isGreaterThan(300);
    }
}
