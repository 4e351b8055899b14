package org.articleatlas.gazetteer.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Admin1TableTest {

    private static SourceCity city(long id, String code, long population, double lat, double lon) {
        return new SourceCity(id, "c" + id, "", "RU", code, "68", population, lat, lon);
    }

    @Test
    void placesTheRegionInTheMiddleOfItsTownsNotAtItsSeat() {
        Admin1Table.Point p = Admin1Table.representativePoint(List.of(
                city(1, "PPLA", 900_000, 58, -134),
                city(2, "PPL", 5_000, 71, -157),
                city(3, "PPL", 50_000, 61, -150)));
        assertThat(p.from()).isEqualTo("extent");
        assertThat(p.lat()).isCloseTo(64.5, within(1e-9));
        assertThat(p.lon()).isCloseTo(-145.5, within(1e-9));
    }

    @Test
    void takesTheShortWayRoundAcrossThe180thMeridian() {
        Admin1Table.Point p = Admin1Table.representativePoint(List.of(
                city(1, "PPL", 1_000, 64, 177),
                city(2, "PPL", 1_000, 66, -173),
                city(3, "PPL", 1_000, 69, 170)));
        assertThat(p.lon()).isCloseTo(178.5, within(1e-9));
        assertThat(p.lat()).isCloseTo(66.5, within(1e-9));
    }

    @Test
    void aRegionOfOneTownIsThatTown() {
        Admin1Table.Point p = Admin1Table.representativePoint(List.of(city(1, "PPLC", 10_000_000, 55.75, 37.62)));
        assertThat(p).isEqualTo(new Admin1Table.Point(55.75, 37.62, "extent"));
    }

    @Test
    void aListedReferenceCentreReplacesTheTownsExtent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("admin1-points.tsv");
        Files.writeString(file, "# comment\nRU\t68\t43.0\t44.3\tan atlas, page 12\n");
        Map<String, Admin1Table.Point> points = Admin1Table.readReferencePoints(file);
        GeoNamesCatalog none = new GeoNamesCatalog("en", MessageCatalog.of(Map.of()));
        List<List<String>> rows = new Admin1Table(none, none, points).rows(List.of(
                city(1, "PPLA", 300_000, 43.02, 44.68), city(2, "PPL", 5_000, 43.6, 44.0)));
        int lat = Admin1Table.HEADER.indexOf("lat");
        assertThat(rows.get(0).subList(lat, lat + 3)).containsExactly("43.00000", "44.30000", "reference");
    }

    @Test
    void aReferenceLineWithoutSourceIsRefusedWithItsLineNumber(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("admin1-points.tsv");
        Files.writeString(file, "RU\t68\t43.0\t44.3\t\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Admin1Table.readReferencePoints(file))
                .hasMessageContaining("admin1-points.tsv:1").hasMessageContaining("source");
    }
}
