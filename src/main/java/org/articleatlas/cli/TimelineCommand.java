package org.articleatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.articleatlas.context.TimelineBuilder;
import org.articleatlas.context.TimelineJson;
import org.articleatlas.corpus.CorpusLoad;
import org.articleatlas.corpus.LoadProblem;
import org.articleatlas.geodata.GeodataException;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerProblem;
import org.articleatlas.geodata.LayerSet;
import org.articleatlas.geoparse.GeoparseResult;
import org.articleatlas.project.CorrectionApplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code timeline [FILE...]}: the dated events of the articles, earliest first, as JSON. */
@Command(name = "timeline",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the dates the articles write, as JSON.",
            "The dates and periods the articles write (French or English), earliest first, each with "
                    + "the days it covers, its precision, how it was dated (as written, from the year the text "
                    + "speaks of, or from the article's date), its sentence and the places of that sentence. "
                    + "Without FILE, reads the project's articles (--project) or the seed articles."})
final class TimelineCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Article files: .txt, .md, .html or .htm.")
    private List<Path> files = new ArrayList<>();

    @Mixin
    private GeodataFolders geodata;

    @Mixin
    private ProjectOption project;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!project.read(err)) {
            return AtlasCli.BAD_INPUT;
        }
        Optional<CorpusLoad> loaded = project.loadArticles(files, err);
        if (loaded.isEmpty()) {
            return AtlasCli.BAD_INPUT;
        }
        try (LayerSet layers = new LayerLoader(LayerLoader.Reading.WHEN_USED).open(geodata.folders())) {
            CachedReading reading;
            try {
                reading = CachedReading.read(loaded.get().articles(), geodata.main(), layers, project.needsGazetteer(),
                        CachedReading.defaultGeoparser(geodata.main(), layers));
            } catch (GeodataException e) {
                layers.problems().stream().map(LayerProblem::message).forEach(err::println);
                err.println(e.getMessage());
                return AtlasCli.BAD_INPUT;
            }
            CorrectionApplier.Corrected corrected = project.apply(reading.result(), reading.gazetteer());
            GeoparseResult result = corrected.result();
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(json.writeValueAsString(TimelineJson.of(new TimelineBuilder().build(result))));
            loaded.get().problems().stream().map(LoadProblem::message).forEach(err::println);
            layers.problems().stream().map(LayerProblem::message).forEach(err::println);
            corrected.problems().forEach(err::println);
            return loaded.get().hasProblems() || !layers.problems().isEmpty() || !corrected.problems().isEmpty()
                    ? AtlasCli.BAD_INPUT : AtlasCli.OK;
        }
    }
}
