package org.articleatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.PlaceKind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Draws an annotated map page with Java2D, for any {@link Graphics2D} (an image, SVG, PDF): title,
 * the map (basemap, the articles' countries, borders and places with labels and numbered callouts,
 * legend, scale bar, north arrow, graticule) and a caption panel quoting the articles. Sizes grow
 * with the page so a 4K image reads like a 900-pixel one. Thread-safe once built.
 */
public final class MapRenderer {

    /** At most this many numbered quotes, so that the caption stays readable. */
    static final int MAX_CALLOUTS = 12;
    /** The caption never takes more of the page's height than this. */
    private static final double MAX_CAPTION_SHARE = 0.38;
    /** Views wider than this many degrees use the coarse outlines. */
    private static final double COARSE_ABOVE_DEGREES = 60;

    /** A numbered quote: its badge on the map, its line in the caption. */
    public record Callout(int number, List<String> names, MapContent.Quote quote) {
    }

    /** A label as placed on the page. */
    public record PlacedLabel(String text, Rectangle2D box, boolean leader) {
    }

    /** What was drawn, for tests and for the caller to report. */
    public record Drawn(Viewport viewport, List<Callout> callouts, List<PlacedLabel> labels, Optional<ScaleBar> scaleBar,
            Set<String> legend) {
    }

    private final Basemap basemap;
    private final BasemapStyle baseStyle;
    private final MapStyle style;
    private final MapFonts fonts;
    private final Markers markers;
    private final TeacherMarks teacherMarks;

    public MapRenderer(Basemap basemap, MapFonts fonts) {
        this.basemap = basemap;
        this.baseStyle = BasemapStyle.atlas();
        this.style = MapStyle.atlas();
        this.fonts = fonts;
        this.markers = new Markers(style);
        this.teacherMarks = new TeacherMarks(fonts);
    }

    public MapFonts fonts() {
        return fonts;
    }

