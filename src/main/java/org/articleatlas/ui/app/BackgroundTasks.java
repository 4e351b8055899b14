package org.articleatlas.ui.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** The one place where slow work leaves the FX thread; results come back on it. */
public final class BackgroundTasks implements AutoCloseable {

    private final ExecutorService executor;

    public BackgroundTasks() {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "atlas-background-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code work} off the FX thread, then hands its result, or its failure, to the FX thread. */
    public <T> CompletableFuture<T> run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        return CompletableFuture.supplyAsync(work, executor).whenComplete((result, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                onFailure.accept(failure);
            } else {
                onResult.accept(result);
            }
        }));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
