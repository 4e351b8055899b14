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
import org.articleatlas.context.NamedRegions;
import org.articleatlas.context.PlaceCardBuilder;
import org.articleatlas.context.PointContextFinder;
import org.articleatlas.corpus.CorpusLoad;
import org.articleatlas.corpus.LoadProblem;
import org.articleatlas.gazetteer.Gazetteer;
import org.articleatlas.gazetteer.GazetteerLoader;
import org.articleatlas.geoparse.GeoparseOptions;
import org.articleatlas.geoparse.Geoparser;
import org.articleatlas.geodata.Border;
import org.articleatlas.geodata.GeodataException;
import org.articleatlas.geodata.Geography;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerProblem;
import org.articleatlas.geodata.LayerSet;
import org.articleatlas.geodata.OfficialBorderLengths;
import org.articleatlas.project.CorrectionApplier;
import org.articleatlas.model.GeoPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code context LAT LON [--border A B]}: what the geodata says about a point, as JSON;
 * {@code context PLACE-ID [FILE...]}: the card of a place of the articles, as JSON.
 */
@Command(name = "context",
        mixinStandardHelpOptions = true,
        description = {
            "Tells what the geodata says about a point or a place, as JSON.",
            "context LAT LON: the point's country, the country's neighbours, the nearest "
                    + "international border and its distance; with --border, that border's measured and "
                    + "official lengths.",
            "context PLACE-ID [FILE...]: the card of a place as geoparse names it "
                    + "(landmark:kant-air-base, geonames:1221874, country:TJ): country, first-level region, "
                    + "nearest city, nearest border, distance to every border the articles name, distances to "
                    + "the article's other places, neighbours, regions, excerpts. Without FILE, the articles "
                    + "are the project's (--project) or the seeds.",
            "Examples: context 38.5598 68.7870 --border AF TJ; context landmark:kant-air-base"})
final class ContextCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "LAT LON | PLACE-ID [FILE...]",
            description = "A point (latitude and longitude in degrees, north and east positive) or a place id"
                    + " followed by article files.")
    private List<String> arguments = new ArrayList<>();

    @Option(names = "--border", arity = "2", paramLabel = "COUNTRY",
            description = "Two ISO alpha-2 codes, e.g. --border AF TJ; repeat it for several borders"
                    + " (reported as \"borders\").")
    private String[] border;

    @Mixin
    private GeodataFolders geodata;

    @Mixin
    private ProjectOption project;

    @Override
    public Integer call() throws IOException {
        if (arguments.size() == 2 && isNumber(arguments.get(0)) && isNumber(arguments.get(1))) {
            return point(Double.parseDouble(arguments.get(0)), Double.parseDouble(arguments.get(1)));
        }
        if (isNumber(arguments.get(0))) {
            throw new ParameterException(spec.commandLine(), "a point needs two numbers, LAT LON; got: "
                    + String.join(" ", arguments));
        }
        if (border != null) {
            throw new ParameterException(spec.commandLine(), "--border goes with LAT LON, not with a place id");
        }
        if (!project.read(spec.commandLine().getErr())) {
            return AtlasCli.BAD_INPUT;
        }
        return place(arguments.get(0), arguments.subList(1, arguments.size()).stream().map(Path::of).toList());
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private Integer place(String id, List<Path> files) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<CorpusLoad> loaded = project.loadArticles(files, err);
        if (loaded.isEmpty()) {
            return AtlasCli.BAD_INPUT;
        }
        try (LayerSet layers = new LayerLoader(LayerLoader.Reading.WHEN_USED).open(geodata.folders())) {
            PlaceCardBuilder cards;
            List<String> correctionProblems;
            try {
                Geography geography = Geography.from(layers, OfficialBorderLengths.read(geodata.main()));
                Gazetteer gazetteer = new GazetteerLoader().load(geodata.main(), layers);
                if (gazetteer.byId(id).isEmpty()) {
                    err.println(id + ": no such place in the gazetteer (use an id as geoparse prints it,"
                            + " e.g. landmark:kant-air-base, geonames:1221874, country:TJ)");
                    return AtlasCli.BAD_INPUT;
                }
                CachedReading reading = CachedReading.read(loaded.get().articles(), geodata.main(), layers, false,
                        unused -> new Geoparser(gazetteer, geography.borders(), GeoparseOptions.defaults()));
                CorrectionApplier.Corrected corrected = project.apply(reading.result(), Optional.of(gazetteer));
                correctionProblems = corrected.problems();
                cards = new PlaceCardBuilder(geography, gazetteer, NamedRegions.from(layers), corrected.result());
            } catch (GeodataException e) {
                layers.problems().stream().map(LayerProblem::message).forEach(err::println);
                err.println(e.getMessage());
                return AtlasCli.BAD_INPUT;
            }
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(json.writeValueAsString(cards.cardFor(id).orElseThrow()));
            loaded.get().problems().stream().map(LoadProblem::message).forEach(err::println);
            layers.problems().stream().map(LayerProblem::message).forEach(err::println);
            correctionProblems.forEach(err::println);
            return loaded.get().hasProblems() || !layers.problems().isEmpty() || !correctionProblems.isEmpty()
                    ? AtlasCli.BAD_INPUT : AtlasCli.OK;
        }
    }

    private Integer point(double lat, double lon) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GeoPoint point;
        try {
            point = new GeoPoint(lat, lon);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (LayerSet layers = new LayerLoader(LayerLoader.Reading.WHEN_USED).open(geodata.folders())) {
            layers.problems().stream().map(LayerProblem::message).forEach(err::println);
            Geography geography;
            try {
                geography = Geography.from(layers, OfficialBorderLengths.read(geodata.main()));
            } catch (GeodataException e) {
                err.println(e.getMessage());
                return AtlasCli.BAD_INPUT;
            }
            List<Border> asked = new ArrayList<>();
            // picocli gathers every --border pair into one array, two codes a pair
            for (int i = 0; border != null && i < border.length; i += 2) {
                Optional<Border> found = geography.borders().between(border[i], border[i + 1]);
                if (found.isEmpty()) {
                    err.println("--border " + border[i] + " " + border[i + 1] + ": these two countries share no land"
                            + " border in the borders layer");
                    return AtlasCli.BAD_INPUT;
                }
                asked.add(found.get());
            }
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(json.writeValueAsString(new PointContextFinder(geography).at(point, asked)));
            return layers.problems().isEmpty() ? AtlasCli.OK : AtlasCli.BAD_INPUT;
        }
    }
}
