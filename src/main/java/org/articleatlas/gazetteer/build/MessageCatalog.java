package org.articleatlas.gazetteer.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gettext message catalogue read from its compiled {@code .mo} form.
 *
 * <p>We read the binary ourselves rather than shelling out to {@code msgunfmt}, so that the
 * build needs no gettext tools. The layout (GNU gettext manual, "The Format of GNU MO Files"):
 * a magic number that also gives the byte order, a revision, the number of strings N, the
 * offsets of two tables of N (length, offset) pairs, one for original and one for translated
 * strings, each string NUL-terminated. A context is written before the msgid, separated by
 * U+0004; plural forms are NUL-separated inside one string.
 */
public final class MessageCatalog {

    private static final int MAGIC = 0x950412de;
    private static final char CONTEXT_SEPARATOR = '\u0004';
    private static final Pattern CHARSET = Pattern.compile("charset=([^\\s;]+)");

    private final Map<String, String> translations;

    private MessageCatalog(Map<String, String> translations) {
        this.translations = Collections.unmodifiableMap(translations);
    }

    /** A catalogue of the given msgids and translations, for callers that build one in memory. */
    public static MessageCatalog of(Map<String, String> translations) {
        return new MessageCatalog(new LinkedHashMap<>(translations));
    }

    public static MessageCatalog read(Path file) throws IOException {
        try {
            return parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** @throws IOException when the bytes are not a well-formed .mo catalogue */
    public static MessageCatalog parse(byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        if (bytes.length < 28) {
            throw new IOException("too short for a .mo catalogue: " + bytes.length + " bytes");
        }
        buf.order(ByteOrder.LITTLE_ENDIAN);
        if (buf.getInt(0) != MAGIC) {
            buf.order(ByteOrder.BIG_ENDIAN);
            if (buf.getInt(0) != MAGIC) {
                throw new IOException("not a .mo catalogue: bad magic number");
            }
        }
        int major = buf.getInt(4) >>> 16;
        if (major > 1) {
            throw new IOException("unsupported .mo major revision " + major);
        }
        int count = buf.getInt(8);
        int originals = buf.getInt(12);
        int translated = buf.getInt(16);
        if (count < 0 || !fits(bytes, originals, 8L * count) || !fits(bytes, translated, 8L * count)) {
            throw new IOException("corrupt .mo catalogue: string tables out of range");
        }
        // The header (translation of the empty msgid) names the charset of every other string,
        // so it is decoded first, as ASCII-compatible UTF-8.
        Charset charset = StandardCharsets.UTF_8;
        for (int i = 0; i < count; i++) {
            if (stringAt(buf, bytes, originals, i, StandardCharsets.UTF_8).isEmpty()) {
                charset = charsetOf(stringAt(buf, bytes, translated, i, StandardCharsets.UTF_8));
                break;
            }
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String id = firstForm(stringAt(buf, bytes, originals, i, charset));
            if (id.isEmpty()) {
                continue;
            }
            map.put(id, firstForm(stringAt(buf, bytes, translated, i, charset)));
        }
        return new MessageCatalog(map);
    }

    /** The translation of {@code msgid} without a context, if the catalogue has one. */
    public Optional<String> translate(String msgid) {
        return Optional.ofNullable(translations.get(msgid)).filter(s -> !s.isEmpty());
    }

    /** The translation of {@code msgid} in a {@code msgctxt}, if the catalogue has one. */
    public Optional<String> translate(String context, String msgid) {
        return translate(context + CONTEXT_SEPARATOR + msgid);
    }

    /** Every msgid (with its context prefix, if any) and its translation, in file order. */
    public Map<String, String> entries() {
        return translations;
    }

    public int size() {
        return translations.size();
    }

    private static boolean fits(byte[] bytes, long offset, long length) {
        return offset >= 0 && length >= 0 && offset + length <= bytes.length;
    }

    private static String stringAt(ByteBuffer buf, byte[] bytes, int table, int index, Charset charset)
            throws IOException {
        int length = buf.getInt(table + 8 * index);
        int offset = buf.getInt(table + 8 * index + 4);
        // The NUL after each string is counted by the format but not by the length field.
        if (!fits(bytes, offset, length + 1L)) {
            throw new IOException("corrupt .mo catalogue: string " + index + " out of range");
        }
        return new String(bytes, offset, length, charset);
    }

    private static String firstForm(String s) {
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    private static Charset charsetOf(String header) {
        Matcher m = CHARSET.matcher(header);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
