package org.articleatlas.geodata;

import java.util.Optional;
import org.geotools.api.feature.simple.SimpleFeature;

/** Reads typed attribute values of a feature, tolerating layers that lack a column. */
final class Features {

    private Features() {
    }

    static Optional<String> string(SimpleFeature feature, String attribute) {
        if (feature.getFeatureType().getDescriptor(attribute) == null) {
            return Optional.empty();
        }
        Object value = feature.getAttribute(attribute);
        return value == null ? Optional.empty() : Optional.of(value.toString()).filter(s -> !s.isBlank());
    }

    static Optional<Double> number(SimpleFeature feature, String attribute) {
        if (feature.getFeatureType().getDescriptor(attribute) == null) {
            return Optional.empty();
        }
        Object value = feature.getAttribute(attribute);
        return value instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
    }
}
