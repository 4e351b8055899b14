package org.articleatlas.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.model.Mention;
import org.articleatlas.model.PlaceKind;

/**
 * How a place's marker looks: the shape says its kind (a ring for a country, a square ring for a
 * region, a dot for a city, a diamond for a landmark, a square for a base, a triangle for a
 * physical feature), the size how often it is named, and the colour its kind, or, when several
 * articles are open, the article that names it (in stripes when several do).
 */
public final class MarkerStyle {

    /** Article colours: Okabe and Ito's palette, told apart by colour-blind readers too. */
    private static final List<Color> ARTICLE_COLOURS = List.of(Color.web("#0072b2"), Color.web("#d55e00"),
            Color.web("#009e73"), Color.web("#cc79a7"), Color.web("#e69f00"), Color.web("#56b4e9"),
            Color.web("#000000"), Color.web("#f0e442"));

    private MarkerStyle() {
    }

    public static double radius(PlaceResult place) {
        double base = place.place().kind() == PlaceKind.COUNTRY || place.place().kind() == PlaceKind.REGION ? 6 : 4;
        return base + 2.2 * Math.sqrt(place.mentions().size());
    }

    /**
     * How far below its point a marker sits. A country's point is where the basemap writes its
     * name, so its ring goes just under the name instead of over it.
     */
    public static double dropBelowPoint(PlaceResult place) {
        return place.place().kind() == PlaceKind.COUNTRY ? radius(place) + 8 : 0;
    }

    public static Color kindColour(PlaceKind kind) {
        return switch (kind) {
            case COUNTRY -> Color.web("#4c72b0");
            case REGION, STATE -> Color.web("#8172b2");
            case CITY -> Color.web("#dd8452");
            case LANDMARK -> Color.web("#c44e52");
            case BASE -> Color.web("#55a868");
            case PHYSICAL -> Color.web("#64b5cd");
            case BORDER -> Color.web("#937860");
        };
    }

    public static Color articleColour(int index) {
        return ARTICLE_COLOURS.get(Math.floorMod(index, ARTICLE_COLOURS.size()));
    }

    /** The ids of the articles the places come from, in a stable order that gives each its colour. */
    public static List<String> articleIds(List<PlaceResult> places) {
        TreeSet<String> ids = new TreeSet<>();
        places.forEach(p -> p.mentions().forEach(m -> ids.add(m.articleId())));
        return List.copyOf(ids);
    }

    /** Rings show a country or region (an area), filled shapes a point-like place. */
    public static boolean isArea(PlaceKind kind) {
        return kind == PlaceKind.COUNTRY || kind == PlaceKind.REGION || kind == PlaceKind.STATE;
    }

    /** A new marker shape centred on (0, 0). */
    public static Shape shape(PlaceKind kind, double r) {
        return switch (kind) {
            case COUNTRY -> new Circle(r);
            case REGION, STATE -> rounded(new Rectangle(-r, -r, 2 * r, 2 * r), r * 0.5);
            case CITY, BORDER -> new Circle(r * 0.85);
            case LANDMARK -> new Polygon(0, -r * 1.2, r * 1.2, 0, 0, r * 1.2, -r * 1.2, 0);
            case BASE -> new Rectangle(-r * 0.85, -r * 0.85, 1.7 * r, 1.7 * r);
            case PHYSICAL -> new Polygon(0, -r * 1.15, r * 1.1, r * 0.8, -r * 1.1, r * 0.8);
        };
    }

    private static Rectangle rounded(Rectangle rectangle, double arc) {
        rectangle.setArcWidth(arc);
        rectangle.setArcHeight(arc);
        return rectangle;
    }

    /** Styles a marker; {@code articleIds} are all the open articles' ids, as {@link #articleIds}. */
    public static void apply(Shape marker, PlaceResult place, List<String> articleIds, boolean selected) {
        Paint colour = paint(place, articleIds);
        if (isArea(place.place().kind())) {
            marker.setFill(Color.rgb(255, 255, 255, 0.55));
            marker.setStroke(selected ? Color.BLACK : colour);
            marker.setStrokeWidth(selected ? 4 : 3);
        } else {
            marker.setFill(colour);
            marker.setStroke(selected ? Color.BLACK : Color.WHITE);
            marker.setStrokeWidth(selected ? 3 : 1.2);
        }
        marker.setOpacity(0.9);
    }

    private static Paint paint(PlaceResult place, List<String> articleIds) {
        if (articleIds.size() < 2) {
            return kindColour(place.place().kind());
        }
        List<Color> colours = new ArrayList<>();
        for (int i = 0; i < articleIds.size(); i++) {
            String id = articleIds.get(i);
            if (place.mentions().stream().map(Mention::articleId).anyMatch(id::equals)) {
                colours.add(articleColour(i));
            }
        }
        if (colours.size() == 1) {
            return colours.get(0);
        }
        // Hard-edged diagonal stripes, one per article that names the place.
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < colours.size(); i++) {
            stops.add(new Stop((double) i / colours.size(), colours.get(i)));
            stops.add(new Stop((double) (i + 1) / colours.size() - 1e-6, colours.get(i)));
        }
        return new LinearGradient(0, 0, 1, 1, true, CycleMethod.NO_CYCLE, stops);
    }
}
