package dev.policygraph.region;

/**
 * One administrative division.
 *
 * @param code       the statistical division code (2 digits for a province, 4 for a prefecture, 6 for a county;
 *                   "0" for 全国)
 * @param name       the official name (南岸区, 衢州市, 浙江省)
 * @param level      its tier
 * @param parentCode the code of the division it lies in, or null for 全国; a county of a municipality or a county
 *                   governed directly by its province (济源市) lies in the province
 */
public record Division(String code, String name, RegionLevel level, String parentCode) {
}
