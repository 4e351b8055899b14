package org.articleatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.articleatlas.geodata.Layer;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerProblem;
import org.articleatlas.geodata.LayerSet;
import org.geotools.api.data.Query;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code layers [--geodata DIR]}: one tab-separated line per layer. */
@Command(name = "layers",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the geodata layers, one line each.",
            "Tab-separated columns: name, file, features, geometry type, CRS, bounds (min lon,min "
                    + "lat,max lon,max lat). A layer that cannot be opened is named on standard error with the "
                    + "reason; the others are still listed, and the exit code is 1."})
final class LayersCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private GeodataFolders geodata;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (LayerSet layers = new LayerLoader().open(geodata.folders())) {
            for (Layer layer : layers.layers()) {
                SimpleFeatureType schema = layer.features().getSchema();
                ReferencedEnvelope bounds = layer.features().getBounds();
                out.println(String.join("\t",
                        layer.name(),
                        UserPaths.display(layer.file()),
                        Integer.toString(layer.features().getCount(Query.ALL)),
                        schema.getGeometryDescriptor() == null ? "none"
                                : schema.getGeometryDescriptor().getType().getBinding().getSimpleName(),
                        describe(schema.getCoordinateReferenceSystem()),
                        bounds == null || bounds.isEmpty() ? "empty" : String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%.4f",
                                bounds.getMinX(), bounds.getMinY(), bounds.getMaxX(), bounds.getMaxY())));
            }
            for (Layer layer : layers.layers()) {
                layer.warnings().forEach(err::println);
            }
            for (LayerProblem problem : layers.problems()) {
                err.println(problem.message());
            }
            return layers.problems().isEmpty() ? AtlasCli.OK : AtlasCli.BAD_INPUT;
        }
    }

    /** Names WGS84 without asking the EPSG database, whose first look-up costs a second. */
    private static String describe(CoordinateReferenceSystem crs) {
        if (crs == null) {
            return "unknown";
        }
        if (CRS.equalsIgnoreMetadata(crs, DefaultGeographicCRS.WGS84)) {
            return "EPSG:4326 (lon/lat)";
        }
        return crs.getName().toString();
    }
}
