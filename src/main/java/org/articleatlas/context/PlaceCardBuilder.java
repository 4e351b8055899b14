package org.articleatlas.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.articleatlas.gazetteer.Gazetteer;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.geodata.Border;
import org.articleatlas.geodata.BorderDistance;
import org.articleatlas.geodata.Country;
import org.articleatlas.geodata.Geodesy;
import org.articleatlas.geodata.Geography;
import org.articleatlas.geoparse.ArticleGeoparse;
import org.articleatlas.geoparse.GeoparseResult;
import org.articleatlas.geoparse.ResolvedMention;
import org.articleatlas.model.Article;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.Mention;
import org.articleatlas.model.Place;
import org.articleatlas.model.PlaceKind;

/**
 * Builds the card of one place from the gazetteer, the geodata and what the articles say.
 * Areas (countries, regions) get their neighbours and regions; points (cities, landmarks, bases)
 * get distances as well, all measured on the ellipsoid.
 */
public final class PlaceCardBuilder {

    /**
     * A « city » to measure from is one a reader knows: a capital, a regional seat or a town of
     * this size. Smaller places are nearer but say nothing to a class (Kant Air Base is in Kant;
     * the teacher wants Bishkek).
     */
    static final long KNOWN_CITY_POPULATION = 100_000;

    private static final Set<PlaceKind> AREAS = Set.of(PlaceKind.COUNTRY, PlaceKind.REGION, PlaceKind.STATE);

    private final Geography geography;
    private final Gazetteer gazetteer;
    private final NamedRegions regions;
    private final GeoparseResult articles;
    private final PointContextFinder points;

    public PlaceCardBuilder(Geography geography, Gazetteer gazetteer, NamedRegions regions, GeoparseResult articles) {
        this.geography = geography;
        this.gazetteer = gazetteer;
        this.regions = regions;
        this.articles = articles;
        this.points = new PointContextFinder(geography);
    }

    /** The card of a gazetteer place; empty when the id is not in the gazetteer. */
    public Optional<PlaceCard> cardFor(String placeId) {
        Optional<Place> place = placeOf(placeId);
        return place.map(this::card);
    }

    /** The articles' version of the place first: a project may have moved it. */
    private Optional<Place> placeOf(String id) {
        return articles.places().stream().map(GeoparseResult.PlaceResult::place).filter(p -> p.id().equals(id))
                .findFirst().or(() -> gazetteer.byId(id).map(GazetteerEntry::place));
    }

    private PlaceCard card(Place place) {
        GeoPoint point = place.point();
        boolean area = AREAS.contains(place.kind());
        Optional<Country> country = place.country().flatMap(c -> geography.countries().byCode(c))
                .or(() -> place.kind() == PlaceKind.REGION ? Optional.empty() : geography.countries().countryAt(point));
        List<PointContext.Neighbour> neighbours = country.map(points::neighboursOf).orElse(null);
        PlaceCard.NearbyPlace nearestCity = null;
        PointContext.NearestBorder nearestBorder = null;
        List<PlaceCard.NamedBorder> named = null;
        List<PlaceCard.NearbyPlace> others = null;
        if (!area) {
            if (place.kind() != PlaceKind.CITY) {
                nearestCity = nearestKnownCity(place).orElse(null);
            }
            nearestBorder = geography.borders().nearestTo(point).map(PointContextFinder::nearest).orElse(null);
            named = namedBorders(point);
            others = otherPlacesOfItsArticles(place);
        }
        List<PlaceCard.RegionRef> inRegions = place.kind() == PlaceKind.COUNTRY || place.kind() == PlaceKind.REGION
                ? regionsSpanning(place) : regions.containing(point);
        return new PlaceCard(place.id(), place.name(), place.nameFr(), place.kind().label(),
                PointContextFinder.coordinates(point), country.map(PointContextFinder::ref).orElse(null),
                admin1(place).orElse(null), nearestCity, nearestBorder, named, neighbours, inRegions, others,
                excerpts(place.id()));
    }

    /** A country lies in the regions that list it as a member; a region in none. */
    private List<PlaceCard.RegionRef> regionsSpanning(Place place) {
        if (place.kind() != PlaceKind.COUNTRY || place.country().isEmpty()) {
            return List.of();
        }
        String code = place.country().get();
        return gazetteer.entries().stream()
                .filter(e -> e.place().kind() == PlaceKind.REGION && e.members().contains(code)
                        && e.members().size() > 1)
                .map(e -> new PlaceCard.RegionRef(e.id(), e.place().name(), e.place().nameFr())).toList();
    }

    private Optional<PlaceCard.Admin1> admin1(Place place) {
        if (place.country().isEmpty() || place.kind() == PlaceKind.COUNTRY || place.kind() == PlaceKind.REGION) {
            return Optional.empty();
        }
        Optional<GazetteerEntry> own = gazetteer.byId(place.id());
        if (place.kind() == PlaceKind.STATE) {
            return own.map(e -> admin1Ref(e, "gazetteer"));
        }
        String country = place.country().get();
        Optional<String> code = own.flatMap(GazetteerEntry::admin1);
        String basis = "gazetteer";
        if (code.isEmpty()) {
            code = nearest(place.point(), e -> e.place().kind() == PlaceKind.CITY && e.admin1().isPresent()
                    && e.place().country().equals(place.country())).flatMap(GazetteerEntry::admin1);
            basis = "nearest town";
        }
        String wanted = code.orElse(null);
        String why = basis;
        return code.flatMap(c -> admin1Entries().stream()
                .filter(e -> e.place().country().equals(Optional.of(country)) && e.admin1().equals(Optional.of(wanted)))
                .findFirst().map(e -> admin1Ref(e, why)));
    }

