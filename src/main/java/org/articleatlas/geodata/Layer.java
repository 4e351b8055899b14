package org.articleatlas.geodata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.articleatlas.geodata.geojson.GeoJsonDataStore;
import org.geotools.api.data.FileDataStore;
import org.geotools.api.data.SimpleFeatureSource;

/**
 * One layer: the catalog's description of it and its GeoTools data store. The store reads its
 * file the first time its features are asked for, once; a command that needs three layers of
 * seven reads three.
 */
public final class Layer {

    private final CatalogEntry entry;
    private final Path file;
    private final FileDataStore store;

    Layer(CatalogEntry entry, Path file, FileDataStore store) {
        this.entry = entry;
        this.file = file;
        this.store = store;
    }

    public CatalogEntry entry() {
        return entry;
    }

    public Path file() {
        return file;
    }

    public String name() {
        return entry.name();
    }

    public LayerKind kind() {
        return entry.kind();
    }

    FileDataStore store() {
        return store;
    }

    /** @throws IOException with one line naming the file, when the file cannot be read */
    public SimpleFeatureSource features() throws IOException {
        return store.getFeatureSource();
    }

    /** Features the reader skipped or repaired, one line each; reads the file if not yet read. */
    public List<String> warnings() throws IOException {
        return store instanceof GeoJsonDataStore geoJson ? geoJson.warnings() : List.of();
    }
}
