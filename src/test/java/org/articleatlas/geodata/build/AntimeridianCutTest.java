package org.articleatlas.geodata.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.WKTReader;
import org.junit.jupiter.api.Test;

class AntimeridianCutTest {

    private final GeometryFactory factory = new GeometryFactory();
    private final AntimeridianCut cut = new AntimeridianCut(factory);

    private MultiPolygon wkt(String text) throws Exception {
        return (MultiPolygon) new WKTReader(factory).read(text);
    }

    @Test
    void aRingAcrossThe180thMeridianBecomesTwoPiecesThatDoNotCoverTheRestOfTheWorld() throws Exception {
        // 170°E to 170°W across the meridian, written as a spherical ring would be.
        MultiPolygon crossing = wkt("MULTIPOLYGON (((170 60, 179 60, -179 60, -170 60, -170 70, -179 70, 179 70, 170 70, 170 60)))");
        MultiPolygon result = cut.apply(crossing);
        assertThat(result.getNumGeometries()).isEqualTo(2);
        assertThat(result.getEnvelopeInternal().getMinX()).isCloseTo(-180, within(1e-9));
        assertThat(result.getEnvelopeInternal().getMaxX()).isCloseTo(180, within(1e-9));
        assertThat(result.covers(factory.createPoint(new Coordinate(175, 65)))).isTrue();
        assertThat(result.covers(factory.createPoint(new Coordinate(-175, 65)))).isTrue();
        assertThat(result.covers(factory.createPoint(new Coordinate(27, 65)))).as("northern Finland").isFalse();
        assertThat(result.getArea()).isCloseTo(20 * 10, within(1e-6));
    }

    @Test
    void leavesOtherPolygonsAndPolarRingsAlone() throws Exception {
        MultiPolygon plain = wkt("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)))");
        assertThat(cut.apply(plain)).isSameAs(plain);
        MultiPolygon polar = wkt("MULTIPOLYGON (((-180 -90, -90 -70, 0 -70, 90 -70, 180 -70, 180 -90, -180 -90)))");
        assertThat(cut.apply(polar)).isSameAs(polar);
    }
}
