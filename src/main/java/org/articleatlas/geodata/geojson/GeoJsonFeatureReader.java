package org.articleatlas.geodata.geojson;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.geotools.api.data.FeatureReader;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;

/**
 * Hands out new feature objects over the stored rows, so that a caller changing a feature's
 * attributes cannot change what the next caller reads.
 */
final class GeoJsonFeatureReader implements FeatureReader<SimpleFeatureType, SimpleFeature> {

    private final SimpleFeatureType featureType;
    private final Iterator<GeoJsonContent.Row> rows;
    private boolean closed;

    GeoJsonFeatureReader(SimpleFeatureType featureType, List<GeoJsonContent.Row> rows) {
        this.featureType = featureType;
        this.rows = rows.iterator();
    }

    @Override
    public SimpleFeatureType getFeatureType() {
        return featureType;
    }

    @Override
    public SimpleFeature next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more features in " + featureType.getTypeName());
        }
        GeoJsonContent.Row row = rows.next();
        return SimpleFeatureBuilder.build(featureType, row.values().clone(), row.id());
    }

    @Override
    public boolean hasNext() {
        return !closed && rows.hasNext();
    }

    @Override
    public void close() {
        closed = true;
    }
}
