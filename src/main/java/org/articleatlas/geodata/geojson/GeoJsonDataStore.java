package org.articleatlas.geodata.geojson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.geotools.api.data.FeatureReader;
import org.geotools.api.data.FeatureWriter;
import org.geotools.api.data.FileDataStore;
import org.geotools.api.data.Query;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.data.Transaction;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.feature.type.Name;
import org.geotools.api.filter.Filter;
import org.geotools.data.store.ContentDataStore;
import org.geotools.data.store.ContentEntry;
import org.geotools.data.store.ContentFeatureSource;
import org.geotools.feature.NameImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One GeoJSON file as a read-only GeoTools data store holding a single feature type.
 *
 * <p>The file is read on first use, once, and kept in memory. A file that cannot be read as a
 * whole fails every access with the same one-line {@link IOException}; features that cannot be
 * drawn as written are skipped or repaired and listed by {@link #warnings()}. One store may be
 * shared by threads: the first reader reads the file while the others wait for it.
 */
public class GeoJsonDataStore extends ContentDataStore implements FileDataStore {

    /**
     * The most bytes read from one file, after decompression: GeoJSON is held in memory, and
     * our layers are tens of MiB at most.
     */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(GeoJsonDataStore.class);
    private static final int MAX_LOGGED_WARNINGS = 50;

    /** Contents being read ahead of their stores, by absolute file path. */
    private static final Map<Path, CompletableFuture<GeoJsonContent>> READ_AHEAD = new ConcurrentHashMap<>();
    /** One daemon thread reads ahead, in the order asked; it ends when idle. */
    private static final ExecutorService READERS = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), task -> {
                Thread thread = new Thread(task, "geojson-read-ahead");
                thread.setDaemon(true);
                return thread;
            });

    private final Path file;
    private final String typeName;
    private final long maxBytes;
    private final Object loadLock = new Object();
    private volatile GeoJsonContent content;
    private volatile IOException failure;

    public GeoJsonDataStore(Path file) {
        this(file, MAX_FILE_BYTES);
    }

    GeoJsonDataStore(Path file, long maxBytes) {
        this.file = file;
        this.typeName = typeNameOf(file);
        this.maxBytes = maxBytes;
    }

    /** The file name without {@code .gz}, then without {@code .geojson} or {@code .json}. */
    public static String typeNameOf(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String stem = name;
        String lower = stem.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            stem = stem.substring(0, stem.length() - 3);
            lower = lower.substring(0, lower.length() - 3);
        }
        if (lower.endsWith(".geojson")) {
            stem = stem.substring(0, stem.length() - ".geojson".length());
        } else if (lower.endsWith(".json")) {
            stem = stem.substring(0, stem.length() - ".json".length());
        }
        return stem.isEmpty() ? name : stem;
    }

    public Path getFile() {
        return file;
    }

    /**
     * One line per feature that was skipped or repaired, each naming the file and the feature;
     * reads the file if it has not been read yet.
     */
    public List<String> warnings() throws IOException {
        return content().warnings();
    }

    GeoJsonContent content() throws IOException {
        GeoJsonContent loaded = content;
        if (loaded != null) {
            return loaded;
        }
        synchronized (loadLock) {
            if (content == null && failure == null) {
                load();
            }
            if (failure != null) {
                // A fresh exception per call, so that each caller's stack is its own.
                throw new IOException(failure.getMessage(), failure);
            }
            return content;
        }
    }

    private void load() {
        long start = System.nanoTime();
        try {
            CompletableFuture<GeoJsonContent> ahead = maxBytes == MAX_FILE_BYTES ? READ_AHEAD.remove(keyOf(file)) : null;
            GeoJsonContent loaded = ahead != null ? joined(ahead) : read(file, typeName, maxBytes);
            LOG.debug("{}: read {} features in {} ms", file, loaded.rows().size(),
                    (System.nanoTime() - start) / 1_000_000);
            List<String> warnings = loaded.warnings();
            for (int i = 0; i < Math.min(warnings.size(), MAX_LOGGED_WARNINGS); i++) {
                LOG.warn("{}", warnings.get(i));
            }
            if (warnings.size() > MAX_LOGGED_WARNINGS) {
                LOG.warn("{}: {} more warnings not logged; see GeoJsonDataStore.warnings()", file,
                        warnings.size() - MAX_LOGGED_WARNINGS);
            }
            content = loaded;
        } catch (IOException e) {
            failure = e;
        }
    }

    private static GeoJsonContent read(Path file, String typeName, long maxBytes) throws IOException {
        LayerCache cache = LayerCache.userDefault();
        GeoJsonContent loaded = cache.read(file, typeName).orElse(null);
        if (loaded == null) {
            loaded = GeoJsonReader.read(file, typeName, maxBytes);
            cache.write(file, typeName, loaded);
        }
        return loaded;
    }

    /**
     * Starts reading {@code file} on the read-ahead thread, so that the store opened for it later
     * through GeoTools' finders finds its content read or being read. Reading builds no GeoTools
     * object, so it overlaps with GeoTools' first use (its plugin registry and the JAI registry
     * its logging set-up loads) on the thread that opens the stores. A file read ahead and never
     * opened must be {@linkplain #forgetReadAhead forgotten}.
     */
    public static void readAhead(Path file) {
        READ_AHEAD.computeIfAbsent(keyOf(file), key -> CompletableFuture.supplyAsync(() -> {
            try {
                return read(file, typeNameOf(file), MAX_FILE_BYTES);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, READERS));
    }

    /** Drops what was read ahead of {@code file} and not taken by a store. */
    public static void forgetReadAhead(Path file) {
        READ_AHEAD.remove(keyOf(file));
    }

    private static Path keyOf(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static GeoJsonContent joined(CompletableFuture<GeoJsonContent> ahead) throws IOException {
        try {
            return ahead.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    protected List<Name> createTypeNames() {
        return List.of(new NameImpl(getNamespaceURI(), typeName));
    }

    /**
     * Reads the file here, so that a bad file fails {@code getFeatureSource} and {@code getSchema}
     * with its one-line IOException: GeoTools wraps a failure found later, while it builds the
     * schema, in a RuntimeException.
     */
    @Override
    protected ContentFeatureSource createFeatureSource(ContentEntry entry) throws IOException {
        content();
        return new GeoJsonFeatureSource(entry, this);
    }

    @Override
    public SimpleFeatureType getSchema() throws IOException {
        return getSchema(typeName);
    }

    @Override
    public void updateSchema(SimpleFeatureType featureType) throws IOException {
        updateSchema(typeName, featureType);
    }

    @Override
    public SimpleFeatureSource getFeatureSource() throws IOException {
        return getFeatureSource(typeName);
    }

    @Override
    public FeatureReader<SimpleFeatureType, SimpleFeature> getFeatureReader() throws IOException {
        return getFeatureReader(new Query(typeName), Transaction.AUTO_COMMIT);
    }

    @Override
    public FeatureWriter<SimpleFeatureType, SimpleFeature> getFeatureWriter(Filter filter, Transaction transaction)
            throws IOException {
        return getFeatureWriter(typeName, filter, transaction);
    }

    @Override
    public FeatureWriter<SimpleFeatureType, SimpleFeature> getFeatureWriter(Transaction transaction)
            throws IOException {
        return getFeatureWriter(typeName, transaction);
    }

    @Override
    public FeatureWriter<SimpleFeatureType, SimpleFeature> getFeatureWriterAppend(Transaction transaction)
            throws IOException {
        return getFeatureWriterAppend(typeName, transaction);
    }

    @Override
    public String toString() {
        return "GeoJsonDataStore[" + file + "]";
    }
}
