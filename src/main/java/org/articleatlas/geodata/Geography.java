package org.articleatlas.geodata;

import java.io.IOException;
import org.geotools.api.data.SimpleFeatureSource;

/** The spatial questions a teacher asks, answered from the countries and borders layers and the official lengths. */
public final class Geography {

    private final CountryIndex countries;
    private final BorderIndex borders;
    private final OfficialBorderLengths officialLengths;

    public Geography(CountryIndex countries, BorderIndex borders, OfficialBorderLengths officialLengths) {
        this.countries = countries;
        this.borders = borders;
        this.officialLengths = officialLengths;
    }

    /**
     * From the first countries layer and the first borders layer of {@code layers}, in catalog order
     * (the catalog lists the most detailed first).
     *
     * @throws GeodataException when either layer is missing or unreadable
     */
    public static Geography from(LayerSet layers, OfficialBorderLengths officialLengths) throws GeodataException {
        Layer countryLayer = layers.firstOf(LayerKind.COUNTRIES)
                .orElseThrow(() -> new GeodataException("geodata: no countries layer could be opened"));
        Layer borderLayer = layers.firstOf(LayerKind.BORDERS)
                .orElseThrow(() -> new GeodataException("geodata: no borders layer could be opened"));
        return new Geography(index(countryLayer, CountryIndex::of), index(borderLayer, BorderIndex::of),
                officialLengths);
    }

    private interface IndexBuilder<T> {
        T build(SimpleFeatureSource source) throws IOException;
    }

    private static <T> T index(Layer layer, IndexBuilder<T> builder) throws GeodataException {
        try {
            return builder.build(layer.features());
        } catch (IOException | RuntimeException e) {
            throw new GeodataException(layer.file() + ": " + e.getMessage(), e);
        }
    }

    public CountryIndex countries() {
        return countries;
    }

    public BorderIndex borders() {
        return borders;
    }

    public OfficialBorderLengths officialLengths() {
        return officialLengths;
    }
}
