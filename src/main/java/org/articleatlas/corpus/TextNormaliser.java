package org.articleatlas.corpus;

import java.text.Normalizer;

/**
 * Makes offsets into an article stable whatever produced the file: line feeds only, and
 * Unicode NFC so that an « é » typed on one system matches the same « é » from another.
 */
final class TextNormaliser {

    private TextNormaliser() {
    }

    static String normalise(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!unified.isEmpty() && unified.charAt(0) == '\uFEFF') {
            unified = unified.substring(1);
        }
        return Normalizer.normalize(unified, Normalizer.Form.NFC);
    }
}
