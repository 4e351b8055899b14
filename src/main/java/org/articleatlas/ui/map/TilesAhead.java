package org.articleatlas.ui.map;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Tiles begun before the map asks for them, each handed over once, to the first request for it.
 * The window's first view is known (its centre, zoom and size) well before Gluon Maps lays the map
 * out and asks for its tiles: drawn ahead, on a core the window's build leaves free, they are ready
 * or half done when it asks. What was drawn ahead and never asked for is dropped by {@link #forget()}.
 *
 * @param <K> what names a tile (with whatever else its image depends on, such as the language)
 * @param <T> the tile's image
 */
final class TilesAhead<K, T> {

    private final Map<K, CompletableFuture<T>> begun = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** Begins drawing {@code key} unless it is already begun or {@link #forget()} was called. */
    void begin(K key, Supplier<CompletableFuture<T>> draw) {
        if (!closed) {
            begun.computeIfAbsent(key, k -> draw.get());
        }
    }

    /** The drawing begun for {@code key}, taken out: a second request for it draws it anew. */
    Optional<CompletableFuture<T>> claim(K key) {
        return Optional.ofNullable(begun.remove(key));
    }

    /** Drops what was never claimed and begins nothing more. */
    void forget() {
        closed = true;
        begun.clear();
    }

    /** How many are begun and not claimed. */
    int waiting() {
        return begun.size();
    }
}
