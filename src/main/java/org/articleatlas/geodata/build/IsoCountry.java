package org.articleatlas.geodata.build;

import java.util.List;

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

    public String nameEn() {
        return namesEn.get(0);
    }

    public String nameFr() {
        return namesFr.get(0);
    }
}
