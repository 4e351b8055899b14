package org.articleatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.articleatlas.corpus.CorpusLoad;
import org.articleatlas.corpus.LoadProblem;
import org.articleatlas.export.ExportFormat;
import org.articleatlas.gazetteer.GazetteerLoader;
import org.articleatlas.geoparse.GeoparseCache;
import org.articleatlas.geoparse.GeoparseOptions;
import org.articleatlas.export.MapExport;
import org.articleatlas.geodata.GeodataException;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerProblem;
import org.articleatlas.geodata.LayerSet;
import org.articleatlas.geoparse.GeoparseResult;
import org.articleatlas.model.Article;
import org.articleatlas.model.Language;
import org.articleatlas.model.PlaceKind;
import org.articleatlas.project.CorrectionApplier;
import org.articleatlas.render.Basemap;
import org.articleatlas.render.MapContent;
import org.articleatlas.render.MapContentBuilder;
import org.articleatlas.render.MapFonts;
import org.articleatlas.render.MapProjection;
import org.articleatlas.render.MapRenderer;
import org.articleatlas.render.MapRequest;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export --out FILE [...] [ARTICLE...]}: an annotated map of the articles as PNG, SVG or PDF. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Draws an annotated map as PNG, SVG or PDF.",
            "The map shows the places and borders the articles name, with numbered quotes, legend, "
                    + "scale bar and sources. Without ARTICLE, maps the seed articles (or, with --project, the "
                    + "project's articles, with its corrections, pins and notes).",
            "Example: export --out ca.png --width 3840 --height 2160 --bbox 44,30,90,50"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The image file to write (replaced if it exists).")
    private Path out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "png, svg or pdf; by default from FILE's extension.")
    private String format;

    @Option(names = "--width", paramLabel = "W", defaultValue = "1920", description = "Width in pixels, 1 to 8000 (default ${DEFAULT-VALUE}).")
    private int width;

    @Option(names = "--height", paramLabel = "H", defaultValue = "1080", description = "Height in pixels, 1 to 8000 (default ${DEFAULT-VALUE}).")
    private int height;

    static final class Extent {
        @Option(names = "--bbox", paramLabel = "minLon,minLat,maxLon,maxLat",
                description = "The box that must show whole, in degrees (WGS84).")
        String bbox;

        @Option(names = "--fit", paramLabel = "all", description = "all: fit every place and border the articles name (the default).")
        String fit;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Extent extent = new Extent();

    @Option(names = "--title", paramLabel = "TEXT", description = "The map's title; by default the article's title.")
    private String title;

    @Option(names = "--lang", paramLabel = "LANG", description = "fr or en: the map's language; by default the articles'.")
    private String lang;

    @Option(names = "--projection", paramLabel = "NAME", defaultValue = "mercator",
            description = "mercator (default, like the window's map) or laea (Lambert azimuthal equal-area, centred on the map).")
    private String projection;

    @Option(names = "--dpi", paramLabel = "DPI", defaultValue = "150",
            description = "Resolution recorded in the PNG and used for the PDF's page size, 36 to 1200 (default ${DEFAULT-VALUE}).")
    private int dpi;

    @Parameters(arity = "0..*", paramLabel = "ARTICLE", description = "Article files: .txt, .md, .html or .htm.")
    private List<Path> files = new ArrayList<>();

    @Mixin
    private ProjectOption project;

    @Mixin
    private GeodataFolders geodata;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat exportFormat = exportFormat();
        Optional<Envelope> box = bbox();
        MapProjection.Kind kind = projectionKind();
        Optional<Language> language = language();
        checkSize();
        checkTarget();
        if (!project.read(err)) {
            return AtlasCli.BAD_INPUT;
        }
        Optional<CorpusLoad> loaded = project.loadArticles(files, err);
        if (loaded.isEmpty()) {
            return AtlasCli.BAD_INPUT;
        }
        loaded.get().problems().stream().map(LoadProblem::message).forEach(err::println);
        List<Article> articles = loaded.get().articles();
        if (articles.isEmpty()) {
            err.println(out + ": not written, no article could be read");
            return AtlasCli.BAD_INPUT;
        }
        // The gazetteer is read ahead only when it will be needed: when the articles' readings are all in
        // the cache (looked up here for geodata/'s catalog) and no re-assignment looks a place up, it is not.
        if (project.needsGazetteer() || GeoparseCache.userDefault(geodata.main(), GeoparseOptions.defaults())
                .readAll(articles).isEmpty()) {
            GazetteerLoader.readAhead(geodata.main());
        }
        try (LayerSet layers = new LayerLoader(LayerLoader.Reading.WHEN_USED).open(geodata.folders())) {
            layers.problems().stream().map(LayerProblem::message).forEach(err::println);
            // The basemap and the fonts are read while the geoparser builds its gazetteer.
            CompletableFuture<Basemap> basemap = CompletableFuture.supplyAsync(() -> {
                try {
                    Basemap read = Basemap.read(layers);
                    // GeoTools' referencing (units, WKT parser, projection providers) takes a cold JVM some
                    // 0.3 s to start: started here, it is ready when drawing begins instead of delaying it.
                    MapProjection.webMercator();
                    return read;
                } catch (GeodataException e) {
                    throw new CompletionException(e);
                }
            });
            CompletableFuture<MapFonts> fonts = CompletableFuture.supplyAsync(MapFonts::installed);
            CachedReading reading;
            try {
                reading = CachedReading.read(articles, geodata.main(), layers, project.needsGazetteer(),
                        CachedReading.defaultGeoparser(geodata.main(), layers));
            } catch (GeodataException e) {
                err.println(e.getMessage());
                return AtlasCli.BAD_INPUT;
            }
            reading.dataProblems().forEach(err::println);
            CorrectionApplier.Corrected corrected = project.apply(reading.result(), reading.gazetteer());
            corrected.problems().forEach(err::println);
            GeoparseResult result = corrected.result();
            Language mapLanguage = language.orElseGet(() -> articlesLanguage(articles));
            MapContent content = new MapContentBuilder(articles, mapLanguage).build(Optional.ofNullable(title),
                    result.places().stream().map(p -> new MapContentBuilder.NamedPlace(p.place(), p.mentions())).toList(),
                    result.borders().stream().map(b -> new MapContentBuilder.NamedBorder(b.border(), b.mentions())).toList())
                    .withAnnotations(project.annotations());
            MapRequest request = new MapRequest(width, height, box.orElseGet(() -> fitAll(result, kind)), kind);
            MapRenderer renderer;
            try {
                renderer = new MapRenderer(basemap.join(), fonts.join());
            } catch (CompletionException e) {
                err.println(e.getCause().getMessage());
                return AtlasCli.BAD_INPUT;
            }
            MapRenderer.Drawn drawn;
            try {
                drawn = new MapExport(renderer).write(out, exportFormat, dpi, content, request);
            } catch (IOException e) {
                err.println(out + ": cannot be written: " + e.getMessage());
                return AtlasCli.BAD_INPUT;
            }
            stdout.printf(Locale.ROOT, "%s\t%s\t%d x %d\t%d callouts\t%d labels%n", UserPaths.display(out),
                    exportFormat.extension(), width, height, drawn.callouts().size(), drawn.labels().size());
            boolean bad = loaded.get().hasProblems() || !layers.problems().isEmpty() || !reading.dataProblems().isEmpty()
                    || !corrected.problems().isEmpty();
            return bad ? AtlasCli.BAD_INPUT : AtlasCli.OK;
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private ExportFormat exportFormat() {
        if (format != null) {
            try {
                return ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw usage("--format " + format + ": unknown format; use png, svg or pdf");
            }
        }
        return ExportFormat.fromFileName(out).orElseThrow(() -> usage(out
                + ": cannot tell the format from the file name; end it in .png, .svg or .pdf, or give --format"));
    }

    private Optional<Envelope> bbox() {
        if (extent.fit != null && !"all".equals(extent.fit)) {
            throw usage("--fit " + extent.fit + ": the only fit is 'all'");
        }
        if (extent.bbox == null) {
            return Optional.empty();
        }
        String[] parts = extent.bbox.split(",");
        if (parts.length != 4) {
            throw usage("--bbox " + extent.bbox + ": give four numbers, minLon,minLat,maxLon,maxLat");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw usage("--bbox " + extent.bbox + ": '" + parts[i].strip() + "' is not a number");
            }
        }
        if (!(v[0] >= -180 && v[2] <= 180 && v[1] >= -90 && v[3] <= 90)) {
            throw usage("--bbox " + extent.bbox + ": out of range; longitudes go from -180 to 180, latitudes from -90 to 90");
        }
        if (!(v[0] < v[2] && v[1] < v[3])) {
            throw usage("--bbox " + extent.bbox + ": inverted or empty; give the west and south edges first");
        }
        if ("mercator".equals(projection) && (v[1] < -MapProjection.MERCATOR_MAX_LATITUDE
                || v[3] > MapProjection.MERCATOR_MAX_LATITUDE)) {
            throw usage("--bbox " + extent.bbox + ": Web Mercator stops at 85° N and S; use --projection laea near the poles");
        }
        return Optional.of(new Envelope(v[0], v[2], v[1], v[3]));
    }

    private MapProjection.Kind projectionKind() {
        return switch (projection.toLowerCase(Locale.ROOT)) {
            case "mercator" -> MapProjection.Kind.MERCATOR;
            case "laea" -> MapProjection.Kind.LAEA;
            default -> throw usage("--projection " + projection + ": unknown projection; use mercator or laea");
        };
    }

    private Optional<Language> language() {
        if (lang == null) {
            return Optional.empty();
        }
        return Language.fromTag(lang).filter(l -> l == Language.FRENCH || l == Language.ENGLISH)
                .map(Optional::of).orElseThrow(() -> usage("--lang " + lang + ": maps are drawn in fr or en"));
    }

    private void checkSize() {
        if (width < 1 || height < 1 || width > MapRequest.MAX_SIDE || height > MapRequest.MAX_SIDE) {
            throw usage("--width " + width + " --height " + height + ": each side must be between 1 and "
                    + MapRequest.MAX_SIDE + " pixels");
        }
        if (dpi < 36 || dpi > 1200) {
            throw usage("--dpi " + dpi + ": give a resolution between 36 and 1200");
        }
    }

    /** The folder must exist and take a new file; checked before the long work, so a typo costs nothing. */
    private void checkTarget() {
        Path absolute = out.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw usage(out + ": is a folder; name the image file to write");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw usage(out + ": cannot be written, the folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder) || Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw usage(out + ": cannot be written, permission denied");
        }
        // Permission bits do not tell a read-only mount or a pseudo file system (/proc, /sys) for
        // root; making the kind of file the export writes first is the only sure test.
        Path probe;
        try {
            probe = Files.createTempFile(folder, ".article-atlas-probe", ".part");
        } catch (IOException e) {
            throw usage(out + ": cannot be written, the folder " + folder + " does not take new files ("
                    + reason(e) + ")");
        }
        try {
            Files.deleteIfExists(probe);
        } catch (IOException e) {
            // a probe we could make but not remove: the write itself will tell
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no file can be made there";
        }
        return e.getClass().getSimpleName();
    }

    private static Language articlesLanguage(List<Article> articles) {
        return articles.stream().allMatch(a -> a.language() == Language.FRENCH) ? Language.FRENCH : Language.ENGLISH;
    }

    /** Every place and border named, with a margin; countries count by their label point only. */
    private static Envelope fitAll(GeoparseResult result, MapProjection.Kind kind) {
        Envelope box = new Envelope();
        result.places().stream().filter(p -> p.place().kind() != PlaceKind.REGION)
                .forEach(p -> box.expandToInclude(p.place().point().lon(), p.place().point().lat()));
        result.borders().forEach(b -> box.expandToInclude(b.border().geometry().getEnvelopeInternal()));
        if (box.isNull()) {
            return new Envelope(-170, 170, -60, 75);
        }
        box.expandBy(Math.max(2, box.getWidth() * 0.08), Math.max(2, box.getHeight() * 0.08));
        double maxLat = kind == MapProjection.Kind.MERCATOR ? 80 : 90;
        return new Envelope(Math.max(-180, box.getMinX()), Math.min(180, box.getMaxX()),
                Math.max(-maxLat, box.getMinY()), Math.min(maxLat, box.getMaxY()));
    }
}
