package org.articleatlas.context;

import java.util.List;
import java.util.Optional;
import org.articleatlas.geodata.Border;
import org.articleatlas.geodata.BorderDistance;
import org.articleatlas.geodata.Country;
import org.articleatlas.geodata.Geography;
import org.articleatlas.geodata.OfficialBorderLengths.OfficialLength;
import org.articleatlas.model.GeoPoint;

/** Answers "where is this point?" from the geodata, for the {@code context} command and the place card. */
public final class PointContextFinder {

    private final Geography geography;

    public PointContextFinder(Geography geography) {
        this.geography = geography;
    }

    public PointContext at(GeoPoint point) {
        return at(point, List.of());
    }

    /**
     * @param borders the borders to report lengths and distance for: one is reported as
     *                {@code border}, several as {@code borders} in this order
     */
    public PointContext at(GeoPoint point, List<Border> borders) {
        Optional<Country> country = geography.countries().countryAt(point);
        List<PointContext.Neighbour> neighbours = country.map(this::neighboursOf).orElse(List.of());
        PointContext.NearestBorder nearest = geography.borders().nearestTo(point).map(PointContextFinder::nearest)
                .orElse(null);
        return new PointContext(coordinates(point), country.map(PointContextFinder::ref).orElse(null), neighbours,
                nearest, borders.size() == 1 ? lengths(borders.get(0), point) : null,
                borders.size() > 1 ? borders.stream().map(b -> lengths(b, point)).toList() : null);
    }

    /** A country's land neighbours, longest shared border first. */
    List<PointContext.Neighbour> neighboursOf(Country country) {
        return geography.borders().of(country.code()).stream().map(b -> neighbour(country, b)).toList();
    }

    private PointContext.Neighbour neighbour(Country from, Border border) {
        String code = border.otherSide(from.code());
        Optional<Country> other = geography.countries().byCode(code);
        return new PointContext.Neighbour(code, other.map(Country::nameEn).orElse(code),
                other.map(Country::nameFr).orElse(code), round(border.lengthKm()));
    }

    private PointContext.BorderLengths lengths(Border border, GeoPoint point) {
        Optional<OfficialLength> official = geography.officialLengths().lookup(border.a(), border.b());
        BorderDistance distance = geography.borders().distance(border, point);
        return new PointContext.BorderLengths(border.a(), border.b(), border.nameEn(), border.nameFr(),
                round(border.lengthKm()), official.map(OfficialLength::lengthKm).orElse(null),
                official.map(OfficialLength::source).orElse(null), round(distance.distanceKm()));
    }

    static PointContext.NearestBorder nearest(BorderDistance d) {
        Border b = d.border();
        return new PointContext.NearestBorder(b.a(), b.b(), b.nameEn(), b.nameFr(), round(d.distanceKm()),
                coordinates(d.closest()));
    }

    static PointContext.CountryRef ref(Country c) {
        return new PointContext.CountryRef(c.isoA2().orElse(null), c.isoA3().orElse(null), c.nameEn(), c.nameFr());
    }

    static PointContext.Coordinates coordinates(GeoPoint p) {
        return new PointContext.Coordinates(Math.round(p.lat() * 1e5) / 1e5, Math.round(p.lon() * 1e5) / 1e5);
    }

    /** Tenths of a kilometre: more would claim a precision the generalised lines do not have. */
    static double round(double km) {
        return Math.round(km * 10) / 10.0;
    }
}
