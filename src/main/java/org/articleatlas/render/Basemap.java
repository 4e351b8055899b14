package org.articleatlas.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.articleatlas.geodata.GeodataException;
import org.articleatlas.geodata.Layer;
import org.articleatlas.geodata.LayerKind;
import org.articleatlas.geodata.LayerSet;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.Language;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;

/**
 * What the basemap is drawn from: the countries at two levels of detail (with their names and
 * label points) and the international land borders, indexed for the part in view. Read once,
 * then shared by every tile and export; thread-safe.
 */
public final class Basemap {

    /** One country of the countries layer. {@code labelPoint} is where its name goes; {@code area} in square degrees. */
    public record CountryShape(String code, String nameEn, String nameFr, Geometry geometry, GeoPoint labelPoint,
            double area) {

        public String name(Language language) {
            return language == Language.FRENCH ? nameFr : nameEn;
        }
    }

    /** The detailed level and its index, made once, on first use when the basemap was read {@linkplain #readDetailWhenUsed that way}. */
    private record Level(List<CountryShape> countries, STRtree parts) {
        static Level of(List<CountryShape> countries) {
            return new Level(List.copyOf(countries), partIndex(countries));
        }
    }

    private final Supplier<Level> detailed;
    private final List<CountryShape> coarse;
    private final STRtree coarseParts;
    private final STRtree borderLines;
    private volatile boolean detailRead;

    public Basemap(List<CountryShape> detailed, List<CountryShape> coarse, List<Geometry> borders) {
        this(Suppliers.ofInstance(Level.of(detailed)), coarse, borders);
        detailRead = true;
    }

    private Basemap(Supplier<Level> detailed, List<CountryShape> coarse, List<Geometry> borders) {
        this.detailed = detailed;
        this.coarse = List.copyOf(coarse);
        this.coarseParts = partIndex(coarse);
        this.borderLines = new STRtree();
        for (Geometry border : borders) {
            for (int i = 0; i < border.getNumGeometries(); i++) {
                Geometry part = border.getGeometryN(i);
                if (!part.isEmpty()) {
                    borderLines.insert(part.getEnvelopeInternal(), part);
                }
            }
        }
        borderLines.build();
    }

