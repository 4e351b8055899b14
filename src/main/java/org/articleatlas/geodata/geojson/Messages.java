package org.articleatlas.geodata.geojson;

import java.util.Locale;

/** Keeps every message one line long, whatever text the file smuggles into it. */
final class Messages {

    private static final int MAX_QUOTED = 60;
    private static final long MIB = 1024L * 1024;

    private Messages() {
    }

    /**
     * Replaces line breaks and other control characters with spaces, so that a message stays
     * one line even when a path or a parser message holds them; other text is kept as it is.
     */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isLineBreaking(c) ? ' ' : c);
        }
        return out.toString().strip();
    }

    private static boolean isLineBreaking(char c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR;
    }

    /** A value from the file, quoted and escaped so that it cannot break or flood a message. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        int n = Math.min(value.length(), MAX_QUOTED);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (isLineBreaking(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (value.length() > MAX_QUOTED) {
            out.append("...");
        }
        return out.append('"').toString();
    }

    /** A size next to a limit: rounding must not make it look equal to the limit. */
    static String sizeExactly(long bytes) {
        String rounded = size(bytes);
        return rounded.endsWith(" MiB") && bytes % MIB != 0 ? rounded + " (" + bytes + " bytes)" : rounded;
    }

    /** Sizes in the unit people read: MiB above one, exact bytes below. */
    static String size(long bytes) {
        if (bytes >= MIB) {
            return bytes % MIB == 0
                    ? (bytes / MIB) + " MiB"
                    : String.format(Locale.ROOT, "%.1f MiB", bytes / (double) MIB);
        }
        return bytes == 1 ? "1 byte" : bytes + " bytes";
    }
}
