package dev.policygraph.ingest;

/**
 * A unit as printed and as resolved.
 *
 * @param name      the name as printed
 * @param canonical the full name, qualified by region where the printed name relies on it (市教育局 → 衢州市教育局)
 * @param scope     the region the canonical name belongs to; unit identity is (scope, canonical)
 * @param parent    canonical name of the body the unit reports to, or null when unknown
 */
public record UnitRef(String name, String canonical, String scope, String parent) {
}
