package dev.policygraph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the administrative region out of an issuer's name: 全国, a province, a city, a district. */
final class Regions {

    private static final Pattern PROVINCE = Pattern.compile(
            "^(?:[\\p{IsHan}]{2,3}?省|内蒙古自治区|广西壮族自治区|西藏自治区|宁夏回族自治区|新疆维吾尔自治区|[\\p{IsHan}]{2,8}?自治区)");
    // 市场 (房地产市场) is no city; an autonomous prefecture printed short (黔东南州, 恩施州) only before a body's name
    // 本市, 全市 … (本市城市地下市政…) name no city; a district's or county's name before 城市 (松江区城市更新…) is no city's: no city's name holds 区 or 县
    private static final Pattern CITY = Pattern.compile("^(?!本市|全市|我市|该市|各市)[\\p{IsHan}&&[^区县]]{2,10}?(?:市(?!场)|自治州|地区|盟"
            + "|(?<=^[\\p{IsHan}]{2,4})州(?=人民政府|政府|党委|委员会|[\\p{IsHan}]{1,8}?(?:局|委|办公室|办|厅|中心)$))");
    private static final Pattern COUNTY = Pattern.compile(
            "^(?:[\\p{IsHan}]{2,6}?(?:县|自治县|旗|自治旗|区)|(?![各本全该每])[\\p{IsHan}](?:县|旗))(?!域)(?=[\\p{IsHan}《“]|(?:19|20)\\d{2}年)"); // a body, a quoted name or a title's year follows (县域: no county)
    // 市容 and 市政 (上海市绿化和市容管理局, 市政工程) name no county-level city
    private static final Pattern DISTRICT = Pattern.compile("^[\\p{IsHan}]{1,6}?(?:区|县|旗|市(?![场容政]))");
    /** A development zone or new area, a region of its own (芜湖经济技术开发区, 两江新区). */
    private static final Pattern ZONE = Pattern.compile(
            "^[\\p{IsHan}]{2,12}?(?:经济技术开发区|高新技术产业开发区|经济开发区|高新技术开发区|高新区|开发区|新区|工业园区|产业园区|"
                    + "综合保税区|保税区|自由贸易试验区|试验区|综合实验区|实验区)(?=[\\p{IsHan}]|$)");
    /** A town or sub-district below a district or county (小寨路街道, 城关镇). */
    private static final Pattern TOWN = Pattern.compile(
            "^[\\p{IsHan}]{1,8}?(?:街道|镇|乡)(?=办事处|人民政府|政府|党|工作委员会|工委|委员会|中心学校|中心校|中学|小学|幼儿园|$)");
    /** A town named without its county, before the body or the year of a title (泗洲头镇2024年度重点工作计划). */
    private static final Pattern BARE_TOWN = Pattern.compile(
            "^(?![各本全该每])[\\p{IsHan}]{1,6}?(?:街道|镇|乡)(?=办事处|人民政府|党委|(?:19|20)\\d{2}年)");
    /** Words ending as a town does that name no town: 城镇, 乡镇. */
    private static final Pattern NOT_A_TOWN = Pattern.compile("^(?:城|乡|村|集|小城)镇$|^城乡$");
    /** Words ending as a district does that name none: 城市 (成都市城市社区…), 社区, 辖区, 全区. */
    private static final Pattern NOT_A_DISTRICT = Pattern.compile(
            "^(?:城市|社区|辖区|片区|园区|景区|市区|郊区|全区|全县|全市|本区|本县|本市|各区|各县)$");
    private static final Pattern NOT_A_PLACE = Pattern.compile("人民|政府|教育|委|局|办|党|部|厅|国务|中央|国家|全国|关于|年");
    /** Bodies of the central government: 国务院, 国务院办公厅, 教育部, 国家发展改革委, 人力资源社会保障部 … */
    private static final Pattern NATIONAL = Pattern.compile(
            "^(?:(?:中共中央|中央|国务院|全国|国家|最高人民)[\\p{IsHan}]{0,20}"
                    + "|[\\p{IsHan}]{1,12}?(?:部|委|总局|总署|委员会|署|银行)(?:办公厅|办公室|[\\p{IsHan}]{1,8}司)?)$");
    /** A district's short name before a body (郊区发展和改革委员会, 城区教育局): a local body, not a ministry. */
    private static final Pattern LOCAL_AREA = Pattern.compile("^[\\p{IsHan}]{1,3}[区县旗](?!域)");
    private static final Pattern LEVEL_ABBREVIATION = Pattern.compile("^(?:[省区县镇乡]|市(?!场))");

