package org.articleatlas.geodata;

import java.util.List;
import java.util.Optional;
import org.geotools.api.data.DataStore;

/** The layers that opened, the files that did not, and the data stores to close when done. */
public final class LayerSet implements AutoCloseable {

    private final List<Layer> layers;
    private final List<LayerProblem> problems;
    private final List<DataStore> stores;

    LayerSet(List<Layer> layers, List<LayerProblem> problems, List<DataStore> stores) {
        this.layers = List.copyOf(layers);
        this.problems = List.copyOf(problems);
        this.stores = List.copyOf(stores);
    }

    public List<Layer> layers() {
        return layers;
    }

    public List<LayerProblem> problems() {
        return problems;
    }

    public Optional<Layer> named(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The first layer of a kind, in catalog order (the catalog lists the detailed one first). */
    public Optional<Layer> firstOf(LayerKind kind) {
        return layers.stream().filter(l -> l.kind() == kind).findFirst();
    }

    public List<Layer> allOf(LayerKind kind) {
        return layers.stream().filter(l -> l.kind() == kind).toList();
    }

    @Override
    public void close() {
        stores.forEach(DataStore::dispose);
    }
}
