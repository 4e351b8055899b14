package org.articleatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GroupedKilometresTest {

    private static void sameAsFormatter(double km) {
        assertThat(PlaceResolver.groupedKilometres(km)).as("%s", km).isEqualTo(String.format(Locale.ROOT, "%,.0f", km));
    }

    @Test
    void writesWhatTheFormatterWritesAtTiesAndGroupBoundaries() {
        double[] values = {0, -0.0, 0.4, 0.5, 0.49999999999999994, 1.5, 2.5, 999.4, 999.5, 1000, 1234.5, 99_999.5,
            999_999.5, 1_000_000, 12_345_678.9, 20_037.5, Double.MIN_VALUE, 4.5e15, Double.NaN};
        for (double km : values) {
            sameAsFormatter(km);
        }
    }

    @Test
    void writesWhatTheFormatterWritesForDistancesOnEarth() {
        Random random = new Random(20261123);
        for (int i = 0; i < 100_000; i++) {
            double km = random.nextDouble() * Math.pow(10, random.nextInt(6));
            sameAsFormatter(km);
            sameAsFormatter(Math.floor(km) + 0.5);
        }
    }
}