    public Drawn render(Graphics2D g, MapContent content, MapRequest request) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        Page page = new Page(request.width(), request.height());
        MapText text = MapText.of(content.language());
        MapProjection projection = request.createProjection();

        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, page.width, page.height));
        double titleBottom = drawTitle(g, content, page);

        // The caption's height depends on which callouts are in view, which depends on the map's
        // height: a first view without caption finds them, then the map gets what is left.
        Rectangle2D firstArea = new Rectangle2D.Double(page.margin, titleBottom, page.width - 2 * page.margin,
                page.height - titleBottom - page.margin);
        Viewport first = Viewport.fit(projection, request.bbox(), firstArea);
        Caption caption = caption(g, content, text, page, callouts(content, first, inset(firstArea, page.s * 6)),
                first, projection);
        double captionTop = page.height - caption.height;
        Rectangle2D mapArea = new Rectangle2D.Double(page.margin, titleBottom, page.width - 2 * page.margin,
                Math.max(page.s * 40, captionTop - titleBottom - page.margin * 0.6));
        Viewport viewport = Viewport.fit(projection, request.bbox(), mapArea);
        Rectangle2D inner = inset(mapArea, page.s * 6);
        List<Callout> callouts = callouts(content, viewport, inner);
        caption = caption(g, content, text, page, callouts, viewport, projection);
        int quoted = (int) caption.badgeAtLine().stream().filter(n -> n > 0).count();
        callouts = callouts.subList(0, quoted);

        Set<String> legend = new LinkedHashSet<>();
        List<PlacedLabel> labels = drawMap(g, content, text, viewport, page, callouts, legend);
        Rectangle2D legendBox = drawLegend(g, text, mapArea, page, legend, true);
        Optional<ScaleBar> scaleBar = drawScaleBar(g, text, viewport, mapArea, page, legendBox, true)
                .map(ScaleBox::bar);
        drawNorthArrow(g, text, viewport, mapArea, page, true);
        g.setColor(style.frame());
        g.setStroke(new BasicStroke((float) page.s));
        g.draw(mapArea);
        drawCaption(g, caption, page.height - caption.height, page);
        return new Drawn(viewport, callouts, labels, scaleBar, legend);
    }

    /** Sizes that grow with the page: {@code s} is 1 on a page 900 pixels high or wide, whichever is less. */
    private static final class Page {
        final double width;
        final double height;
        final double s;
        final double margin;

        Page(int width, int height) {
            this.width = width;
            this.height = height;
            this.s = Math.max(0.75, Math.min(width, height) / 900.0);
            this.margin = 16 * s;
        }
    }

    private static Rectangle2D inset(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() + by, r.getY() + by, r.getWidth() - 2 * by, r.getHeight() - 2 * by);
    }

    private double drawTitle(Graphics2D g, MapContent content, Page page) {
        double available = page.width - 2 * page.margin;
        Font title = fitted(g, fonts.bold(24 * page.s), content.title(), available);
        double y = page.margin + title.getSize2D();
        g.setFont(title);
        g.setColor(style.text());
        g.drawString(content.title(), (float) page.margin, (float) y);
        if (!content.subtitle().isBlank()) {
            Font sub = fitted(g, fonts.regular(13 * page.s), content.subtitle(), available);
            y += sub.getSize2D() * 1.6;
            g.setFont(sub);
            g.setColor(style.mutedText());
            g.drawString(content.subtitle(), (float) page.margin, (float) y);
        }
        return y + 12 * page.s;
    }

    private static Font fitted(Graphics2D g, Font font, String text, double width) {
        double w = TextPainter.width(g, font, text);
        return w <= width ? font : font.deriveFont((float) Math.max(font.getSize2D() * width / w, font.getSize2D() * 0.5));
    }

    // ---- what is in view ----

    /**
     * The quoted places in view, then the quoted borders; items quoting the same sentence share one
     * number, so that the caption never repeats a quote.
     */
    private List<Callout> callouts(MapContent content, Viewport viewport, Rectangle2D inner) {
        java.util.Map<MapContent.Quote, List<String>> byQuote = new java.util.LinkedHashMap<>();
        for (MapContent.MapPlace p : content.places()) {
            if (Markers.hasMarker(p.place().kind()) && p.quote().isPresent()
                    && inner.contains(viewport.toScreen(p.place().point()))) {
                byQuote.computeIfAbsent(p.quote().get(), q -> new ArrayList<>()).add(p.label());
            }
        }
        for (MapContent.MapBorder b : content.borders()) {
            if (b.quote().isPresent() && anchorOn(b.border().geometry(), viewport, inner).isPresent()) {
                byQuote.computeIfAbsent(b.quote().get(), q -> new ArrayList<>()).add(b.label());
            }
        }
        List<Callout> out = new ArrayList<>();
        byQuote.forEach((quote, names) -> {
            if (out.size() < MAX_CALLOUTS) {
                out.add(new Callout(out.size() + 1, List.copyOf(names), quote));
            }
        });
        return out;
    }

    /** A point of the line inside {@code inner}: the middle one of its visible vertices. */
    private static Optional<Point2D> anchorOn(Geometry line, Viewport viewport, Rectangle2D inner) {
        if (!line.getEnvelopeInternal().intersects(viewport.geoBounds())) {
            return Optional.empty();
        }
        List<Point2D> visible = new ArrayList<>();
        for (Coordinate c : line.getCoordinates()) {
            double[] p = {c.x, c.y};
            viewport.toScreen(p, 1);
            if (inner.contains(p[0], p[1])) {
                visible.add(new Point2D.Double(p[0], p[1]));
            }
        }
        return visible.isEmpty() ? Optional.empty() : Optional.of(visible.get(visible.size() / 2));
    }

    /** Points spread along the visible part of a line, middle first, for a label to sit beside. */
    private static List<Point2D> pointsOn(Geometry line, Viewport viewport, Rectangle2D inner) {
        List<Point2D> visible = new ArrayList<>();
        for (Coordinate c : line.getCoordinates()) {
            double[] p = {c.x, c.y};
            viewport.toScreen(p, 1);
            if (inner.contains(p[0], p[1])) {
                visible.add(new Point2D.Double(p[0], p[1]));
            }
        }
        List<Point2D> out = new ArrayList<>();
        for (double share : new double[] {0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9}) {
            if (!visible.isEmpty()) {
                out.add(visible.get(Math.min(visible.size() - 1, (int) (share * visible.size()))));
            }
        }
        return out;
    }

    private static Optional<Callout> calloutFor(List<Callout> callouts, String name) {
        return callouts.stream().filter(c -> c.names().contains(name)).findFirst();
    }

    // ---- the map ----

    /**
     * One label to place: a badge (callout number) and a text near an anchor; {@code alternatives}
     * are other anchors tried first without a leader line (other points of a border).
     */
    private record LabelItem(String text, Font font, Color color, Point2D anchor, double gap, Optional<Integer> badge,
            int rings, List<Point2D> alternatives) {

        LabelItem(String text, Font font, Color color, Point2D anchor, double gap, Optional<Integer> badge, int rings) {
            this(text, font, color, anchor, gap, badge, rings, List.of());
        }

        LabelItem at(Point2D other) {
            return new LabelItem(text, font, color, other, gap, badge, rings, List.of());
        }
    }

    private List<PlacedLabel> drawMap(Graphics2D g, MapContent content, MapText text, Viewport viewport, Page page,
            List<Callout> callouts, Set<String> legend) {
        Rectangle2D area = viewport.area();
        Shape oldClip = g.getClip();
        g.clip(area);
        Envelope geo = viewport.geoBounds();
        boolean detailed = geo.getWidth() <= COARSE_ABOVE_DEGREES;
        Set<String> namedCountries = new LinkedHashSet<>();
        content.places().stream().filter(p -> p.place().kind() == PlaceKind.COUNTRY)
                .forEach(p -> p.place().country().ifPresent(namedCountries::add));
        new BasemapPainter(basemap, baseStyle).paint(g, area, geo, viewport, detailed, page.s, namedCountries,
                style.namedCountry());
        legend.add("legend.border");
        if (basemap.partsIn(geo, detailed).stream().anyMatch(p -> namedCountries.contains(p.country().code()))) {
            legend.add("legend.country.named");
        }
        drawGraticule(g, viewport, geo, page);

        Rectangle2D inner = inset(area, page.s * 6);
        LabelPlacer placer = new LabelPlacer(inner);

        // Borders first (under the markers), with a badge each when quoted.
        List<LabelItem> items = new ArrayList<>();
        for (MapContent.MapBorder b : content.borders()) {
            Optional<Point2D> anchor = anchorOn(b.border().geometry(), viewport, inner);
            if (anchor.isEmpty()) {
                continue;
            }
            legend.add("legend.border.named");
            Path2D path = GeometryPaths.path(b.border().geometry(), viewport);
            g.setColor(style.namedBorderHalo());
            g.setStroke(new BasicStroke((float) (8 * page.s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
            g.setColor(style.namedBorder());
            g.setStroke(new BasicStroke((float) (2.6 * page.s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
            items.add(new LabelItem(b.label(), fonts.italic(11.5 * page.s), style.namedBorder(), anchor.get(),
                    7 * page.s, calloutFor(callouts, b.label()).map(Callout::number), 6,
                    pointsOn(b.border().geometry(), viewport, inner)));
        }

        double markerSize = 11 * page.s;
        List<LabelItem> placeItems = new ArrayList<>();
        List<LabelItem> regionItems = new ArrayList<>();
        for (MapContent.MapPlace p : content.places()) {
            PlaceKind kind = p.place().kind();
            Point2D at = viewport.toScreen(p.place().point());
            if (!inner.contains(at)) {
                continue;
            }
            if (Markers.hasMarker(kind)) {
                legend.add("legend." + kind.label());
                boolean chosen = content.isSelected(p.place());
                double room = markerSize * (chosen ? 2.4 : 1.4);
                placer.block(new Rectangle2D.Double(at.getX() - room / 2, at.getY() - room / 2, room, room));
                Optional<Integer> badge = calloutFor(callouts, p.label()).map(Callout::number);
                placeItems.add(new LabelItem(p.label(), badge.isPresent() ? fonts.bold(12.5 * page.s)
                        : fonts.regular(12 * page.s), style.text(), at, markerSize * (chosen ? 1.25 : 0.8), badge, 8));
            } else if (kind == PlaceKind.REGION || kind == PlaceKind.STATE) {
                legend.add("legend.region");
                regionItems.add(new LabelItem(p.label().toUpperCase(Locale.ROOT), fonts.italic(13 * page.s),
                        style.region(), at, 0, Optional.empty(), 0));
            }
        }
        if (!callouts.isEmpty()) {
            legend.add("legend.callout");
        }
        List<TeacherMarks.InView> teacher = TeacherMarks.inView(content, viewport, inner);
        TeacherMarks.addLegend(teacher, legend);
        // The legend, scale bar and north arrow are drawn last, but their corners are kept free now.
        Rectangle2D legendBox = drawLegend(g, text, area, page, legend, false);
        placer.block(legendBox);
        drawScaleBar(g, text, viewport, area, page, legendBox, false).ifPresent(b -> placer.block(b.box()));
        placer.block(drawNorthArrow(g, text, viewport, area, page, false));
        // The teacher's own marks before the articles' labels: they were put there on purpose.
        TeacherMarks.Plan teacherPlan = teacherMarks.plan(g, teacher, placer, page.s);
        List<CountryLabels.Label> countryLabels = new ArrayList<>();
        List<CountryLabels.Label> countryCandidates = CountryLabels.candidates(g, basemap, detailed, geo, viewport,
                content.language(), fonts, page.s, namedCountries, 0.06);
        List<PlacedLabel> placed = new ArrayList<>();
        List<Runnable> drawLabels = new ArrayList<>();
        // Quoted places first, then the countries the articles name, other places, borders, regions:
        // the most telling keep their best spot.
        placeItems.stream().filter(i -> i.badge().isPresent())
                .forEach(i -> placeLabel(g, placer, i, page, placed, drawLabels));
        for (CountryLabels.Label label : countryCandidates) {
            if (label.named()) {
                placeNamedCountry(placer, label, placed).ifPresent(countryLabels::add);
            }
        }
        placeItems.stream().filter(i -> i.badge().isEmpty())
                .forEach(i -> placeLabel(g, placer, i, page, placed, drawLabels));
        items.forEach(i -> placeLabel(g, placer, i, page, placed, drawLabels));
        regionItems.forEach(i -> placeLabel(g, placer, i, page, placed, drawLabels));
        placed.addAll(teacherPlan.labels());
        drawLabels.addAll(0, teacherPlan.draw());
        for (CountryLabels.Label label : countryCandidates) {
            if (!label.named() && placer.placeExactly(label.box())) {
                countryLabels.add(label);
                placed.add(new PlacedLabel(label.text(), label.box(), false));
            }
        }
        for (CountryLabels.Label label : countryLabels) {
            TextPainter.drawWithHalo(g, label.font(), label.text(), label.x(), label.y(),
                    label.named() ? style.text() : baseStyle.countryLabel(), baseStyle.labelHalo(), 3 * page.s);
        }
        MapContent.MapPlace chosen = null;
        for (MapContent.MapPlace p : content.places()) {
            Point2D at = viewport.toScreen(p.place().point());
            if (Markers.hasMarker(p.place().kind()) && inner.contains(at)) {
                if (content.isSelected(p.place())) {
                    chosen = p;
                } else {
                    markers.draw(g, p.place().kind(), at.getX(), at.getY(), markerSize);
                }
            }
        }
        if (chosen != null) {
            // The place the user chose, last so that nothing covers it: larger, in a ring of the callouts' colour.
            Point2D at = viewport.toScreen(chosen.place().point());
            double ring = markerSize * 2.3;
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) (4.5 * page.s)));
            g.draw(new Ellipse2D.Double(at.getX() - ring / 2, at.getY() - ring / 2, ring, ring));
            g.setColor(style.callout());
            g.setStroke(new BasicStroke((float) (2.2 * page.s)));
            g.draw(new Ellipse2D.Double(at.getX() - ring / 2, at.getY() - ring / 2, ring, ring));
            markers.draw(g, chosen.place().kind(), at.getX(), at.getY(), markerSize * 1.35);
        }
        drawLabels.forEach(Runnable::run);
        g.setClip(oldClip);
        return placed;
    }

    /** A named country's name where it belongs, or shifted by up to two lines or half its width when taken. */
    private static Optional<CountryLabels.Label> placeNamedCountry(LabelPlacer placer, CountryLabels.Label label,
            List<PlacedLabel> placed) {
        double h = label.box().getHeight();
        double w = label.box().getWidth();
        double[][] shifts = {{0, 0}, {0, -1.1 * h}, {0, 1.1 * h}, {-0.5 * w, 0}, {0.5 * w, 0}, {0, -2.2 * h},
            {0, 2.2 * h}};
        for (double[] d : shifts) {
            Rectangle2D box = new Rectangle2D.Double(label.box().getX() + d[0], label.box().getY() + d[1], w, h);
            if (placer.placeExactly(box)) {
                placed.add(new PlacedLabel(label.text(), box, false));
                return Optional.of(new CountryLabels.Label(label.code(), label.text(), label.font(), label.x() + d[0],
                        label.y() + d[1], box, true));
            }
        }
        return Optional.empty();
    }

    private void placeLabel(Graphics2D g, LabelPlacer placer, LabelItem item, Page page, List<PlacedLabel> placed,
            List<Runnable> drawLabels) {
        double badge = item.badge().isPresent() ? item.font().getSize2D() * 1.45 : 0;
        double textWidth = TextPainter.width(g, item.font(), item.text());
        double height = Math.max(badge, item.font().getSize2D() * 1.25);
        double width = textWidth + (badge > 0 ? badge + item.font().getSize2D() * 0.35 : 0);
        // A little room around each label for its halo.
        double pad = 1.5 * page.s;
        Optional<LabelPlacer.Placement> spot = Optional.empty();
        LabelItem shown = item;
        for (Point2D other : item.alternatives()) {
            spot = placer.place(other, width + 2 * pad, height + 2 * pad, item.gap(), 0);
            if (spot.isPresent()) {
                shown = item.at(other);
                break;
            }
        }
        if (spot.isEmpty()) {
            spot = placer.place(item.anchor(), width + 2 * pad, height + 2 * pad, item.gap(), item.rings());
        }
        if (spot.isEmpty() && item.badge().isPresent()) {
            // No room for the name: the number alone still ties the place to its quote.
            shown = new LabelItem("", item.font(), item.color(), item.anchor(), item.gap(), item.badge(), 8);
            spot = placer.place(item.anchor(), badge + 2 * pad, badge + 2 * pad, item.gap(), 8);
        }
        if (spot.isEmpty()) {
            return;
        }
        Rectangle2D box = spot.get().box();
        LabelPlacer.Placement unpadded = new LabelPlacer.Placement(new Rectangle2D.Double(box.getX() + pad,
                box.getY() + pad, box.getWidth() - 2 * pad, box.getHeight() - 2 * pad), spot.get().leader());
        LabelItem drawnItem = shown;
        placed.add(new PlacedLabel(shown.text(), box, spot.get().leader()));
        drawLabels.add(() -> drawLabel(g, drawnItem, unpadded, badge, page));
    }

    private void drawLabel(Graphics2D g, LabelItem item, LabelPlacer.Placement spot, double badge, Page page) {
        Rectangle2D box = spot.box();
        if (spot.leader()) {
            Point2D end = LabelPlacer.leaderEnd(item.anchor(), box);
            double x = end.getX();
            double y = end.getY();
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) (2.6 * page.s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(item.anchor(), new Point2D.Double(x, y)));
            g.setColor(style.leader());
            g.setStroke(new BasicStroke((float) (1.0 * page.s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(item.anchor(), new Point2D.Double(x, y)));
        }
        double textX = box.getX();
        if (item.badge().isPresent()) {
            drawBadge(g, item.badge().get(), box.getX(), box.getCenterY(), badge);
            textX += badge + item.font().getSize2D() * 0.35;
        }
        if (item.text().isEmpty()) {
            return;
        }
        java.awt.font.LineMetrics m = item.font().getLineMetrics(item.text(), g.getFontRenderContext());
        double baseline = box.getCenterY() + (m.getAscent() - m.getDescent()) / 2;
        TextPainter.drawWithHalo(g, item.font(), item.text(), textX, baseline, item.color(), Color.WHITE, 3.2 * page.s);
    }

    private void drawBadge(Graphics2D g, int number, double x, double centreY, double diameter) {
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(x - diameter * 0.08, centreY - diameter * 0.58, diameter * 1.16, diameter * 1.16));
        g.setColor(style.callout());
        g.fill(new Ellipse2D.Double(x, centreY - diameter / 2, diameter, diameter));
        String digits = String.valueOf(number);
        Font font = fonts.bold(diameter * (digits.length() > 1 ? 0.52 : 0.62));
        java.awt.font.LineMetrics m = font.getLineMetrics(digits, g.getFontRenderContext());
        g.setFont(font);
        g.setColor(Color.WHITE);
        g.drawString(digits, (float) (x + (diameter - TextPainter.width(g, font, digits)) / 2),
                (float) (centreY + (m.getAscent() - m.getDescent()) / 2));
    }

    private void drawGraticule(Graphics2D g, Viewport viewport, Envelope geo, Page page) {
        double span = Math.max(geo.getWidth(), geo.getHeight());
        double step = 30;
        for (double candidate : new double[] {1, 2, 5, 10, 15, 20, 30}) {
            if (span / candidate <= 8) {
                step = candidate;
                break;
            }
        }
        g.setColor(new Color(baseStyle.graticule().getRed(), baseStyle.graticule().getGreen(),
                baseStyle.graticule().getBlue(), 150));
        g.setStroke(new BasicStroke((float) (0.6 * page.s)));
        double sample = step / 16;
        double maxLat = viewport.projection().kind() == MapProjection.Kind.MERCATOR ? 85 : 90;
        for (double lon = Math.ceil(geo.getMinX() / step) * step; lon <= geo.getMaxX(); lon += step) {
            Path2D.Double path = new Path2D.Double();
            for (double lat = Math.max(-maxLat, geo.getMinY()); lat <= Math.min(maxLat, geo.getMaxY()); lat += sample) {
                extend(path, viewport.toScreen(new GeoPoint(lat, lon)));
            }
            g.draw(path);
        }
        for (double lat = Math.ceil(geo.getMinY() / step) * step; lat <= Math.min(maxLat, geo.getMaxY()); lat += step) {
            Path2D.Double path = new Path2D.Double();
            for (double lon = geo.getMinX(); lon <= geo.getMaxX(); lon += sample) {
                extend(path, viewport.toScreen(new GeoPoint(lat, Math.max(-180, Math.min(180, lon)))));
            }
            g.draw(path);
        }
    }

    /** A graticule line's next point: the first one starts the path. */
    private static void extend(Path2D path, Point2D p) {
        if (path.getCurrentPoint() == null) {
            path.moveTo(p.getX(), p.getY());
        } else {
            path.lineTo(p.getX(), p.getY());
        }
    }

    // ---- legend, scale bar, north arrow ----

    private static final List<String> LEGEND_ORDER = List.of("legend.border.named", "legend.border",
            "legend.country.named", "legend.city", "legend.base", "legend.landmark", "legend.physical", "legend.region",
            "legend.callout", "legend.pin", "legend.note");

    private Rectangle2D drawLegend(Graphics2D g, MapText text, Rectangle2D mapArea, Page page, Set<String> used,
            boolean draw) {
        List<String> rows = LEGEND_ORDER.stream().filter(used::contains).toList();
        double size = 10.5 * page.s;
        double row = size * 1.75;
        double pad = 8 * page.s;
        double symbol = size * 2.6;
        double width = 0;
        for (String key : rows) {
            width = Math.max(width, TextPainter.width(g, fonts.regular(size), text.get(key)));
        }
        width = Math.max(width + symbol + size * 0.6, TextPainter.width(g, fonts.bold(size * 1.1), text.get("legend.title")))
                + 2 * pad;
        double height = (rows.size() + 1.4) * row + 2 * pad - row * 0.4;
        Rectangle2D box = new Rectangle2D.Double(mapArea.getMinX() + 8 * page.s, mapArea.getMaxY() - 8 * page.s - height,
                width, height);
        if (!draw) {
            return box;
        }
        panel(g, box, page);
        double y = box.getY() + pad + size * 1.1;
        g.setFont(fonts.bold(size * 1.1));
        g.setColor(style.text());
        g.drawString(text.get("legend.title"), (float) (box.getX() + pad), (float) y);
        y += row * 0.4;
        for (String key : rows) {
            double cy = y + row / 2;
            double sx = box.getX() + pad;
            drawLegendSymbol(g, key, sx, cy, symbol, size, page);
            g.setFont(fonts.regular(size));
            g.setColor(style.text());
            g.drawString(text.get(key), (float) (sx + symbol + size * 0.6), (float) (cy + size * 0.36));
            y += row;
        }
        return box;
    }

    private void drawLegendSymbol(Graphics2D g, String key, double x, double cy, double width, double size, Page page) {
        switch (key) {
            case "legend.border.named" -> {
                Line2D line = new Line2D.Double(x, cy, x + width, cy);
                g.setColor(style.namedBorderHalo());
                g.setStroke(new BasicStroke((float) (8 * page.s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(line);
                g.setColor(style.namedBorder());
                g.setStroke(new BasicStroke((float) (2.6 * page.s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(line);
            }
            case "legend.border" -> {
                g.setColor(baseStyle.border());
                g.setStroke(new BasicStroke((float) (baseStyle.borderWidth() * 1.3 * page.s)));
                g.draw(new Line2D.Double(x, cy, x + width, cy));
            }
            case "legend.country.named" -> {
                Rectangle2D swatch = new Rectangle2D.Double(x, cy - size * 0.55, width, size * 1.1);
                g.setColor(style.namedCountry());
                g.fill(swatch);
                g.setColor(baseStyle.coast());
                g.setStroke(new BasicStroke((float) (0.8 * page.s)));
                g.draw(swatch);
            }
            case "legend.region" -> {
                g.setFont(fonts.italic(size));
                g.setColor(style.region());
                g.drawString("ABC", (float) (x + (width - TextPainter.width(g, fonts.italic(size), "ABC")) / 2),
                        (float) (cy + size * 0.36));
            }
            case "legend.callout" -> drawBadge(g, 1, x + (width - size * 1.45) / 2, cy, size * 1.45);
            case "legend.pin" -> TeacherMarks.drawPin(g, x + width / 2, cy + size * 0.75, size * 1.6);
            case "legend.note" -> teacherMarks.drawNoteSign(g, x + (width - size * 1.3) / 2, cy - size * 0.65,
                    size * 1.3, page.s);
            default -> {
                PlaceKind kind = PlaceKind.valueOf(key.substring("legend.".length()).toUpperCase(Locale.ROOT));
                markers.draw(g, kind, x + width / 2, cy, 11 * page.s);
            }
        }
    }

    private void panel(Graphics2D g, Rectangle2D box, Page page) {
        g.setColor(style.panel());
        g.fill(box);
        g.setColor(style.frame());
        g.setStroke(new BasicStroke((float) (0.8 * page.s)));
        g.draw(box);
    }

    private record ScaleBox(ScaleBar bar, Rectangle2D box) {
    }

    private Optional<ScaleBox> drawScaleBar(Graphics2D g, MapText text, Viewport viewport, Rectangle2D mapArea,
            Page page, Rectangle2D legendBox, boolean draw) {
        double kmPerPixel = viewport.kmPerPixelAtCentre();
        if (!(kmPerPixel > 0)) {
            return Optional.empty();
        }
        double room = Math.min(180 * page.s, mapArea.getMaxX() - legendBox.getMaxX() - 60 * page.s);
        if (room < 30 * page.s) {
            return Optional.empty();
        }
        ScaleBar bar = ScaleBar.choose(kmPerPixel, room);
        double size = 10 * page.s;
        double pad = 8 * page.s;
        String note = text.get("scale.at", latitude(viewport.centre().lat()));
        double width = Math.max(bar.pixels() + TextPainter.width(g, fonts.regular(size), bar.label()) / 2,
                TextPainter.width(g, fonts.regular(size * 0.9), note)) + 2 * pad;
        double height = size * 4.2 + 2 * pad;
        Rectangle2D box = new Rectangle2D.Double(mapArea.getMaxX() - 8 * page.s - width,
                mapArea.getMaxY() - 8 * page.s - height, width, height);
        if (!draw) {
            return Optional.of(new ScaleBox(bar, box));
        }
        panel(g, box, page);
        double x = box.getX() + pad;
        double barY = box.getY() + pad + size * 1.4;
        double barH = size * 0.55;
        int segments = 4;
        for (int i = 0; i < segments; i++) {
            g.setColor(i % 2 == 0 ? style.text() : Color.WHITE);
            g.fill(new Rectangle2D.Double(x + bar.pixels() * i / segments, barY, bar.pixels() / segments, barH));
        }
        g.setColor(style.text());
        g.setStroke(new BasicStroke((float) (0.8 * page.s)));
        g.draw(new Rectangle2D.Double(x, barY, bar.pixels(), barH));
        g.setFont(fonts.regular(size));
        g.drawString("0", (float) (x - TextPainter.width(g, fonts.regular(size), "0") / 2), (float) (barY - size * 0.4));
        g.drawString(bar.label(), (float) (x + bar.pixels() - TextPainter.width(g, fonts.regular(size), bar.label()) / 2),
                (float) (barY - size * 0.4));
        g.setFont(fonts.regular(size * 0.9));
        g.setColor(style.mutedText());
        g.drawString(note, (float) x, (float) (barY + barH + size * 1.5));
        return Optional.of(new ScaleBox(bar, box));
    }

    private static String latitude(double lat) {
        return String.format(Locale.ROOT, "%.0f° %s", Math.abs(lat), lat >= 0 ? "N" : "S");
    }

    private Rectangle2D drawNorthArrow(Graphics2D g, MapText text, Viewport viewport, Rectangle2D mapArea, Page page,
            boolean draw) {
        GeoPoint centre = viewport.centre();
        Point2D a = viewport.toScreen(centre);
        Point2D b = viewport.toScreen(new GeoPoint(Math.min(89.9, centre.lat() + 0.5), centre.lon()));
        double angle = Math.atan2(b.getX() - a.getX(), a.getY() - b.getY());
        double size = 26 * page.s;
        double cx = mapArea.getMaxX() - 8 * page.s - size * 0.9;
        double cy = mapArea.getMinY() + 8 * page.s + size * 1.5;
        Rectangle2D box = new Rectangle2D.Double(cx - size * 0.9, cy - size * 1.5, size * 1.8, size * 2.6);
        if (!draw) {
            return box;
        }
        panel(g, box, page);
        java.awt.geom.AffineTransform saved = g.getTransform();
        g.rotate(angle, cx, cy + size * 0.25);
        Path2D.Double left = new Path2D.Double();
        left.moveTo(cx, cy - size * 0.55);
        left.lineTo(cx - size * 0.38, cy + size * 0.85);
        left.lineTo(cx, cy + size * 0.55);
        left.closePath();
        Path2D.Double right = new Path2D.Double();
        right.moveTo(cx, cy - size * 0.55);
        right.lineTo(cx + size * 0.38, cy + size * 0.85);
        right.lineTo(cx, cy + size * 0.55);
        right.closePath();
        g.setColor(style.text());
        g.fill(left);
        g.setStroke(new BasicStroke((float) (page.s)));
        g.draw(right);
        Font font = fonts.bold(size * 0.55);
        g.setFont(font);
        g.drawString(text.get("north"), (float) (cx - TextPainter.width(g, font, text.get("north")) / 2),
                (float) (cy - size * 0.7));
        g.setTransform(saved);
        return box;
    }

    // ---- caption ----

    /** In a caption's badges: the line starts a teacher's note, or a pin's whole text. */
    private static final int NOTE_LINE = -1;
    private static final int PIN_LINE = -2;

    private record Caption(double height, List<RichText.Line> lines, List<Integer> badgeAtLine, double lineHeight,
            double indent, double badge, List<RichText.Line> attribution, double smallLineHeight) {
    }

    private Caption caption(Graphics2D g, MapContent content, MapText text, Page page, List<Callout> callouts,
            Viewport viewport, MapProjection projection) {
        double size = 11.5 * page.s;
        double lineHeight = size * 1.4;
        double badge = size * 1.45;
        double indent = badge + size * 0.6;
        double width = page.width - 2 * page.margin - indent;
        List<RichText.Line> lines = new ArrayList<>();
        List<Integer> badges = new ArrayList<>();
        // The teacher's notes (and pins too long for the map) first, each behind its sign: when the caption
        // is full, quotes give way, and a dropped quote loses its number on the map too.
        for (TeacherMarks.InView m : TeacherMarks.inView(content, viewport, inset(viewport.area(), page.s * 6))) {
            if (!m.inCaption()) {
                continue;
            }
            List<RichText.Run> runs = m.name().isEmpty()
                    ? List.of(new RichText.Run(m.text(), fonts.regular(size), style.text()))
                    : List.of(new RichText.Run(m.name(), fonts.bold(size), style.text()),
                            new RichText.Run(" — " + m.text(), fonts.regular(size), style.text()));
            List<RichText.Line> wrapped = RichText.wrap(g, runs, width);
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add(wrapped.get(i));
                badges.add(i > 0 ? 0 : m.pin() ? PIN_LINE : NOTE_LINE);
            }
        }
        for (Callout c : callouts) {
            List<RichText.Run> runs = List.of(
                    new RichText.Run(String.join(", ", c.names()), fonts.bold(size), style.text()),
                    new RichText.Run(" — " + text.quoted(c.quote().excerpt()) + " — ", fonts.regular(size), style.text()),
                    new RichText.Run(c.quote().source(), fonts.italic(size), style.mutedText()));
            List<RichText.Line> wrapped = RichText.wrap(g, runs, width);
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add(wrapped.get(i));
                badges.add(i == 0 ? c.number() : 0);
            }
        }
        double small = 9.5 * page.s;
        String projectionName = projection.kind() == MapProjection.Kind.LAEA
                ? text.get("projection.laea", latitude(projection.centre().lat()) + " "
                        + String.format(Locale.ROOT, "%.0f° %s", Math.abs(projection.centre().lon()),
                                projection.centre().lon() >= 0 ? "E" : "W"))
                : text.get("projection.mercator");
        String attribution = text.get("attribution.basemap") + " · " + projectionName + " · "
                + text.get("attribution.articles", String.join(" ; ", content.citations()));
        List<RichText.Line> attributionLines = RichText.wrap(g,
                List.of(new RichText.Run(attribution, fonts.regular(small), style.mutedText())),
                page.width - 2 * page.margin);
        double smallLine = small * 1.35;
        double fixed = page.margin * 0.8 + attributionLines.size() * smallLine + page.margin * 0.6;
        double max = page.height * MAX_CAPTION_SHARE - fixed;
        int fit = lines.size();
        while (fit > 0 && fit * lineHeight + (fit > 0 ? page.margin * 0.5 : 0) > max) {
            fit--;
        }
        // Cut at an entry's start so that no quote is left half-printed.
        while (fit > 0 && fit < lines.size() && badges.get(fit) == 0) {
            fit--;
        }
        List<RichText.Line> kept = lines.subList(0, fit);
        double height = fixed + kept.size() * lineHeight + (kept.isEmpty() ? 0 : page.margin * 0.5);
        return new Caption(height, List.copyOf(kept), List.copyOf(badges.subList(0, fit)), lineHeight, indent, badge,
                attributionLines, smallLine);
    }

    private void drawCaption(Graphics2D g, Caption caption, double top, Page page) {
        double y = top + page.margin * 0.8;
        double x = page.margin;
        for (int i = 0; i < caption.lines().size(); i++) {
            double baseline = y + caption.lineHeight() * 0.75;
            int number = caption.badgeAtLine().get(i);
            if (number > 0) {
                drawBadge(g, number, x, baseline - caption.lineHeight() * 0.3, caption.badge());
            } else if (number == NOTE_LINE) {
                teacherMarks.drawNoteSign(g, x, baseline - caption.lineHeight() * 0.3 - caption.badge() / 2,
                        caption.badge(), page.s);
            } else if (number == PIN_LINE) {
                TeacherMarks.drawPin(g, x + caption.badge() / 2, baseline + caption.badge() * 0.15,
                        caption.badge() * 0.8);
            }
            RichText.draw(g, caption.lines().get(i), x + caption.indent(), baseline);
            y += caption.lineHeight();
        }
        if (!caption.lines().isEmpty()) {
            y += page.margin * 0.5;
        }
        for (RichText.Line line : caption.attribution()) {
            RichText.draw(g, line, x, y + caption.smallLineHeight() * 0.75);
            y += caption.smallLineHeight();
        }
    }
}
