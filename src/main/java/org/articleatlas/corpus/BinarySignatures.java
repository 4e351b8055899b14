package org.articleatlas.corpus;

import java.util.List;
import java.util.Optional;

/**
 * Recognises common binary formats by their first bytes, so that a picture or a document
 * saved under a {@code .txt} name is refused with a reason the user understands.
 */
final class BinarySignatures {

    private record Signature(String description, int[] magic) {
        boolean matches(byte[] bytes) {
            if (bytes.length < magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if ((bytes[i] & 0xFF) != magic[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Signature> SIGNATURES = List.of(
            new Signature("a PNG image", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
            new Signature("a JPEG image", new int[] {0xFF, 0xD8, 0xFF}),
            new Signature("a GIF image", new int[] {'G', 'I', 'F', '8'}),
            new Signature("a PDF document (save it as text or HTML first)", new int[] {'%', 'P', 'D', 'F', '-'}),
            new Signature("a ZIP archive or an office document (save it as text or HTML first)",
                    new int[] {'P', 'K', 0x03, 0x04}),
            new Signature("a gzip archive", new int[] {0x1F, 0x8B}),
            new Signature("an old Word document (save it as text or HTML first)",
                    new int[] {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}),
            new Signature("a program (ELF)", new int[] {0x7F, 'E', 'L', 'F'}));

    /** How many leading bytes are searched for a NUL byte, the mark of binary data. */
    private static final int NUL_SCAN_LENGTH = 8192;

    private BinarySignatures() {
    }

    /** A description of the binary format, when the bytes are binary and not UTF-16 with a BOM. */
    static Optional<String> recognise(byte[] bytes) {
        for (Signature s : SIGNATURES) {
            if (s.matches(bytes)) {
                return Optional.of(s.description());
            }
        }
        if (hasUtf16Bom(bytes)) {
            return Optional.empty();
        }
        int limit = Math.min(bytes.length, NUL_SCAN_LENGTH);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return Optional.of("binary data (it contains NUL bytes)");
            }
        }
        return Optional.empty();
    }

    private static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
                || ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF));
    }
}