    /**
     * The first countries layer (most detailed), the last one (for small scales) and the first
     * borders layer of {@code layers}; a missing borders layer only means no border lines.
     */
    public static Basemap read(LayerSet layers) throws GeodataException {
        Basemap basemap = readDetailWhenUsed(layers);
        try {
            basemap.readDetail();
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof GeodataException cause) {
                throw cause;
            }
            throw e;
        }
        return basemap;
    }

    /**
     * As {@link #read}, but the detailed level, drawn only from {@link BasemapRenderer#DETAILED_FROM_ZOOM}
     * on and by far the largest layer, is read on first use ({@link #readDetail()} or a drawing that needs
     * it), from {@code layers}, which must stay open until then: a window whose first view is at a small
     * scale shows it without waiting for the detail.
     */
    public static Basemap readDetailWhenUsed(LayerSet layers) throws GeodataException {
        List<Layer> countries = layers.allOf(LayerKind.COUNTRIES);
        if (countries.isEmpty()) {
            throw new GeodataException("geodata: no countries layer could be opened to draw the basemap");
        }
        List<Geometry> borders = new ArrayList<>();
        Optional<Layer> borderLayer = layers.firstOf(LayerKind.BORDERS);
        if (borderLayer.isPresent()) {
            read(borderLayer.get(), f -> Optional.ofNullable((Geometry) f.getDefaultGeometry()).ifPresent(borders::add));
        }
        if (countries.size() == 1) {
            // One level only: it is the coarse one too, read now.
            List<CountryShape> only = countries(countries.get(0));
            return new Basemap(only, only, borders);
        }
        List<CountryShape> coarse = countries(countries.get(countries.size() - 1));
        Layer detailLayer = countries.get(0);
        return new Basemap(Suppliers.memoize(() -> {
            try {
                return Level.of(countries(detailLayer));
            } catch (GeodataException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }), coarse, borders);
    }

    /** Reads the detailed level now if it is not read yet; blocks until it is. */
    public void readDetail() {
        detailed.get();
        detailRead = true;
    }

    /** Whether the detailed level has been read (always, for a basemap not read {@linkplain #readDetailWhenUsed that way}). */
    boolean hasDetail() {
        return detailRead;
    }

    private interface FeatureSink {
        void accept(SimpleFeature feature);
    }

    private static void read(Layer layer, FeatureSink sink) throws GeodataException {
        try (SimpleFeatureIterator it = layer.features().getFeatures().features()) {
            while (it.hasNext()) {
                sink.accept(it.next());
            }
        } catch (IOException | RuntimeException e) {
            throw new GeodataException(layer.file() + ": " + e.getMessage(), e);
        }
    }

    private static List<CountryShape> countries(Layer layer) throws GeodataException {
        List<CountryShape> out = new ArrayList<>();
        read(layer, f -> {
            Geometry geometry = (Geometry) f.getDefaultGeometry();
            if (geometry == null || geometry.isEmpty()) {
                return;
            }
            String code = text(f, "iso_a2").or(() -> text(f, "id")).orElse(f.getID());
            String nameEn = text(f, "name_en").orElse(code);
            String nameFr = text(f, "name_fr").orElse(nameEn);
            Optional<Double> lon = number(f, "label_lon");
            Optional<Double> lat = number(f, "label_lat");
            GeoPoint label;
            if (lon.isPresent() && lat.isPresent()) {
                label = new GeoPoint(lat.get(), lon.get());
            } else {
                Coordinate c = InteriorPointArea.getInteriorPoint(largestPart(geometry));
                label = new GeoPoint(c.y, c.x);
            }
            out.add(new CountryShape(code, nameEn, nameFr, geometry, label, geometry.getArea()));
        });
        return out;
    }

    static Geometry largestPart(Geometry geometry) {
        Geometry largest = geometry.getGeometryN(0);
        for (int i = 1; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i).getArea() > largest.getArea()) {
                largest = geometry.getGeometryN(i);
            }
        }
        return largest;
    }

    private static Optional<String> text(SimpleFeature f, String name) {
        Object value = f.getProperty(name) == null ? null : f.getAttribute(name);
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
    }

    private static Optional<Double> number(SimpleFeature f, String name) {
        Object value = f.getProperty(name) == null ? null : f.getAttribute(name);
        if (value instanceof Number n) {
            return Optional.of(n.doubleValue());
        }
        try {
            return value == null ? Optional.empty() : Optional.of(Double.parseDouble(value.toString()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static STRtree partIndex(List<CountryShape> countries) {
        STRtree tree = new STRtree();
        for (CountryShape country : countries) {
            for (int i = 0; i < country.geometry().getNumGeometries(); i++) {
                Geometry part = country.geometry().getGeometryN(i);
                if (!part.isEmpty()) {
                    tree.insert(part.getEnvelopeInternal(), new Part(country, part));
                }
            }
        }
        tree.build();
        return tree;
    }

    /** One polygon of a country, as the index holds it. */
    record Part(CountryShape country, Geometry polygon) {
    }

    public List<CountryShape> countries(boolean detailedLevel) {
        if (detailedLevel) {
            readDetail();
            return detailed.get().countries();
        }
        return coarse;
    }

    @SuppressWarnings("unchecked")
    List<Part> partsIn(Envelope box, boolean detailedLevel) {
        if (detailedLevel) {
            readDetail();
            return detailed.get().parts().query(box);
        }
        return coarseParts.query(box);
    }

    @SuppressWarnings("unchecked")
    List<Geometry> bordersIn(Envelope box) {
        return borderLines.query(box);
    }
}
