package org.articleatlas.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    @Test
    void everyCharacterTakenAsComposedIsOneNfcKeepsAndNoneCombines() {
        List<String> wrong = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!TextNormaliser.inComposedRange((char) c)) {
                continue;
            }
            String alone = String.valueOf((char) c);
            if (Normalizer.quickCheck(alone, Normalizer.NFC) != Normalizer.YES || UCharacter.getCombiningClass(c) != 0) {
                wrong.add(Integer.toHexString(c));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void composesDecomposedAccentsAndLeavesComposedTextAlone() {
        String decomposed = "Ge\u0301ne\u0300ve";
        assertThat(TextNormaliser.surelyComposed(decomposed)).isFalse();
        assertThat(TextNormaliser.normalise(decomposed)).isEqualTo("G\u00e9n\u00e8ve");
        String composed = "L’Œdipe à Genève — « 12 € » …";
        assertThat(TextNormaliser.surelyComposed(composed)).isTrue();
        assertThat(TextNormaliser.normalise(composed)).isEqualTo(composed);
        // U+2000 (en quad) is NFC's U+2002: never taken as composed.
        assertThat(TextNormaliser.surelyComposed("a\u2000b")).isFalse();
        assertThat(TextNormaliser.normalise("a\u2000b")).isEqualTo("a\u2002b");
        assertThat(TextNormaliser.normalise("a\r\nb\rc")).isEqualTo("a\nb\nc");
    }
}
