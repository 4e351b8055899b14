package org.articleatlas.context;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.articleatlas.geodata.GeodataException;
import org.articleatlas.geodata.Layer;
import org.articleatlas.geodata.LayerKind;
import org.articleatlas.geodata.LayerSet;
import org.articleatlas.model.GeoPoint;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The named regions of the regions layers (Central Asia, the North Caucasus) as areas, to tell
 * which of them a point lies in. Membership is by area, not by country: Moscow is in Russia but
 * not in the North Caucasus.
 */
public final class NamedRegions {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    record Area(PlaceCard.RegionRef ref, PreparedGeometry geometry) {
    }

    private final List<Area> areas;

    NamedRegions(List<Area> areas) {
        this.areas = List.copyOf(areas);
    }

    public static NamedRegions none() {
        return new NamedRegions(List.of());
    }

    /** @throws GeodataException naming the file, when a regions layer cannot be read */
    public static NamedRegions from(LayerSet layers) throws GeodataException {
        List<Area> areas = new ArrayList<>();
        for (Layer layer : layers.allOf(LayerKind.REGIONS)) {
            try (SimpleFeatureIterator it = layer.features().getFeatures().features()) {
                while (it.hasNext()) {
                    SimpleFeature f = it.next();
                    if (f.getDefaultGeometry() instanceof Geometry g && !g.isEmpty()) {
                        String raw = text(f, "id", f.getID());
                        String id = raw.contains(":") ? raw : "region:" + raw;
                        String en = text(f, "name_en", text(f, "name", raw));
                        areas.add(new Area(new PlaceCard.RegionRef(id, en, text(f, "name_fr", en)),
                                PreparedGeometryFactory.prepare(g)));
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new GeodataException(layer.file() + ": " + e.getMessage(), e);
            }
        }
        return new NamedRegions(areas);
    }

    /** The regions whose area holds the point, in layer order. */
    public List<PlaceCard.RegionRef> containing(GeoPoint p) {
        var point = GEOMETRY.createPoint(new Coordinate(p.lon(), p.lat()));
        return areas.stream().filter(a -> a.geometry().covers(point)).map(Area::ref).toList();
    }

    private static String text(SimpleFeature f, String name, String fallback) {
        if (f.getFeatureType().getDescriptor(name) == null || f.getAttribute(name) == null
                || f.getAttribute(name).toString().isBlank()) {
            return fallback;
        }
        return f.getAttribute(name).toString().strip();
    }
}
