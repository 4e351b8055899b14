package org.articleatlas.geodata.geojson;

import java.io.IOException;
import java.util.List;
import org.geotools.api.data.FeatureReader;
import org.geotools.api.data.Query;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.filter.Filter;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.data.store.ContentEntry;
import org.geotools.data.store.ContentFeatureSource;
import org.geotools.filter.visitor.ExtractBoundsFilterVisitor;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The features of one GeoJSON file. Filtering, sorting, paging and reprojection are left to
 * GeoTools, which wraps our reader; we only narrow spatial queries to the candidates whose
 * envelopes meet the filter's area.
 */
public class GeoJsonFeatureSource extends ContentFeatureSource {

    GeoJsonFeatureSource(ContentEntry entry, GeoJsonDataStore store) {
        super(entry, Query.ALL);
    }

    @Override
    public GeoJsonDataStore getDataStore() {
        return (GeoJsonDataStore) super.getDataStore();
    }

    @Override
    protected SimpleFeatureType buildFeatureType() throws IOException {
        return getDataStore().content().featureType();
    }

    @Override
    protected ReferencedEnvelope getBoundsInternal(Query query) throws IOException {
        if (isWholeLayer(query) && query.getCoordinateSystemReproject() == null) {
            return getDataStore().content().bounds();
        }
        // GeoTools answers null ("too costly") otherwise; our features are in memory, so walk
        // the reader GeoTools filters, pages and reprojects for us.
        try (FeatureReader<SimpleFeatureType, SimpleFeature> reader = getReader(query)) {
            ReferencedEnvelope bounds =
                    new ReferencedEnvelope(reader.getFeatureType().getCoordinateReferenceSystem());
            while (reader.hasNext()) {
                Object geometry = reader.next().getDefaultGeometry();
                if (geometry instanceof Geometry g) {
                    bounds.expandToInclude(g.getEnvelopeInternal());
                }
            }
            return bounds;
        }
    }

    @Override
    protected int getCountInternal(Query query) throws IOException {
        if (isWholeLayer(query)) {
            return getDataStore().content().rows().size();
        }
        // GeoTools answers -1 ("too costly") otherwise; counting in memory is cheap.
        int count = 0;
        try (FeatureReader<SimpleFeatureType, SimpleFeature> reader = getReader(query)) {
            while (reader.hasNext()) {
                reader.next();
                count++;
            }
        }
        return count;
    }

    private static boolean isWholeLayer(Query query) {
        Filter filter = query.getFilter();
        return (filter == null || filter == Filter.INCLUDE) && query.getStartIndex() == null
                && query.isMaxFeaturesUnlimited();
    }

    @Override
    protected FeatureReader<SimpleFeatureType, SimpleFeature> getReaderInternal(Query query) throws IOException {
        GeoJsonContent content = getDataStore().content();
        return new GeoJsonFeatureReader(content.featureType(), candidates(content, query.getFilter()));
    }

    /**
     * A superset of the features the filter can match. Whenever the filter's area is not
     * plainly a finite longitude/latitude box, all features are candidates: a missed feature
     * would be a silent error, an extra one only costs a test.
     */
    private static List<GeoJsonContent.Row> candidates(GeoJsonContent content, Filter filter) {
        if (filter == null || filter == Filter.INCLUDE) {
            return content.rows();
        }
        Object area;
        try {
            area = filter.accept(ExtractBoundsFilterVisitor.BOUNDS_VISITOR, null);
        } catch (RuntimeException e) {
            return content.rows(); // a filter the visitor does not understand: GeoTools still can
        }
        if (!(area instanceof Envelope envelope) || envelope.isNull() || !isFinite(envelope)) {
            return content.rows();
        }
        if (envelope instanceof ReferencedEnvelope referenced) {
            CoordinateReferenceSystem crs = referenced.getCoordinateReferenceSystem();
            if (crs != null && !CRS.equalsIgnoreMetadata(crs, DefaultGeographicCRS.WGS84)) {
                return content.rows();
            }
        }
        return content.rowsMeeting(envelope);
    }

    private static boolean isFinite(Envelope envelope) {
        return Double.isFinite(envelope.getMinX()) && Double.isFinite(envelope.getMaxX())
                && Double.isFinite(envelope.getMinY()) && Double.isFinite(envelope.getMaxY());
    }
}
