package dev.policygraph.ingest;

/**
 * An administrative region as named by an issuer: the whole country (全国), a province (安徽省), a city (衢州市,
 * 重庆市) or a district or county within one (重庆市南岸区).
 *
 * @param province the province or 全国 when the region is no lower than that, or the province printed before a city
 *                 (浙江省衢州市), else null
 * @param city     the city or municipality level name, or null for a province, the country, or a county named
 *                 without its city (淳安县)
 * @param district the district or county name without the city, or null
 * @param town     the town or sub-district (街道, 镇, 乡) below the district that issues the plan, or null
 */
public record Region(String province, String city, String district, String town) {

    /** The region of the State Council and the ministries. */
    public static final Region NATIONAL = new Region("全国", null, null);

    /** A region no lower than a district or county. */
    public Region(String province, String city, String district) {
        this(province, city, district, null);
    }

    /** A city, or a district or county within one. */
    public Region(String city, String district) {
        this(null, city, district);
    }

    /** The full name: city plus district (plus town), or the province, or 全国, or a town named alone. */
    public String name() {
        String county = districtName();
        if (town == null) {
            return county;
        }
        return county == null ? town : county + town; // a town named without its county stands alone
    }

    /** The name down to the district or county, without a town: what 区 and 县 in 区教育局 stand for. */
    public String districtName() {
        if (city == null) {
            return district != null ? district : province;
        }
        return district == null ? city : city + district;
    }

    /** True for the State Council and the ministries. */
    public boolean national() {
        return city == null && district == null && "全国".equals(province);
    }
}
