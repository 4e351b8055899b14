package org.articleatlas.geodata.build;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One polygonal geometry of a TopoJSON object, still as references into the topology's arcs.
 *
 * @param id         the geometry's {@code id} member, absent for some Natural Earth entities
 * @param properties its {@code properties}, as text
 * @param polygons   polygons, each a list of rings (exterior first), each ring a list of arc
 *                   references: {@code i} is arc i, {@code ~i} (that is, {@code -i-1}) is arc i reversed
 */
public record TopoGeometry(Optional<String> id, Map<String, String> properties, List<List<int[]>> polygons) {

    public TopoGeometry {
        properties = Map.copyOf(properties);
        polygons = polygons.stream().map(List::copyOf).toList();
    }

    public Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    /** The index of the arc a reference points at, whichever way it is walked. */
    public static int arcIndex(int reference) {
        return reference < 0 ? ~reference : reference;
    }
}
