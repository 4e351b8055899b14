package org.articleatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TilesAheadTest {

    private final TilesAhead<String, String> ahead = new TilesAhead<>();
    private final AtomicInteger drawn = new AtomicInteger();

    private CompletableFuture<String> draw(String key) {
        drawn.incrementAndGet();
        return CompletableFuture.completedFuture("image " + key);
    }

    @Test
    void aTileBegunAheadIsHandedToTheFirstRequestOnlyAndBegunOnce() {
        ahead.begin("3/5/2", () -> draw("3/5/2"));
        ahead.begin("3/5/2", () -> draw("3/5/2"));
        assertThat(drawn).hasValue(1);

        assertThat(ahead.claim("3/5/2")).hasValueSatisfying(f -> assertThat(f.join()).isEqualTo("image 3/5/2"));
        assertThat(ahead.claim("3/5/2")).as("a second request draws it anew").isEmpty();
        assertThat(ahead.claim("3/4/2")).as("never begun").isEmpty();
    }

    @Test
    void forgettingDropsWhatWasNeverClaimedAndBeginsNothingMore() {
        ahead.begin("a", () -> draw("a"));
        ahead.begin("b", () -> draw("b"));
        assertThat(ahead.waiting()).isEqualTo(2);

        ahead.forget();
        assertThat(ahead.waiting()).isZero();
        assertThat(ahead.claim("a")).isEmpty();
        ahead.begin("c", () -> draw("c"));
        assertThat(ahead.claim("c")).isEmpty();
        assertThat(drawn).hasValue(2);
    }
}