    private List<GazetteerEntry> admin1Entries;

    private List<GazetteerEntry> admin1Entries() {
        if (admin1Entries == null) {
            admin1Entries = gazetteer.entries().stream().filter(e -> "ADM1".equals(e.featureCode())).toList();
        }
        return admin1Entries;
    }

    private static PlaceCard.Admin1 admin1Ref(GazetteerEntry e, String basis) {
        return new PlaceCard.Admin1(e.id(), e.admin1().orElse(null), e.place().name(), e.place().nameFr(), basis);
    }

    private Optional<PlaceCard.NearbyPlace> nearestKnownCity(Place place) {
        return nearest(place.point(), e -> e.place().kind() == PlaceKind.CITY && !e.id().equals(place.id())
                && (e.isCapital() || "PPLA".equals(e.featureCode()) || e.population() >= KNOWN_CITY_POPULATION))
                .map(e -> nearby(e.place(), e.population(), place.point(), null));
    }

    /**
     * The nearest entry that passes {@code test}: candidates are ranked in a plane with longitudes
     * shrunk by the cosine of latitude, and the best few are measured on the ellipsoid, which
     * settles the near ties that plane gets wrong.
     */
    private Optional<GazetteerEntry> nearest(GeoPoint p, java.util.function.Predicate<GazetteerEntry> test) {
        double scale = Math.cos(Math.toRadians(p.lat()));
        record Ranked(GazetteerEntry entry, double planar) {
        }
        return gazetteer.entries().stream().filter(test)
                .map(e -> {
                    double dx = wrap(e.place().point().lon() - p.lon()) * scale;
                    double dy = e.place().point().lat() - p.lat();
                    return new Ranked(e, dx * dx + dy * dy);
                })
                .sorted(Comparator.comparingDouble(Ranked::planar)).limit(5)
                .min(Comparator.comparingDouble(r -> Geodesy.distanceKm(p, r.entry().place().point())))
                .map(Ranked::entry);
    }

    private static double wrap(double dLon) {
        return dLon > 180 ? dLon - 360 : dLon < -180 ? dLon + 360 : dLon;
    }

    private List<PlaceCard.NamedBorder> namedBorders(GeoPoint point) {
        List<PlaceCard.NamedBorder> out = new ArrayList<>();
        for (GeoparseResult.BorderResult b : articles.borders()) {
            Border border = b.border();
            BorderDistance d = geography.borders().distance(border, point);
            out.add(new PlaceCard.NamedBorder(border.a(), border.b(), border.nameEn(), border.nameFr(),
                    PointContextFinder.round(d.distanceKm()), PointContextFinder.coordinates(d.closest())));
        }
        out.sort(Comparator.comparingDouble(PlaceCard.NamedBorder::distanceKm));
        return out;
    }

    /** The point places named in the same articles, nearest first within each article. */
    private List<PlaceCard.NearbyPlace> otherPlacesOfItsArticles(Place place) {
        List<PlaceCard.NearbyPlace> out = new ArrayList<>();
        for (ArticleGeoparse article : articles.articles()) {
            if (article.places().stream().noneMatch(r -> r.entry().id().equals(place.id()))) {
                continue;
            }
            Map<String, ResolvedMention> others = new LinkedHashMap<>();
            for (ResolvedMention r : article.places()) {
                Place other = r.entry().place();
                if (!other.id().equals(place.id()) && !AREAS.contains(other.kind())) {
                    others.putIfAbsent(other.id(), r);
                }
            }
            others.values().stream()
                    .map(r -> nearby(r.entry().place(), null, place.point(), article.article().fileName()))
                    .sorted(Comparator.comparingDouble(PlaceCard.NearbyPlace::distanceKm))
                    .forEach(out::add);
        }
        return out;
    }

    private static PlaceCard.NearbyPlace nearby(Place other, Long population, GeoPoint from, String article) {
        return new PlaceCard.NearbyPlace(other.id(), other.name(), other.nameFr(), other.kind().label(),
                other.country().orElse(null), population,
                PointContextFinder.round(Geodesy.distanceKm(from, other.point())), article);
    }

    private List<PlaceCard.Excerpt> excerpts(String placeId) {
        Map<String, Article> byId = new HashMap<>();
        articles.articles().forEach(a -> byId.put(a.article().id(), a.article()));
        return articles.places().stream().filter(p -> p.place().id().equals(placeId))
                .flatMap(p -> p.mentions().stream())
                .map(m -> excerpt(m, byId.get(m.articleId()))).toList();
    }

    private static PlaceCard.Excerpt excerpt(Mention m, Article article) {
        return new PlaceCard.Excerpt(article.fileName(), m.span().start(), m.span().end(), m.text(),
                m.sentence().of(article.text()).strip());
    }
}
