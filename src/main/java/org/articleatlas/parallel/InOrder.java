package org.articleatlas.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies a function to every item of a list on every core, one item at a time, and returns the
 * results in the list's order.
 *
 * <p>A parallel stream cuts its list into four times as many pieces as the common pool has
 * threads: on a two-core machine, four quarters, and whichever thread is slowed (by another
 * process, by the garbage collector) leaves the last quarter to one core. Here each thread takes
 * the next item when it is done with one, so both cores work until the end.
 */
public final class InOrder {

    private InOrder() {
    }

    /**
     * {@code items} mapped by {@code function}, in order, as an unmodifiable list; the first failure
     * (an unchecked exception or error of the function) is thrown once every thread has stopped.
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        int size = items.size();
        Object[] results = new Object[size];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            try {
                for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
                    results[i] = function.apply(items.get(i));
                }
            } catch (RuntimeException | Error e) {
                // The other threads stop at their next item: none is left for them.
                next.set(size);
                throw e;
            }
        };
        int helpers = Math.min(size, Runtime.getRuntime().availableProcessors()) - 1;
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int h = 0; h < helpers; h++) {
            running.add(CompletableFuture.runAsync(worker, ForkJoinPool.commonPool()));
        }
        Throwable failure = null;
        try {
            worker.run();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (CompletableFuture<Void> helper : running) {
            try {
                helper.join();
            } catch (CompletionException e) {
                if (failure == null) {
                    failure = e.getCause() != null ? e.getCause() : e;
                }
            }
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return Collections.unmodifiableList(list);
    }
}
