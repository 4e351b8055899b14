package org.articleatlas.geodata.geojson;

import java.util.List;

/**
 * The members of one GeoJSON object as read, kept until the object ends because "type" may
 * come after "coordinates" or "geometry". Only the members GeoJSON gives meaning to are kept.
 */
final class RawObject {

    /** Set when a member is not what GeoJSON allows there; the object cannot be used as is. */
    String problem;

    boolean hasType;
    /** The "type" member when it is a string, else null. */
    String type;

    boolean hasId;
    /** The "id" member as text (strings as they are, numbers as written), else null. */
    String id;

    boolean hasGeometry;
    /** Null for {@code "geometry": null}. */
    RawObject geometry;

    /** A {@code Map} for an object; null when absent or null; anything else is kept to be reported. */
    Object properties;
    boolean hasProperties;

    boolean hasCoordinates;
    /** A {@link CoordinateTree} result. */
    Object coordinates;

    boolean hasGeometries;
    List<RawObject> geometries;

    boolean hasFeatures;
    boolean featuresIsArray;

    boolean hasCrs;
    Object crs;

    void problem(String reason) {
        if (problem == null) {
            problem = reason;
        }
    }

    /** A feature object around a bare geometry, so that both take the same road. */
    static RawObject featureOf(RawObject geometry) {
        RawObject feature = new RawObject();
        feature.hasType = true;
        feature.type = "Feature";
        feature.hasGeometry = true;
        feature.geometry = geometry;
        return feature;
    }
}
