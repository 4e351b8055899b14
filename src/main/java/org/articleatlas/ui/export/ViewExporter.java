package org.articleatlas.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.articleatlas.export.MapExport;
import org.articleatlas.geoparse.ArticleGeoparse;
import org.articleatlas.geoparse.GeoparseResult;
import org.articleatlas.model.Article;
import org.articleatlas.render.Basemap;
import org.articleatlas.render.MapContent;
import org.articleatlas.render.MapContentBuilder;
import org.articleatlas.render.MapFonts;
import org.articleatlas.render.MapRenderer;
import org.articleatlas.render.TeacherAnnotations;

/**
 * Exports what the window shows: the places and borders of the reading the window holds (no second
 * reading of the articles), through the same content builder, renderer and writers as the command
 * line's {@code export}. Runs off the FX thread.
 */
final class ViewExporter {

    private final Supplier<Basemap> basemap;

    /** @param basemap the basemap, shared with the offline tiles; may block while it is first read */
    ViewExporter(Supplier<Basemap> basemap) {
        this.basemap = basemap;
    }

    /** @throws IOException naming {@code target} when it cannot be written; nothing is left behind then */
    MapRenderer.Drawn write(GeoparseResult reading, MapExportViewModel.Settings settings, Path target,
            TeacherAnnotations marks) throws IOException {
        List<Article> articles = reading.articles().stream().map(ArticleGeoparse::article).toList();
        MapContent content = new MapContentBuilder(articles, settings.language()).build(settings.title(),
                reading.places().stream().map(p -> new MapContentBuilder.NamedPlace(p.place(), p.mentions())).toList(),
                reading.borders().stream().map(b -> new MapContentBuilder.NamedBorder(b.border(), b.mentions()))
                        .toList());
        MapContent shown = settings.selectedPlaceId().map(content::withSelected).orElse(content)
                .withAnnotations(marks);
        Basemap base;
        try {
            base = basemap.get();
        } catch (CompletionException e) {
            throw new IOException("the basemap could not be read: " + e.getCause().getMessage(), e.getCause());
        }
        MapRenderer renderer = new MapRenderer(base, MapFonts.installed());
        return new MapExport(renderer).write(target, settings.format(), settings.dpi(), shown, settings.request());
    }
}
