package org.articleatlas.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.articleatlas.geodata.GeodataException;
import org.articleatlas.geodata.LayerSet;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.Language;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Draws the basemap of one map tile: sea, land, coastlines, international borders and country
 * names, with the same painter as the exported maps. Two detail levels: the coarse outlines at
 * small scales, the detailed ones from {@link #DETAILED_FROM_ZOOM} on. Country names are placed
 * once per zoom level for the whole world, so a name crossing a tile's edge is drawn, in the
 * same place, by both tiles. Thread-safe once built.
 */
public final class BasemapRenderer {

    /** From this zoom on (about 1:10 million on screen) the detailed outlines are drawn. */
    public static final int DETAILED_FROM_ZOOM = 5;
    /** Room around a tile for the halo of a name that starts in the next tile. */
    private static final double HALO_MARGIN = 4;

    private final WebMercatorTiles tiles;
    private final BasemapStyle style;
    private final Basemap basemap;
    private final BasemapPainter painter;
    private final Language language;
    private final boolean labelled;
    private final Map<Integer, List<CountryLabels.Label>> labelsByZoom = new ConcurrentHashMap<>();
    private final Map<Language, BasemapRenderer> translations = new ConcurrentHashMap<>();
    /** Below {@link #DETAILED_FROM_ZOOM}: the outlines in each zoom's pixels, shared by every language. */
    private final Map<Integer, BasemapPainter> projectedByZoom;

    public BasemapRenderer(WebMercatorTiles tiles, BasemapStyle style, Basemap basemap, Language language) {
        this(tiles, style, basemap, language, true, new ConcurrentHashMap<>());
    }

    /**
     * Outlines only, without names or border lines.
     *
     * @param coarseCountries   outlines for small scales (1:50m)
     * @param detailedCountries outlines for large scales (1:10m); may be the same list
     */
    public BasemapRenderer(WebMercatorTiles tiles, BasemapStyle style, List<Geometry> coarseCountries,
            List<Geometry> detailedCountries) {
        this(tiles, style, new Basemap(unnamed(detailedCountries), unnamed(coarseCountries), List.of()),
                Language.ENGLISH, false, new ConcurrentHashMap<>());
    }

    private BasemapRenderer(WebMercatorTiles tiles, BasemapStyle style, Basemap basemap, Language language,
            boolean labelled, Map<Integer, BasemapPainter> projectedByZoom) {
        this.projectedByZoom = projectedByZoom;
        this.tiles = tiles;
        this.style = style;
        this.basemap = basemap;
        this.painter = new BasemapPainter(basemap, style);
        this.language = language;
        this.labelled = labelled;
    }

    /**
     * The tiles of the layers' basemap with names in the interface language (French when the JVM's
     * locale is French, English otherwise, like the window's messages).
     *
     * @throws IllegalStateException naming the file when the countries layer cannot be read
     */
    public static BasemapRenderer forLayers(LayerSet layers) {
        try {
            Language language = "fr".equals(Locale.getDefault().getLanguage()) ? Language.FRENCH : Language.ENGLISH;
            return new BasemapRenderer(new WebMercatorTiles(), BasemapStyle.atlas(), Basemap.read(layers), language);
        } catch (GeodataException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * As {@link #forLayers}, but the detailed countries are read from {@code layers} when first drawn or
     * when {@link Basemap#readDetail()} asks: the caller keeps the layers open until then.
     */
    public static BasemapRenderer forLayersDetailWhenUsed(LayerSet layers) {
        try {
            Language language = "fr".equals(Locale.getDefault().getLanguage()) ? Language.FRENCH : Language.ENGLISH;
            return new BasemapRenderer(new WebMercatorTiles(), BasemapStyle.atlas(), Basemap.readDetailWhenUsed(layers),
                    language);
        } catch (GeodataException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The countries and borders the tiles are drawn from, for an export to share rather than read again. */
    public Basemap basemap() {
        return basemap;
    }

    /**
     * The same basemap with its names in {@code other}; the outlines are shared, and each
     * language keeps its own placed names, so switching back and forth places nothing twice.
     */
    public BasemapRenderer inLanguage(Language other) {
        if (other == language) {
            return this;
        }
        return translations.computeIfAbsent(other, l -> new BasemapRenderer(tiles, style, basemap, l, labelled,
                projectedByZoom));
    }

    private static List<Basemap.CountryShape> unnamed(List<Geometry> countries) {
        List<Basemap.CountryShape> out = new ArrayList<>();
        for (Geometry g : countries) {
            out.add(new Basemap.CountryShape("", "", "", g, new GeoPoint(0, 0), g.getArea()));
        }
        return out;
    }

    public BufferedImage tile(int zoom, long x, long y) {
        int size = WebMercatorTiles.TILE_SIZE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            hints(g);
            Envelope box = tiles.tileEnvelope(zoom, x, y);
            // A margin so that outlines crossing the tile's edge are drawn whole.
            box.expandBy(box.getWidth() * 0.02, box.getHeight() * 0.02);
            double offsetX = x * (double) size;
            double offsetY = y * (double) size;
            ScreenProjection screen = worldPixels(zoom, offsetX, offsetY);
            boolean detailed = zoom >= DETAILED_FROM_ZOOM;
            Rectangle2D area = new Rectangle2D.Double(0, 0, size, size);
            if (detailed) {
                painter.paint(g, area, box, screen, true, 1, Set.of(), style.land());
            } else {
                // Outlines already in this zoom's pixels: the tile only shifts them.
                Envelope pixels = new Envelope(offsetX, offsetX + size, offsetY, offsetY + size);
                pixels.expandBy(size * 0.02);
                ScreenProjection shift = (xy, count) -> {
                    for (int i = 0; i < 2 * count; i += 2) {
                        xy[i] -= offsetX;
                        xy[i + 1] -= offsetY;
                    }
                };
                projected(zoom).paint(g, area, pixels, shift, false, 1, Set.of(), style.land());
            }
            if (labelled) {
                Rectangle2D tile = new Rectangle2D.Double(offsetX - HALO_MARGIN, offsetY - HALO_MARGIN,
                        size + 2 * HALO_MARGIN, size + 2 * HALO_MARGIN);
                g.translate(-offsetX, -offsetY);
                for (CountryLabels.Label label : labels(zoom)) {
                    if (label.box().intersects(tile)) {
                        TextPainter.drawWithHalo(g, label.font(), label.text(), label.x(), label.y(),
                                style.countryLabel(), style.labelHalo(), 3);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The coarse outlines and the borders projected to the world pixels of {@code zoom} and simplified
     * to a quarter of a pixel, once per zoom, for the small scales only. There a tile covers a whole
     * region (Europe and Russia at zoom 3) and drew every vertex of its outlines, projecting each
     * on every tile, for a few hundred pixels: zoom 3 tiles took several times as long as zoom 9's.
     * A quarter pixel is finer than the half pixel under which the painter already skips vertices,
     * so the tiles look the same. Validity is not restored after simplifying (the costly part of
     * JTS's simplifier): a fill does not show a sliver a quarter of a pixel wide.
     */
    private BasemapPainter projected(int zoom) {
        return projectedByZoom.computeIfAbsent(zoom, z -> {
            CoordinateSequenceFilter toPixels = new CoordinateSequenceFilter() {
                private final double[] xy = new double[2];

                @Override
                public void filter(CoordinateSequence seq, int i) {
                    xy[0] = seq.getX(i);
                    xy[1] = seq.getY(i);
                    tiles.toPixels(xy, 1, z, 0, 0);
                    seq.setOrdinate(i, 0, xy[0]);
                    seq.setOrdinate(i, 1, xy[1]);
                }

                @Override
                public boolean isDone() {
                    return false;
                }

                @Override
                public boolean isGeometryChanged() {
                    return true;
                }
            };
            List<Basemap.CountryShape> countries = new ArrayList<>();
            for (Basemap.CountryShape c : basemap.countries(false)) {
                Geometry simplified = inPixels(c.geometry(), toPixels);
                if (!simplified.isEmpty()) {
                    countries.add(new Basemap.CountryShape(c.code(), c.nameEn(), c.nameFr(), simplified, c.labelPoint(),
                            c.area()));
                }
            }
            List<Geometry> borders = new ArrayList<>();
            for (Geometry border : basemap.bordersIn(new Envelope(-180, 180, -90, 90))) {
                Geometry simplified = inPixels(border, toPixels);
                if (!simplified.isEmpty()) {
                    borders.add(simplified);
                }
            }
            return new BasemapPainter(new Basemap(countries, countries, borders), style);
        });
    }

    private static Geometry inPixels(Geometry geometry, CoordinateSequenceFilter toPixels) {
        Geometry projected = geometry.copy();
        projected.apply(toPixels);
        DouglasPeuckerSimplifier simplifier = new DouglasPeuckerSimplifier(projected);
        simplifier.setDistanceTolerance(0.25);
        simplifier.setEnsureValid(false);
        return simplifier.getResultGeometry();
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    private ScreenProjection worldPixels(int zoom, double offsetX, double offsetY) {
        return (xy, count) -> tiles.toPixels(xy, count, zoom, offsetX, offsetY);
    }

    /** The names shown at {@code zoom}, in world pixels: placed once for the whole world, larger countries first. */
    List<CountryLabels.Label> labels(int zoom) {
        return labelsByZoom.computeIfAbsent(zoom, z -> {
            BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scratch.createGraphics();
            try {
                hints(g);
                double world = WebMercatorTiles.TILE_SIZE * Math.pow(2, z);
                LabelPlacer placer = new LabelPlacer(new Rectangle2D.Double(0, 0, world, world));
                List<CountryLabels.Label> placed = new ArrayList<>();
                for (CountryLabels.Label label : CountryLabels.candidates(g, basemap, z >= DETAILED_FROM_ZOOM,
                        new Envelope(-180, 180, -90, 90), worldPixels(z, 0, 0), language, MapFonts.installed(), 1,
                        Set.of(), 0)) {
                    if (placer.placeExactly(label.box())) {
                        placed.add(label);
                    }
                }
                return List.copyOf(placed);
            } finally {
                g.dispose();
            }
        });
    }
}