    /** The cities under the State Council, printed short before a word (上海城市更新, 北京城市副中心). */
    private static final Pattern MUNICIPALITY = Pattern.compile("^(?:北京|上海|天津|重庆)");

    /** The verbs a title may open with before the place it names (加快西宁市…, 关于进一步推进某县…). */
    private static final Pattern LEADING_VERB = Pattern.compile(
            "^(?:关于)?(?:进一步)?(?:加快|推进|促进|推动|深化|加强|全面|做好|支持|贯彻落实|贯彻)(?=\\p{IsHan}{2})");
    private static final String LEADING_VERB_STARTS = "关进加推促深全做支贯";

    private Regions() {
    }

    /** The town or sub-district an issuer names after its district (雁塔区小寨路街道办事处 → 小寨路街道), or null. */
    private static String town(String rest) {
        Matcher t = TOWN.matcher(rest);
        return t.find() && !NOT_A_PLACE.matcher(t.group()).find() ? t.group() : null;
    }

    /** The region an issuer belongs to, or null when its name names none. */
    static Region of(String issuer) {
        if (issuer == null || issuer.isBlank()) {
            return null;
        }
        String s = issuer.startsWith("中共") ? issuer.substring(2) : issuer;
        if (LEADING_VERB_STARTS.indexOf(s.charAt(0)) >= 0) {
            s = LEADING_VERB.matcher(s).replaceFirst(""); // a title opening with its verb: 加快西宁市流通业发展实施意见
        }
        if (s.length() > 4 && s.startsWith("城市", 2) && MUNICIPALITY.matcher(s).lookingAt()) {
            return new Region(null, s.substring(0, 2) + "市", null); // 上海城市轨道交通…: the city's short name before 城市
        }
        String province = null;
        Matcher p = PROVINCE.matcher(s);
        if (p.find() && !NOT_A_PLACE.matcher(p.group()).find()) {
            province = p.group();
            s = s.substring(p.end());
        }
        Matcher city = CITY.matcher(s);
        if (city.find() && !NOT_A_PLACE.matcher(city.group()).find()) {
            String rest = s.substring(city.end());
            Matcher zone = ZONE.matcher(rest);
            if (zone.find() && !NOT_A_PLACE.matcher(zone.group()).find()) {
                return new Region(province, city.group(), zone.group());
            }
            Matcher district = DISTRICT.matcher(rest);
            if (district.find() && !NOT_A_PLACE.matcher(district.group()).find()
                    && !NOT_A_DISTRICT.matcher(district.group()).matches()) {
                return new Region(province, city.group(), district.group(), town(rest.substring(district.end())));
            }
            String town = town(rest);
            // a county-level city's town (宜兴市丁蜀镇人民政府): the city stands as its county
            return town == null ? new Region(province, city.group(), null) : new Region(province, null, city.group(), town);
        }
        Matcher zone = ZONE.matcher(s);
        if (zone.find() && !NOT_A_PLACE.matcher(zone.group()).find()) {
            return new Region(province, null, zone.group());
        }
        Matcher county = COUNTY.matcher(s);
        if (county.find() && !NOT_A_PLACE.matcher(county.group()).find()) {
            return new Region(province, null, county.group(), town(s.substring(county.end())));
        }
        if (province != null) {
            return new Region(province, null, null);
        }
        Matcher bareTown = BARE_TOWN.matcher(s);
        if (bareTown.find() && !NOT_A_PLACE.matcher(bareTown.group()).find() && !NOT_A_TOWN.matcher(bareTown.group()).matches()) {
            return new Region(null, null, null, bareTown.group());
        }
        if (!LEVEL_ABBREVIATION.matcher(issuer).find() && !LOCAL_AREA.matcher(issuer).lookingAt() && NATIONAL.matcher(issuer).matches()) {
            return Region.NATIONAL;
        }
        return null;
    }
}
