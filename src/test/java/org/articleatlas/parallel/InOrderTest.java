package org.articleatlas.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {

    @Test
    void keepsTheOrderOfTheItemsWhateverThreadMapsThem() {
        List<Integer> items = IntStream.range(0, 5000).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<String> out = InOrder.map(items, i -> {
            threads.add(Thread.currentThread().getName());
            // Uneven work, so that the threads finish their items out of order.
            long spin = (i % 7) * 500L;
            for (long k = 0; k < spin; k++) {
                Thread.onSpinWait();
            }
            return "item " + i;
        });
        assertThat(out).hasSize(5000);
        for (int i = 0; i < out.size(); i++) {
            assertThat(out.get(i)).isEqualTo("item " + i);
        }
        assertThat(threads).contains(Thread.currentThread().getName());
    }

    @Test
    void keepsNullResultsAndHandlesEmptyAndSingleLists() {
        assertThat(InOrder.map(List.of(), x -> x)).isEmpty();
        assertThat(InOrder.map(List.of(3), x -> x * 2)).containsExactly(6);
        assertThat(InOrder.map(List.of(1, 2, 3), x -> x == 2 ? null : x)).containsExactly(1, null, 3);
    }

    @Test
    void throwsTheFunctionsFailure() {
        List<Integer> items = IntStream.range(0, 1000).boxed().toList();
        assertThatThrownBy(() -> InOrder.map(items, i -> {
            if (i == 500) {
                throw new IllegalStateException("item 500");
            }
            return i;
        })).isInstanceOf(IllegalStateException.class).hasMessage("item 500");
    }
}
