package org.articleatlas.benchmarks;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.articleatlas.gazetteer.Gazetteer;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.gazetteer.GazetteerLoader;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerSet;

/** Writes every gazetteer name, one a line, for the grep that the geoparse benchmark compares with. */
public final class GazetteerNames {

    private GazetteerNames() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        try (LayerSet layers = new LayerLoader(LayerLoader.Reading.WHEN_USED).open(List.of(Path.of("geodata")))) {
            Gazetteer gazetteer = new GazetteerLoader().load(Path.of("geodata"), layers);
            TreeSet<String> names = new TreeSet<>();
            for (GazetteerEntry e : gazetteer.entries()) {
                names.addAll(e.names());
            }
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (String name : names) {
                    if (!name.isBlank() && name.indexOf('\n') < 0) {
                        w.write(name);
                        w.newLine();
                    }
                }
            }
        }
    }
}
