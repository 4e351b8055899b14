package org.articleatlas.ui.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** The one place where slow work leaves the FX thread; results come back on it. */
public final class BackgroundTasks implements AutoCloseable {

    /** Two for the start-up reading (articles and places, map layers) and one left for what the user asks. */
    private static final int THREADS = 3;

    private final ExecutorService executor;
    private final IntegerProperty running = new SimpleIntegerProperty(0);
    private final BooleanBinding busy = running.greaterThan(0);

    public BackgroundTasks() {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "atlas-background-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** True while some work is under way: what the window's progress indicator shows. */
    public BooleanBinding busyProperty() {
        return busy;
    }

    /** Runs {@code work} off the FX thread, then hands its result, or its failure, to the FX thread. */
    public <T> CompletableFuture<T> run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            // The application is closing: work that a late result asks for is not started.
            return CompletableFuture.failedFuture(new java.util.concurrent.CancellationException("closing"));
        }
        onFx(() -> running.set(running.get() + 1));
        return CompletableFuture.supplyAsync(work, executor).whenComplete((result, failure) -> Platform.runLater(() -> {
            running.set(running.get() - 1);
            if (failure != null) {
                onFailure.accept(failure);
            } else {
                onResult.accept(result);
            }
        }));
    }

    /**
     * Hands the result, or the failure, of work already under way elsewhere (begun before the window)
     * to the FX thread; the progress indicator counts it meanwhile, as work started here.
     */
    public <T> CompletableFuture<T> when(CompletableFuture<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        onFx(() -> running.set(running.get() + 1));
        return work.whenComplete((result, failure) -> Platform.runLater(() -> {
            running.set(running.get() - 1);
            if (failure != null) {
                onFailure.accept(failure);
            } else {
                onResult.accept(result);
            }
        }));
    }

    private static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
