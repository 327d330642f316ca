package dev.policygraph.region;

/** The tiers of China's administrative divisions that plans are issued at. */
public enum RegionLevel {
    /** 全国: national plans (the State Council, ministries). */
    COUNTRY,
    /** 省, 自治区, 直辖市, 特别行政区. */
    PROVINCE,
    /** 地级: 地级市, 地区, 自治州, 盟. */
    PREFECTURE,
    /** 县级: 市辖区, 县, 县级市, 旗. */
    COUNTY
}
