package dev.policygraph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the administrative region out of an issuer's name. */
final class Regions {

    private static final Pattern PROVINCE = Pattern.compile("^[\\p{IsHan}]{2,3}?(?:省|自治区)");
    private static final Pattern CITY = Pattern.compile("^[\\p{IsHan}]{2,5}?(?:市|自治州|地区|盟)");
    private static final Pattern DISTRICT = Pattern.compile("^[\\p{IsHan}]{1,6}?(?:区|县|旗|市)");
    private static final Pattern NOT_A_PLACE = Pattern.compile("人民|政府|教育|委|局|办|党|部|厅");

    private Regions() {
    }

    /** The region an issuer belongs to, or null when its name does not start with one. */
    static Region of(String issuer) {
        if (issuer == null) {
            return null;
        }
        String s = issuer.startsWith("中共") ? issuer.substring(2) : issuer;
        Matcher province = PROVINCE.matcher(s);
        if (province.find() && !NOT_A_PLACE.matcher(province.group()).find()) {
            s = s.substring(province.end());
        }
        Matcher city = CITY.matcher(s);
        if (!city.find() || NOT_A_PLACE.matcher(city.group()).find()) {
            return null;
        }
        String rest = s.substring(city.end());
        Matcher district = DISTRICT.matcher(rest);
        if (district.find() && !NOT_A_PLACE.matcher(district.group()).find()) {
            return new Region(city.group(), district.group());
        }
        return new Region(city.group(), null);
    }
}
