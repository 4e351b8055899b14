package org.articleatlas.geodata;

import java.util.Optional;

/**
 * How a layer is drawn by default, as CSS-style colours ({@code #rrggbb}) and widths in pixels.
 * The renderer and the window may override it; this is the layer's own suggestion.
 */
public record LayerStyle(Optional<String> fill, Optional<String> stroke, double strokeWidth, Optional<String> marker) {

    public static LayerStyle defaults() {
        return new LayerStyle(Optional.empty(), Optional.of("#555555"), 1.0, Optional.empty());
    }
}
