package org.articleatlas.ui.map;

/** Where the map's background tiles come from. */
public enum TileSource {
    /** Drawn on this machine from {@code geodata/}: always there, the default. */
    OFFLINE,
    /** OpenStreetMap's tile server, when it can be reached; offline tiles otherwise. */
    OPENSTREETMAP
}
