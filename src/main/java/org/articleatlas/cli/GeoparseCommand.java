package org.articleatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.articleatlas.corpus.CorpusLoad;
import org.articleatlas.corpus.CorpusLoader;
import org.articleatlas.corpus.LoadProblem;
import org.articleatlas.gazetteer.GazetteerLoader;
import org.articleatlas.geodata.GeodataException;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerProblem;
import org.articleatlas.geodata.LayerSet;
import org.articleatlas.geoparse.GeoparseCsvWriter;
import org.articleatlas.geoparse.GeoparseGeoJsonWriter;
import org.articleatlas.geoparse.GeoparseResult;
import org.articleatlas.project.CorrectionApplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code geoparse [FILE...]}: the places and borders the articles name, as GeoJSON or CSV. */
@Command(name = "geoparse",
        mixinStandardHelpOptions = true,
        description = {
            "Finds the places and borders the articles name.",
            "Writes them to standard output as one GeoJSON FeatureCollection (or CSV, one row per "
                    + "mention). Without FILE, reads the seed articles."})
final class GeoparseCommand implements Callable<Integer> {

    enum Format { geojson, csv }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Article files: .txt, .md, .html or .htm.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "geojson",
            description = "geojson (default) or csv.")
    private Format format;

    @Mixin
    private ProjectOption project;

    @Mixin
    private GeodataFolders geodata;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!project.read(err)) {
            return AtlasCli.BAD_INPUT;
        }
        List<Path> articleFiles = project.articles(files);
        Optional<CorpusLoad> seeds = Optional.empty();
        if (articleFiles.isEmpty()) {
            seeds = ArticlesCommand.SeedArticles.load(err);
            if (seeds.isEmpty()) {
                return AtlasCli.BAD_INPUT;
            }
        }
        GazetteerLoader.readAhead(geodata.main());
        // The articles are read while the gazetteer loads: much of that start is one thread's work.
        CompletableFuture<CorpusLoad> reading = seeds.map(CompletableFuture::completedFuture)
                .orElseGet(() -> readInBackground(articleFiles));
        try (LayerSet layers = new LayerLoader(LayerLoader.Reading.WHEN_USED).open(geodata.folders())) {
            LoadedGeoparser.Parsing parsing;
            try {
                parsing = LoadedGeoparser.forProject(project, geodata.main(), layers);
            } catch (GeodataException e) {
                layers.problems().stream().map(LayerProblem::message).forEach(err::println);
                err.println(e.getMessage());
                return AtlasCli.BAD_INPUT;
            }
            CorpusLoad loaded = reading.join();
            GeoparseResult result = parsing.geoparser().parseAll(loaded.articles());
            CorrectionApplier.Corrected corrected = project.apply(result, parsing.gazetteer());
            result = corrected.result();
            List<String> correctionProblems = corrected.problems();
            if (format == Format.csv) {
                new GeoparseCsvWriter().write(result, out);
            } else {
                new GeoparseGeoJsonWriter().write(result, out);
            }
            loaded.problems().stream().map(LoadProblem::message).forEach(err::println);
            layers.problems().stream().map(LayerProblem::message).forEach(err::println);
            parsing.geoparser().dataProblems().forEach(err::println);
            correctionProblems.forEach(err::println);
            boolean bad = loaded.hasProblems() || !layers.problems().isEmpty()
                    || !parsing.geoparser().dataProblems().isEmpty() || !correctionProblems.isEmpty();
            return bad ? AtlasCli.BAD_INPUT : AtlasCli.OK;
        }
    }

    private static CompletableFuture<CorpusLoad> readInBackground(List<Path> files) {
        ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "article-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return CompletableFuture.supplyAsync(() -> new CorpusLoader().load(files), reader);
        } finally {
            reader.shutdown();
        }
    }
}
