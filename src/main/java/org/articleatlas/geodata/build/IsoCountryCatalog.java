package org.articleatlas.geodata.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ISO 3166-1 codes and English and French names of the i18n-iso-countries package, read from
 * its {@code codes.json} and {@code langs/en.json} and {@code langs/fr.json}.
 */
public final class IsoCountryCatalog {

    private final Map<String, IsoCountry> byNumeric = new LinkedHashMap<>();
    private final Map<String, IsoCountry> byAlpha2 = new LinkedHashMap<>();

    public IsoCountryCatalog(List<IsoCountry> countries) {
        for (IsoCountry c : countries) {
            byNumeric.put(c.numeric(), c);
            byAlpha2.put(c.alpha2(), c);
        }
    }

    /** Reads the package installed in {@code packageDir} (the folder holding {@code codes.json}). */
    public static IsoCountryCatalog read(Path packageDir) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode codes = mapper.readTree(packageDir.resolve("codes.json").toFile());
        JsonNode en = mapper.readTree(packageDir.resolve("langs/en.json").toFile()).path("countries");
        JsonNode fr = mapper.readTree(packageDir.resolve("langs/fr.json").toFile()).path("countries");
        List<IsoCountry> listed = new ArrayList<>();
        for (JsonNode row : codes) {
            String alpha2 = row.get(0).asText();
            listed.add(new IsoCountry(alpha2, row.get(1).asText(), row.get(2).asText(),
                    names(en.path(alpha2)), names(fr.path(alpha2))));
        }
        // Names two countries share (« Congo ») say nothing about which is meant.
        java.util.Map<String, Long> uses = listed.stream().flatMap(c -> c.namesEn().stream())
                .collect(java.util.stream.Collectors.groupingBy(n -> n, java.util.stream.Collectors.counting()));
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        uses.forEach((name, count) -> {
            if (count > 1) {
                ambiguous.add(name);
            }
        });
        List<IsoCountry> countries = new ArrayList<>();
        for (IsoCountry c : listed) {
            String usual = c.usualName(c.namesEn(), ambiguous);
            List<String> reordered = new ArrayList<>(c.namesEn());
            reordered.remove(usual);
            reordered.add(0, usual);
            countries.add(new IsoCountry(c.alpha2(), c.alpha3(), c.numeric(), reordered, c.namesFr()));
        }
        return new IsoCountryCatalog(countries);
    }

    /** A name in the package is either a string or an array of names, the preferred one first. */
    private static List<String> names(JsonNode value) {
        List<String> names = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(n -> names.add(n.asText()));
        } else if (value.isTextual()) {
            names.add(value.asText());
        }
        return names;
    }

    public Optional<IsoCountry> byNumeric(String numeric) {
        return Optional.ofNullable(byNumeric.get(numeric));
    }

    public Optional<IsoCountry> byAlpha2(String alpha2) {
        return Optional.ofNullable(byAlpha2.get(alpha2));
    }

    /** The country one of whose English names is exactly {@code name}. */
    public Optional<IsoCountry> byEnglishName(String name) {
        return byNumeric.values().stream().filter(c -> c.namesEn().contains(name)).findFirst();
    }

    public int size() {
        return byNumeric.size();
    }
}
