package org.articleatlas.ui.context;

import java.nio.file.Path;
import java.util.List;
import org.articleatlas.context.NamedRegions;
import org.articleatlas.gazetteer.Gazetteer;
import org.articleatlas.geodata.GeodataException;
import org.articleatlas.geodata.Geography;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geodata.LayerSet;
import org.articleatlas.geodata.OfficialBorderLengths;

/**
 * What place cards and a project's re-assignments need besides the reading itself: the countries and
 * borders, the gazetteer and the named regions, all held in memory once read (the layers are closed).
 */
public record ContextSources(Geography geography, Gazetteer gazetteer, NamedRegions regions) {

    /**
     * Reads the countries, borders and regions, with the gazetteer the window's geoparser was built
     * with: read once, not again for the cards. Slow (a second or two): call it off the FX thread.
     */
    public static ContextSources load(Path geodata, Gazetteer gazetteer) throws GeodataException {
        try (LayerSet layers = new LayerLoader(LayerLoader.Reading.WHEN_USED).open(List.of(geodata))) {
            return load(layers, geodata, gazetteer);
        }
    }

    /** The same from layers of {@code geodata} already open, which other readers share (they stay open). */
    public static ContextSources load(LayerSet layers, Path geodata, Gazetteer gazetteer) throws GeodataException {
        Geography geography = Geography.from(layers, OfficialBorderLengths.read(geodata));
        return new ContextSources(geography, gazetteer, NamedRegions.from(layers));
    }
}
