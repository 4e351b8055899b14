package org.articleatlas.geodata.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * A GeoJSON Feature about to be written: properties keep their insertion order, so that files
 * read the same from one build to the next; a property may be null.
 */
public record OutputFeature(String id, Map<String, Object> properties, Geometry geometry) {

    public OutputFeature {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
