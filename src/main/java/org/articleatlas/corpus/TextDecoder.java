package org.articleatlas.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns an article file's bytes into text, or refuses them with a reason.
 *
 * <p>Detection is deliberately narrow rather than a general statistical detector (ICU's
 * {@code CharsetDetector} misreads short French texts as ISO-8859-2 or -9): a byte-order mark
 * decides; otherwise text that is valid UTF-8 is UTF-8, since legacy French text almost never
 * is; otherwise it is Windows-1252, the superset of ISO-8859-1 that old word processors wrote
 * (it has « ’ » and « œ », which ISO-8859-1 lacks). The result must then look like text.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Control and invalid characters allowed in a text, as a share of all its characters. */
    private static final double MAX_ODD_SHARE = 0.01;
    /** In text decoded from a legacy 8-bit encoding, the share of letters that may be non-ASCII. */
    private static final double MAX_NON_ASCII_LETTER_SHARE = 0.30;

    /**
     * @throws UndecodableTextException with a one-line reason when the bytes are not sensible text
     */
    public DecodedText decode(byte[] bytes) throws UndecodableTextException {
        Optional<String> binaryKind = BinarySignatures.recognise(bytes);
        if (binaryKind.isPresent()) {
            throw new UndecodableTextException("not a text file: it looks like " + binaryKind.get());
        }
        DecodedText decoded = decodeWithBom(bytes).orElseGet(() -> decodeWithoutBom(bytes));
        checkLooksLikeText(decoded);
        return decoded;
    }

    private static Optional<DecodedText> decodeWithBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new DecodedText(lenient(b, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new DecodedText(lenient(b, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, true));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new DecodedText(lenient(b, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, true));
        }
        return Optional.empty();
    }

    private static DecodedText decodeWithoutBom(byte[] bytes) {
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new DecodedText(utf8.get(), StandardCharsets.UTF_8, false);
        }
        // Windows-1252 leaves five bytes undefined; a file that uses them is ISO-8859-1.
        Optional<String> cp1252 = strict(bytes, WINDOWS_1252);
        return cp1252.map(text -> new DecodedText(text, WINDOWS_1252, false))
                .orElseGet(() -> new DecodedText(new String(bytes, StandardCharsets.ISO_8859_1),
                        StandardCharsets.ISO_8859_1, false));
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The String constructor decodes UTF-8 several times faster than a decoder, replacing any
            // malformed byte with U+FFFD: without one in its result, the bytes were valid and the
            // strict decoder would have given the same text. With one, the strict decoder decides.
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return Optional.of(text);
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static void checkLooksLikeText(DecodedText decoded) throws UndecodableTextException {
        // An array copied at once, read faster than the string one character at a time (see LanguageGuesser).
        char[] text = decoded.text().toCharArray();
        int odd = 0;
        int letters = 0;
        int nonAsciiLetters = 0;
        int total = 0;
        for (int i = 0; i < text.length; ) {
            char c = text[i];
            if (c < 0x80) {
                // ASCII, most of any article: its classes known without asking the Unicode tables.
                i++;
                total++;
                if (c < 0x20 || c == 0x7F) {
                    odd += isOdd(c) ? 1 : 0;
                } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    letters++;
                }
                continue;
            }
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            total++;
            if (isOdd(cp)) {
                odd++;
            } else if (Character.isLetter(cp)) {
                letters++;
                if (cp > 0x7F) {
                    nonAsciiLetters++;
                }
            }
        }
        if (total == 0) {
            return;
        }
        double oddShare = (double) odd / total;
        if (oddShare > MAX_ODD_SHARE) {
            throw new UndecodableTextException(String.format(Locale.ROOT,
                    "does not decode as text (%.0f%% control or invalid characters as %s)",
                    oddShare * 100, decoded.charset().name()));
        }
        boolean legacy = !decoded.charset().name().startsWith("UTF");
        if (legacy && letters > 0 && (double) nonAsciiLetters / letters > MAX_NON_ASCII_LETTER_SHARE) {
            throw new UndecodableTextException(String.format(Locale.ROOT,
                    "does not decode as text: not UTF-8, and as %s %.0f%% of its letters would be accented or foreign",
                    decoded.charset().name(), 100.0 * nonAsciiLetters / letters));
        }
    }

    private static boolean isOdd(int cp) {
        if (cp == '\n' || cp == '\r' || cp == '\t' || cp == '\f') {
            return false;
        }
        int type = Character.getType(cp);
        return cp == 0xFFFD
                || type == Character.CONTROL
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE;
    }

    /** Bytes that cannot be an article's text. */
    public static final class UndecodableTextException extends Exception {
        private static final long serialVersionUID = 1L;

        public UndecodableTextException(String reason) {
            super(reason);
        }
    }
}
