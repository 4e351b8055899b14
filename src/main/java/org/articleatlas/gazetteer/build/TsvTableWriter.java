package org.articleatlas.gazetteer.build;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a gzip-compressed, UTF-8, tab-separated table with a header row, byte for byte the
 * same for the same rows, so that regenerating unchanged data leaves git with nothing to commit.
 *
 * <p>{@link GZIPOutputStream} writes a header with no file name and a modification time of 0,
 * which is what makes the output reproducible. The file is written beside its target and moved
 * into place, so an interrupted build never leaves half a table in {@code geodata/}.
 */
public final class TsvTableWriter {

    private TsvTableWriter() {
    }

    public static void write(Path target, List<String> header, List<List<String>> rows) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream file = Files.newOutputStream(tmp);
                OutputStream gzip = new BestGzipOutputStream(file);
                Writer out = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8), 1 << 16)) {
            writeRow(out, header, header.size());
            for (List<String> row : rows) {
                writeRow(out, row, header.size());
            }
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A coordinate with exactly five decimals (about a metre), never "-0.00000". */
    public static String coordinate(double degrees) {
        BigDecimal d = BigDecimal.valueOf(degrees).setScale(5, RoundingMode.HALF_UP);
        return d.signum() == 0 ? "0.00000" : d.toPlainString();
    }

    private static void writeRow(Writer out, List<String> row, int columns) throws IOException {
        if (row.size() != columns) {
            throw new IllegalArgumentException("row has " + row.size() + " fields, header " + columns + ": " + row);
        }
        for (int i = 0; i < row.size(); i++) {
            String field = row.get(i);
            if (field.indexOf('\t') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("field holds a tab or line break: " + row);
            }
            if (i > 0) {
                out.write('\t');
            }
            out.write(field);
        }
        out.write('\n');
    }

    private static final class BestGzipOutputStream extends GZIPOutputStream {
        BestGzipOutputStream(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
