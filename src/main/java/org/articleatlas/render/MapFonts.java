package org.articleatlas.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The typeface of every map: one TrueType family read from its files, so that the PNG, the SVG
 * and the PDF (which must embed the very file) look alike. DejaVu Sans first (it has French,
 * Cyrillic and the circled digits), then Noto Sans, Liberation Sans, Arial; Java's logical
 * SansSerif when none is installed, in which case PDF text is drawn as outlines.
 */
public final class MapFonts {

    private static final Logger LOG = LoggerFactory.getLogger(MapFonts.class);

    /** Regular, bold and italic file names of each family we know, in order of preference. */
    private static final String[][] FAMILIES = {
        {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"},
        {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"},
        {"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"},
        {"arial.ttf", "arialbd.ttf", "ariali.ttf"},
        {"Arial.ttf", "Arial Bold.ttf", "Arial Italic.ttf"}};

    private static volatile MapFonts installed;

    private final Font regular;
    private final Font bold;
    private final Font italic;
    private final Map<String, Path> files;

    private MapFonts(Font regular, Font bold, Font italic, Map<String, Path> files) {
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
        this.files = files;
    }

    /** The fonts found on this machine, looked for once. */
    public static MapFonts installed() {
        MapFonts f = installed;
        if (f == null) {
            synchronized (MapFonts.class) {
                if (installed == null) {
                    installed = find(searchFolders());
                }
                f = installed;
            }
        }
        return f;
    }

    static List<Path> searchFolders() {
        List<Path> folders = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        for (String folder : new String[] {"/usr/share/fonts", "/usr/local/share/fonts", home + "/.local/share/fonts",
            home + "/.fonts", "/Library/Fonts", "/System/Library/Fonts", home + "/Library/Fonts",
            System.getenv().getOrDefault("WINDIR", "C:\\Windows") + "\\Fonts"}) {
            folders.add(Path.of(folder));
        }
        return folders;
    }

    static MapFonts find(List<Path> folders) {
        Map<String, Path> byName = new LinkedHashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder, 4)) {
                walk.filter(Files::isRegularFile).forEach(p -> byName.putIfAbsent(p.getFileName().toString(), p));
            } catch (IOException | RuntimeException e) {
                LOG.debug("Font folder {} cannot be read: {}", folder, e.getMessage());
            }
        }
        for (String[] family : FAMILIES) {
            Path regular = byName.get(family[0]);
            if (regular == null) {
                continue;
            }
            try {
                Map<String, Path> files = new LinkedHashMap<>();
                Font r = load(regular, files);
                // The style flag tells SVG and PDF writers the weight; the bold file is already bold, so
                // Java adds no synthetic emboldening on top.
                Font b = Optional.ofNullable(byName.get(family[1])).map(p -> loadOrNull(p, files)).orElse(r)
                        .deriveFont(Font.BOLD);
                Font i = Optional.ofNullable(byName.get(family[2])).map(p -> loadOrNull(p, files)).orElse(r)
                        .deriveFont(Font.ITALIC);
                return new MapFonts(r, b, i, files);
            } catch (IOException | FontFormatException e) {
                LOG.warn("Font {} cannot be read: {}", regular, e.getMessage());
            }
        }
        LOG.warn("No DejaVu, Noto, Liberation or Arial font found: maps use Java's SansSerif, and PDF text is drawn as outlines");
        return new MapFonts(new Font(Font.SANS_SERIF, Font.PLAIN, 12), new Font(Font.SANS_SERIF, Font.BOLD, 12),
                new Font(Font.SANS_SERIF, Font.ITALIC, 12), Map.of());
    }

    private static Font load(Path file, Map<String, Path> files) throws IOException, FontFormatException {
        Font font = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        files.put(font.getFontName(), file);
        return font;
    }

    private static Font loadOrNull(Path file, Map<String, Path> files) {
        try {
            return load(file, files);
        } catch (IOException | FontFormatException e) {
            return null;
        }
    }

    public Font regular(double size) {
        return regular.deriveFont((float) size);
    }

    public Font bold(double size) {
        return bold.deriveFont((float) size);
    }

    public Font italic(double size) {
        return italic.deriveFont((float) size);
    }

    /** Each font face by its name with the file it came from, for a PDF to embed; empty for the fallback. */
    public Map<String, Path> files() {
        return Map.copyOf(files);
    }
}
