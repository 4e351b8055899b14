package org.articleatlas.geoparse;

import java.util.List;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.geodata.Geodesy;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.PlaceKind;

/**
 * Where to show a long river or a wide range that an article names: of its main point and the points
 * along it, the one the article's other places gather around. The Amu Darya of a story about Termez is
 * shown at Termez, not at its mouth on the Aral Sea 900 km away; a learner looks for it there, and that
 * is the stretch the story speaks of.
 */
final class FeaturePoint {

    /** How close an article's place must be for a point to count as that place's stretch of the feature. */
    private static final double STRETCH_KM = 300;

    private FeaturePoint() {
    }

    /**
     * {@code feature} at the point with the most of the article's places within {@link #STRETCH_KM}, the
     * nearest to one of them on a tie; as it is when none of its points has a place of the article nearby.
     */
    static GazetteerEntry near(GazetteerEntry feature, List<PlaceResolver.Settled> settled) {
        if (feature.along().isEmpty()) {
            return feature;
        }
        GeoPoint best = feature.place().point();
        int bestCount = 0;
        double bestKm = Double.MAX_VALUE;
        for (int i = -1; i < feature.along().size(); i++) {
            GeoPoint p = i < 0 ? feature.place().point() : feature.along().get(i);
            int count = 0;
            double nearest = Double.MAX_VALUE;
            for (PlaceResolver.Settled s : settled) {
                if (!locatesAStretch(s.entry(), feature)) {
                    continue;
                }
                double km = Geodesy.distanceKm(p, s.entry().place().point());
                if (km <= STRETCH_KM) {
                    count++;
                    nearest = Math.min(nearest, km);
                }
            }
            if (count > bestCount || (count > 0 && count == bestCount && nearest < bestKm)) {
                best = p;
                bestCount = count;
                bestKm = nearest;
            }
        }
        return best == feature.place().point() ? feature : feature.at(best);
    }

    /** Towns, sites and bases have points precise enough to say which stretch; countries and regions do not. */
    private static boolean locatesAStretch(GazetteerEntry place, GazetteerEntry feature) {
        PlaceKind kind = place.place().kind();
        return place != feature && (kind == PlaceKind.CITY || kind == PlaceKind.LANDMARK || kind == PlaceKind.BASE);
    }
}
