package org.articleatlas.geodata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.articleatlas.geodata.geojson.GeoJsonDataStore;
import org.articleatlas.geodata.geojson.GeoJsonDataStoreFactory;
import org.geotools.api.data.FileDataStore;
import org.geotools.api.data.FileDataStoreFinder;
import org.geotools.api.data.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens every layer of one or more geodata folders through GeoTools' {@link FileDataStoreFinder}:
 * first the catalog's layers in catalog order, then any other GeoJSON file in the folder. A
 * layer that fails is reported and skipped; the rest load.
 */
public final class LayerLoader {

    private static final Logger LOG = LoggerFactory.getLogger(LayerLoader.class);

    /** When layer files are read: all at once, so every broken one is reported, or each when first used. */
    public enum Reading { NOW, WHEN_USED }

    private final Reading reading;

    /** Reads every layer now: what the window and the {@code layers} command need. */
    public LayerLoader() {
        this(Reading.NOW);
    }

    public LayerLoader(Reading reading) {
        this.reading = reading;
    }

    /**
     * Whether a file the user hands over (dropped on the window, say) is a layer rather than an
     * article: the rule a geodata folder's files are sorted by, so a dropped GeoJSON saved as
     * {@code .json} is a layer and any other {@code .json} goes to the article reader, which names
     * what is wrong with it.
     */
    public static boolean isLayerFile(Path file) {
        return LayerFiles.looksLikeLayer(file);
    }

    public LayerSet open(List<Path> folders) {
        List<Layer> layers = new ArrayList<>();
        List<LayerProblem> problems = new ArrayList<>();
        List<org.geotools.api.data.DataStore> stores = new ArrayList<>();
        for (Path folder : folders) {
            openFolder(folder, layers, problems, stores);
        }
        return new LayerSet(layers, problems, stores);
    }

    /**
     * Opens layer files one by one, as when the user adds a layer: each is described as an
     * unlisted file of its folder (named after the file, default style); a file that cannot be
     * read is a problem that names it, and the others still open.
     */
    public LayerSet openFiles(List<Path> files) {
        List<Layer> layers = new ArrayList<>();
        List<LayerProblem> problems = new ArrayList<>();
        List<org.geotools.api.data.DataStore> stores = new ArrayList<>();
        for (Path file : files) {
            try {
                Layer layer = openLayer(CatalogEntry.forUnlisted(file.getFileName().toString()), file);
                layers.add(layer);
                stores.add(layer.store());
            } catch (GeodataException e) {
                LOG.debug("Layer skipped: {}", e.getMessage(), e);
                problems.add(new LayerProblem(file, e.getMessage()));
            }
        }
        return new LayerSet(layers, problems, stores);
    }

    private void openFolder(Path folder, List<Layer> layers, List<LayerProblem> problems,
            List<org.geotools.api.data.DataStore> stores) {
        if (!Files.isDirectory(folder)) {
            problems.add(new LayerProblem(folder, folder + ": no such folder"));
            return;
        }
        List<String> inFolder = layerFilesIn(folder);
        List<Path> readAhead = List.of();
        CompletableFuture<LayerCatalog> catalogRead;
        if (reading == Reading.NOW) {
            // A cold start's longest step is GeoTools' first use: its finders' plugin registry and the JAI
            // operation registry its logging set-up loads, then its referencing. Reading a file builds no
            // GeoTools object, so the files are read on the read-ahead thread, the catalog on another, while
            // this one starts GeoTools.
            readAhead = readAhead(folder, inFolder);
            catalogRead = CompletableFuture.supplyAsync(() -> catalogOf(folder));
            FileDataStoreFinder.getAvailableDataStores();
        } else {
            catalogRead = CompletableFuture.completedFuture(catalogOf(folder));
        }
        LayerCatalog catalog;
        try {
            catalog = catalogRead.join();
        } catch (CompletionException e) {
            problems.add(new LayerProblem(folder.resolve(LayerCatalog.FILE_NAME), e.getCause().getMessage()));
            catalog = LayerCatalog.empty();
        }
        Set<String> files = new LinkedHashSet<>();
        catalog.entries().forEach(e -> files.add(e.file()));
        files.addAll(inFolder);
        LayerCatalog listed = catalog;
        // Files are independent: read on every core, then gathered in catalog order.
        List<Object> opened = files.stream().toList().parallelStream().map(name -> {
            CatalogEntry entry = listed.entryFor(name).orElseGet(() -> CatalogEntry.forUnlisted(name));
            Path file = folder.resolve(name);
            try {
                return (Object) openLayer(entry, file);
            } catch (GeodataException e) {
                LOG.debug("Layer skipped: {}", e.getMessage(), e);
                return new LayerProblem(file, e.getMessage());
            }
        }).toList();
        readAhead.forEach(GeoJsonDataStore::forgetReadAhead);
        for (Object o : opened) {
            if (o instanceof Layer layer) {
                layers.add(layer);
                stores.add(layer.store());
            } else {
                problems.add((LayerProblem) o);
            }
        }
    }

    /** @throws CompletionException holding the {@link GeodataException} that names the catalog and the cause */
    private static LayerCatalog catalogOf(Path folder) {
        try {
            return LayerCatalog.read(folder);
        } catch (GeodataException e) {
            throw new CompletionException(e);
        }
    }

    /** The folder's GeoJSON files start reading at once on the read-ahead thread, largest first. */
    private static List<Path> readAhead(Path folder, List<String> files) {
        List<Path> geojson = files.stream().map(folder::resolve)
                .filter(f -> new GeoJsonDataStoreFactory().canProcess(toUrl(f)))
                .sorted(java.util.Comparator.comparingLong(LayerLoader::size).reversed())
                .toList();
        geojson.forEach(GeoJsonDataStore::readAhead);
        return geojson;
    }

    private static java.net.URL toUrl(Path file) {
        try {
            return file.toUri().toURL();
        } catch (java.net.MalformedURLException e) {
            return null;
        }
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The folder's layer files, listed in the catalog or not. */
    private static List<String> layerFilesIn(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(LayerFiles::looksLikeLayer)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Layer openLayer(CatalogEntry entry, Path file) throws GeodataException {
        if (!Files.isRegularFile(file)) {
            throw new GeodataException(file + ": no such file");
        }
        FileDataStore store;
        try {
            store = FileDataStoreFinder.getDataStore(file.toFile());
        } catch (IOException e) {
            throw new GeodataException(oneLine(file, e), e);
        }
        if (store == null) {
            throw new GeodataException(file + ": no GeoTools reader for this file type");
        }
        try {
            Layer layer = new Layer(entry, file, store);
            if (reading == Reading.NOW) {
                // Counting reads the file, so a broken layer fails here, not mid-drawing.
                layer.features().getCount(Query.ALL);
            }
            return layer;
        } catch (IOException | RuntimeException e) {
            store.dispose();
            throw new GeodataException(oneLine(file, e), e);
        }
    }

    /** The reader's message names the file already; other failures get the file put in front. */
    private static String oneLine(Path file, Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message = message.lines().findFirst().orElse(message);
        return message.startsWith(file.toString()) ? message : file + ": " + message;
    }
}
