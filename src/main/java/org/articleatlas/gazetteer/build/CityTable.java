package org.articleatlas.gazetteer.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The rows of {@code gazetteer-cities.tsv.gz}: each city with its English and French names. */
public final class CityTable {

    public static final List<String> HEADER = List.of("geonames_id", "name", "name_en", "name_fr", "alt_names",
            "country", "admin1", "feature_code", "population", "lat", "lon");

    private final GeoNamesCatalog english;
    private final GeoNamesCatalog french;

    public CityTable(GeoNamesCatalog english, GeoNamesCatalog french) {
        this.english = english;
        this.french = french;
    }

    /** One row per city, in the order given (the builder sorts by GeoNames id). */
    public List<List<String>> rows(List<SourceCity> cities) {
        List<List<String>> rows = new ArrayList<>(cities.size());
        for (SourceCity c : cities) {
            rows.add(row(c));
        }
        return rows;
    }

    /** Where NameVariants.russianPressForms applies: Russia's town names, BGN romanisations of Russian. */
    private static final Set<String> RUSSIAN_ROMANISED = Set.of("RU");

    /** Towns this big have several French spellings in the press. */
    private static final long BIG_TOWN = 50_000;

    /** Below this, a town's name without its Arabic article is as likely a word or another place's name. */
    private static final long ARABIC_BARE_TOWN = 10_000;

    /**
     * The press spellings of a name GeoNames writes in a national Latin alphabet or with an Arabic
     * article (see {@link PressRomanisation}), and, where French romanises differently, their French forms.
     */
    private static List<String> pressForms(SourceCity c, String name, String nameEn, boolean noFrench) {
        if (PressRomanisation.ARABIC.contains(c.country()) && c.population() < ARABIC_BARE_TOWN) {
            return List.of();
        }
        List<String> forms = new ArrayList<>(PressRomanisation.of(name, c.country()));
        if (!nameEn.isEmpty() && !nameEn.equals(name)) {
            PressRomanisation.of(nameEn, c.country()).stream().filter(f -> !forms.contains(f)).forEach(forms::add);
        }
        List<String> out = new ArrayList<>(forms);
        if (FrenchTransliteration.COUNTRIES.contains(c.country()) && (noFrench || c.population() >= BIG_TOWN)) {
            for (String f : forms) {
                FrenchTransliteration.all(f).stream().filter(fr -> !out.contains(fr)).forEach(out::add);
            }
        }
        return out;
    }

    public List<String> row(SourceCity c) {
        String name = NameVariants.clean(c.name());
        String nameEn = english.city(c.geonamesId()).map(NameVariants::clean).orElse("");
        String nameFr = french.city(c.geonamesId()).map(NameVariants::cleanFrench).orElse("");
        List<String> candidates = new ArrayList<>();
        for (String n : List.of(name, nameEn, nameFr)) {
            NameVariants.withoutTransliterationMarks(n).ifPresent(candidates::add);
        }
        if (FrenchTransliteration.COUNTRIES.contains(c.country())) {
            // In these countries' English names a straight apostrophe is a soft sign written with the
            // wrong mark (« Nal'chik »): French drops it (« Naltchik »), and so does English press copy.
            String english = (nameEn.isEmpty() ? name : nameEn).replace("'", "");
            String plain = NameVariants.withYoForE(NameVariants.withoutTransliterationMarks(english).orElse(english));
            if (nameFr.isEmpty()) {
                candidates.add(english);
            }
            candidates.add(plain);
            // Russia's names only: the other countries' have press forms of their own (PressRomanisation;
            // « Choyr » is not « Choir »), or names the rule would make another place's (« Sairam », a lake).
            List<String> press = RUSSIAN_ROMANISED.contains(c.country()) ? NameVariants.russianPressForms(plain)
                    : List.of();
            candidates.addAll(press);
            // A big town's French catalogue name is one spelling among several in the press (« Mechhed »,
            // « Machhad »; « Ekaterinbourg », « Iekaterinbourg »): it gets the rule's forms too, or the
            // rule's spelling would reach only its small namesakes.
            if (nameFr.isEmpty() || c.population() >= BIG_TOWN) {
                candidates.addAll(FrenchTransliteration.all(plain));
                // French writes an initial Russian « е » as « E » too (« Elabouga » beside « Ielabouga »).
                press.stream().filter(f -> f.startsWith("E") && plain.startsWith("Ye"))
                        .forEach(f -> candidates.addAll(FrenchTransliteration.all(f)));
            }
        }
        candidates.addAll(pressForms(c, name, nameEn, nameFr.isEmpty()));
        List<String> alt = NameVariants.altNames(List.of(name, nameEn, nameFr), candidates);
        return List.of(
                Long.toString(c.geonamesId()),
                name,
                nameEn,
                nameFr,
                String.join("|", alt),
                c.country(),
                NameVariants.clean(c.admin1()),
                c.featureCode(),
                Long.toString(c.population()),
                TsvTableWriter.coordinate(c.lat()),
                TsvTableWriter.coordinate(c.lon()));
    }
}
