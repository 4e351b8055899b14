package org.articleatlas.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The image formats a map can be exported to. */
public enum ExportFormat {
    PNG, SVG, PDF;

    /** The format a file name's extension names, if any. */
    public static Optional<ExportFormat> fromFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1);
        for (ExportFormat f : values()) {
            if (f.extension().equals(extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
