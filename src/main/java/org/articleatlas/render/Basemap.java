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

    private final List<CountryShape> detailed;
    private final List<CountryShape> coarse;
    private final STRtree detailedParts;
    private final STRtree coarseParts;
    private final STRtree borderLines;

    public Basemap(List<CountryShape> detailed, List<CountryShape> coarse, List<Geometry> borders) {
        this.detailed = List.copyOf(detailed);
        this.coarse = List.copyOf(coarse);
        this.detailedParts = partIndex(detailed);
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
        List<Layer> countries = layers.allOf(LayerKind.COUNTRIES);
        if (countries.isEmpty()) {
            throw new GeodataException("geodata: no countries layer could be opened to draw the basemap");
        }
        List<CountryShape> detailed = countries(countries.get(0));
        List<CountryShape> coarse = countries.size() > 1 ? countries(countries.get(countries.size() - 1)) : detailed;
        List<Geometry> borders = new ArrayList<>();
        Optional<Layer> borderLayer = layers.firstOf(LayerKind.BORDERS);
        if (borderLayer.isPresent()) {
            read(borderLayer.get(), f -> Optional.ofNullable((Geometry) f.getDefaultGeometry()).ifPresent(borders::add));
        }
        return new Basemap(detailed, coarse, borders);
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
        return detailedLevel ? detailed : coarse;
    }

    @SuppressWarnings("unchecked")
    List<Part> partsIn(Envelope box, boolean detailedLevel) {
        return (detailedLevel ? detailedParts : coarseParts).query(box);
    }

    @SuppressWarnings("unchecked")
    List<Geometry> bordersIn(Envelope box) {
        return borderLines.query(box);
    }
}
