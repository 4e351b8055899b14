package org.articleatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.articleatlas.context.PointContextFinder;
import org.articleatlas.geodata.Border;
import org.articleatlas.geodata.GeodataException;
import org.articleatlas.geodata.Geography;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerProblem;
import org.articleatlas.geodata.LayerSet;
import org.articleatlas.geodata.OfficialBorderLengths;
import org.articleatlas.model.GeoPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code context LAT LON [--border A B]}: what the geodata says about a point, as JSON. */
@Command(name = "context",
        mixinStandardHelpOptions = true,
        description = {
            "Prints JSON about a point: its country, the country's neighbours, the nearest international",
            "border and its distance; with --border, that border's measured and official lengths.",
            "Example: context 38.5598 68.7870 --border AF TJ"})
final class ContextCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LAT", description = "Latitude in degrees, north positive.")
    private double lat;

    @Parameters(index = "1", paramLabel = "LON", description = "Longitude in degrees, east positive.")
    private double lon;

    @Option(names = "--border", arity = "2", paramLabel = "COUNTRY",
            description = "Two ISO alpha-2 codes, e.g. --border AF TJ.")
    private String[] border;

    @Mixin
    private GeodataFolders geodata;

    @Override
    public Integer call() throws IOException {
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
            Optional<Border> asked = Optional.empty();
            if (border != null) {
                asked = geography.borders().between(border[0], border[1]);
                if (asked.isEmpty()) {
                    err.println("--border " + border[0] + " " + border[1] + ": these two countries share no land border"
                            + " in the borders layer");
                    return AtlasCli.BAD_INPUT;
                }
            }
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(json.writeValueAsString(new PointContextFinder(geography).at(point, asked)));
            return layers.problems().isEmpty() ? AtlasCli.OK : AtlasCli.BAD_INPUT;
        }
    }
}
