package org.articleatlas.gazetteer.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The place names of one language from the Debian package {@code libgeonames-common}, which
 * ships them as the gettext domain {@code geonames}: {@code <locale dir>/<lang>/LC_MESSAGES/geonames.mo}.
 *
 * <p>Its msgids are keys, not English text: a GeoNames id for a city ({@code "524901"}), an ISO
 * 3166 alpha-2 code for a country ({@code "RU"}) and country code, dot, GeoNames admin1 code
 * for a first-level region ({@code "RU.68"}, {@code "US.TX"}).
 */
public final class GeoNamesCatalog {

    public static final String DOMAIN_FILE = "geonames.mo";

    private final String language;
    private final MessageCatalog catalog;

    public GeoNamesCatalog(String language, MessageCatalog catalog) {
        this.language = language;
        this.catalog = catalog;
    }

    public static GeoNamesCatalog load(Path localeDir, String language) throws IOException {
        Path file = localeDir.resolve(language).resolve("LC_MESSAGES").resolve(DOMAIN_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such catalogue (is the Debian package libgeonames-common installed?)");
        }
        return new GeoNamesCatalog(language, MessageCatalog.read(file));
    }

    public String language() {
        return language;
    }

    public Optional<String> city(long geonamesId) {
        return catalog.translate(Long.toString(geonamesId));
    }

    public Optional<String> country(String iso2) {
        return catalog.translate(iso2);
    }

    public Optional<String> admin1(String country, String admin1Code) {
        return catalog.translate(country + "." + admin1Code);
    }

    /** How many entries the catalogue has, for the build log. */
    public int size() {
        return catalog.size();
    }
}
