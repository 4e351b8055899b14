package org.articleatlas.geodata.build;

import java.util.List;
import java.util.Set;

/**
 * One country of the i18n-iso-countries package.
 *
 * @param alpha2    ISO 3166-1 alpha-2, e.g. {@code TJ}
 * @param alpha3    ISO 3166-1 alpha-3, e.g. {@code TJK}
 * @param numeric   ISO 3166-1 numeric as three digits, e.g. {@code 762}
 * @param namesEn   English names, the package's preferred one first
 * @param namesFr   French names, the package's preferred one first
 */
public record IsoCountry(String alpha2, String alpha3, String numeric, List<String> namesEn, List<String> namesFr) {

    public IsoCountry {
        namesEn = List.copyOf(namesEn);
        namesFr = List.copyOf(namesFr);
        if (namesEn.isEmpty() || namesFr.isEmpty()) {
            throw new IllegalArgumentException(alpha2 + " needs an English and a French name");
        }
    }

    /** Words that mark a formal state name (« People's Republic of China ») rather than the usual one. */
    private static final List<String> FORMAL_MARKERS = List.of("Republic", "Federation", "of America", "Province",
            "Federated", "Kingdom of", "State of", "Democratic", "Islamic", ",");

    /** The first English name: the catalog puts the usual one first (see {@link #usualName}). */
    public String nameEn() {
        return namesEn.get(0);
    }

    /**
     * The name a reader uses: the package's preferred name unless it is the formal one and a plain
     * alternative exists (« Russia », « China », « United States », « Iran », « Taiwan »). Acronyms and
     * names in {@code ambiguous} (« Congo », which two countries share) are never chosen.
     */
    public String usualName(List<String> names, Set<String> ambiguous) {
        String first = names.get(0);
        if (FORMAL_MARKERS.stream().noneMatch(first::contains)) {
            return first;
        }
        List<String> options = new java.util.ArrayList<>(names.subList(1, names.size()));
        int comma = first.indexOf(", ");
        if (comma > 0) {
            options.add(first.substring(0, comma));
        }
        return options.stream()
                .filter(n -> !isAcronym(n) && !ambiguous.contains(n))
                .filter(n -> FORMAL_MARKERS.stream().noneMatch(n::contains))
                .min(java.util.Comparator.comparingInt(String::length))
                .orElse(first);
    }

    private static boolean isAcronym(String name) {
        return name.length() <= 6 && name.chars().noneMatch(Character::isLowerCase);
    }

    public String nameFr() {
        return namesFr.get(0);
    }
}
