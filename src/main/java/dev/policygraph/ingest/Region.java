package dev.policygraph.ingest;

/**
 * An administrative region as named by an issuer: a city level name (重庆市, 衢州市) and, where the issuer is a
 * district or county body, that lower level too (南岸区).
 *
 * @param city     the city or municipality level name, never null
 * @param district the district or county name without the city, or null
 */
public record Region(String city, String district) {

    /** The full name: city plus district. */
    public String name() {
        return district == null ? city : city + district;
    }
}
