package org.articleatlas.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.articleatlas.render.MapContent;
import org.articleatlas.render.MapRenderer;
import org.articleatlas.render.MapRequest;

/** Writes an annotated map to a file: drawn into a temporary file beside it, then moved into place. */
public final class MapExport {

    private final MapRenderer renderer;

    public MapExport(MapRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * @throws IOException naming {@code target} when the file cannot be written; nothing is left behind then
     */
    public MapRenderer.Drawn write(Path target, ExportFormat format, int dpi, MapContent content, MapRequest request)
            throws IOException {
        AtomicReference<MapRenderer.Drawn> drawn = new AtomicReference<>();
        MapWriter writer = MapWriter.of(format, dpi);
        AtomicFile.write(target, out -> drawn.set(writer.write(renderer, content, request, out)));
        return drawn.get();
    }
}
