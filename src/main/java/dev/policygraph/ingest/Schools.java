package dev.policygraph.ingest;

import dev.policygraph.region.Division;
import dev.policygraph.region.RegionHierarchy;
import dev.policygraph.region.RegionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds named schools: 攀枝花市实验幼儿园, 市三中, 衢州二中, 重庆工商大学, 龙门浩职业中学. A name either starts
 * with a place (a province, the document's own city or district, or 市/区/县 standing for them) followed by a
 * proper name, or stands after a word that ends a phrase (以, 将, 支持, 、 ...) and has a proper, not a generic,
 * name before its suffix (珊瑚中学, not 公办幼儿园).
 */
final class Schools {

    private static final Pattern SUFFIX = Pattern.compile(
            "(?:职业技术学院|职业学院|技师学院|学院|大学|电大(?!学)|职院|职业中学|职业高中|职业中专|职教中心|职业技术学校|职业学校|中学|小学|学校|幼儿园"
                    + "|初中(?![学教毕升入年级])|[一二三四五六七八九十]{1,2}中(?!学))(?![生段部校])");
    /** The characters a SUFFIX match can start with (keep in step with SUFFIX): a cheap test before the expression. */
    private static final String SUFFIX_STARTS = "职技学大电中小幼初一二三四五六七八九十";
    private static final Pattern NUMBERED = Pattern.compile("^[一二三四五六七八九十]{1,2}中$");
    /** A county's or city's vocational school, one of its kind there: 区职教中心, 薛城区职业高中, 上犹县职业中学. */
    private static final Pattern VOCATIONAL = Pattern.compile("^(?:职教中心|职业高中|职业中学|职业中专)$");
    /**
     * What a school's name opening a clause is followed by in a progress report (罗峰学校:9月份开始施工, 十字道初中开始
     * 人工草坪铺设): a label's colon or a word of progress.
     */
    private static final Pattern PROGRESS_AFTER = Pattern.compile(":|开始|正在|已经|已|完成|建成|投入使用");
    /** What follows a school that another school's name after it does not reach back over: 并入枣庄四中. */
    private static final Pattern MERGED_INTO = Pattern.compile("并入|更名|改名|合并|迁入|划入|划归");
    /** 第一, 第十二: a school numbered within the plan's own place (第一中学, 第三小学). */
    private static final Pattern ORDINAL = Pattern.compile("^第[一二三四五六七八九十]{1,3}$");
    private static final Pattern ORDINAL_SUFFIX = Pattern.compile("^(?:中学|小学|幼儿园|初级中学|高级中学|实验学校|职业中学)$");
    private static final Pattern INSTITUTION = Pattern.compile("^(?:职业技术学院|职业学院|技师学院|学院|大学|电大|职院)$");
    private static final Set<String> PLACES = Set.of("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林",
            "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川",
            "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "中国");
    private static final Pattern BOUNDARY = Pattern.compile(
            "(?:以|将|把|和|与|及|或|其中|并入|更名为|改名为|(?<=[校园为])为|完成|支持|发挥|助力|布局|办好|借助|依托|推进|加快|提升|组织|鼓励|深化与|继续|加大|建设|新建|扩建|改建|迁建|筹建|建成|(?<![高平同均中对相])等|在|对|由|向|同|帮扶|结对|联合|牵手|托管|带动|指导)$");
    private static final Pattern JOINS = Pattern.compile("[和与及或]|(?<![高平同均中对相])等");
    private static final Pattern GENERIC = Pattern.compile(
            "中小|大中|各|所|个|每|批|全市|全区|全县|本地|城镇|城区|县城|城乡|城市|乡镇|乡村|农村|公办|民办|普惠|示范|标准化|现代|优质|特色|品牌"
                    + "|高质量|高水平|一流|中等|高等|中职|高职|职业|特殊|普通|家长|老年|社区|中心|产业|试点|省级|市级|区级"
                    + "|县级|国家级|卫生|健康|传承|劳动|教育|高品质|完全|新型|新建|改扩建|相关|有关|部分|开放|我市|我区|两地|成渝"
                    + "|学前|义务|高中|初中|配套|设立|校级|寄宿|薄弱|帮扶|的|紧缺|合作|对口|结对|定点|边境|民族|少数|重点|一级|二级|三级"
                    + "|国际|以下|以上|高完|共同|区域|县域|市域|双一流|综合性|师范|应用型|院校|幼儿|建设|举办|创建|打造|培育|发展"
                    + "|改建|扩建|迁建|筹建|建成|农民|规范化|绿色|文明|平安|智慧|数字|书香|清廉");
    private static final Pattern VERBISH = Pattern.compile(
            "作为|检验|确保|要求|督促|帮助|加强|提升|推进|推动|实现|落实|完善|保障|激发|改善|提高|选好|配强|组织|实施|允许|鼓励|补充|调整|夯实|打好"
                    + "|符合|编制|探索|赋予|整体|全面|逐步|努力|依法|相应|纳入|切入|建强|组建|单位|方式|工作|成效|任务|从|至|规模|省|市"
                    + "|加快|深化|开展|推广|办好|支持|发挥|引导|规范|扩大|新增|促进|检查|督查|安排|随意|协调|联系|^[下上内及]");
    private static final int MAX_LEAD = 20;
    /** The type of a school, which with a place's full name before it names that place's one school. */
    /** Verbs that join two schools in one run of text (市实验中学帮扶南顿镇第一初级中学). */
    private static final Pattern LINKING = Pattern.compile("帮扶|结对|联合|托管|带动|指导|牵手|对口");
    private static final Pattern TYPE_ONLY = Pattern.compile("^(?:特殊教育|实验|第[一二三四五六七八九十]{1,3}|中心|职业技术|职业|技工|体育|艺术|外国语)$");
    private static final Pattern WITH_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern TOWN = Pattern.compile("^[\\p{IsHan}]{2}(?:镇|乡|街道)");
    /**
     * Words that make a place's schools a category, not one school (长春市农村学校, 吉林省有关高校), even where a proper
     * word stands beside them; the other generic words (高等, 师范, 职业) also stand in proper names (长春师范大学,
     * 长春汽车工业高等专科学校).
     */
    private static final Pattern CATEGORY = Pattern.compile(
            "各|所|个|每|批|全|[省市县]|本地|我|两地|有关|相关|部分|以下|以上|的|中小|大中|城镇|城区|乡镇|乡村|农村|公办|民办|普惠"
                    + "|[省市区县]级|国家级|校级|新建|改扩建|薄弱|寄宿|紧缺|高校|院校|高职|中职|试点|示范|重点|一流|优质"
                    + "|建设|举办|创建|打造|培育|发展|设立|配套");
    /** A county whose bare name is no common word: its name ends in 县 or 旗 (吉水县, 上犹县), not 区 (城区, 新区). */
    private static final Pattern COUNTY_BARE = Pattern.compile("^[\\p{IsHan}]{2,4}(?:县|旗)$");
    /**
     * Prefecture-level cities by full and short name (长春市, 长春) and counties by full name (上虞区), a 县's or 旗's
     * also by its bare name (吉水), from the administrative divisions, for schools named after a place outside the
     * plan's own region.
     */
    private static final Set<String> GAZETTEER = gazetteer();
    /** The first two characters of every name of the gazetteer: one lookup rules out most leads. */
    private static final Set<String> GAZETTEER_HEADS = GAZETTEER.stream().map(name -> name.substring(0, 2))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final int LONGEST_PLACE = 8;

    /** A responsible unit that is a school by its name: 兰州大学, 西北师范大学, 市第一中学 (not 各高校, 有关学校). */
    private static final Pattern SCHOOL_UNIT = Pattern.compile(
            "^(?![各有相全本该])[\\p{IsHan}()]{2,20}(?:大学|学院|中学|小学|幼儿园|学校)$");
    private static final Pattern NOT_A_SCHOOL_UNIT = Pattern.compile("各|所属|直属|有关|相关|[局厅委办部]|中小学|大中小|高等学校|职业学校$");

    private Schools() {
    }

    /**
     * True when the name is one school's own (枣庄市第四中学), not a kind of school (中学学校): a school by its name with
     * something other than school words before its ending.
     */
    static boolean isOwnSchool(String name) {
        if (!isSchoolUnit(name)) {
            return false;
        }
        String rest = name.replaceFirst("(?:大学|学院|中学|小学|幼儿园|学校)$", "");
        return !rest.isEmpty() && "学校园中".indexOf(rest.charAt(rest.length() - 1)) < 0;
    }

    /** True when a unit named in a responsibility clause is a school (兰州大学 in 责任单位:省教育厅、兰州大学). */
    static boolean isSchoolUnit(String unit) {
        return !unit.isEmpty() && "学院园校".indexOf(unit.charAt(unit.length() - 1)) >= 0 // SCHOOL_UNIT's endings
                && SCHOOL_UNIT.matcher(unit).matches() && !NOT_A_SCHOOL_UNIT.matcher(unit).find();
    }

    /** School names in the paragraph, in order, each once, as printed. */
    static List<String> find(String paragraph, Region region) {
        if (!mayHoldSuffix(paragraph)) {
            return new ArrayList<>();
        }
        List<int[]> spans = new ArrayList<>();
        List<String> regionNames = regionNames(region);
        Matcher m = SUFFIX.matcher(paragraph);
        // as m.find() in a loop: the leftmost match, then the next one after it
        int floor = 0; // a name reaches back no further than a school merged into it (…第二中学并入枣庄四中)
        for (int at = 0; at < paragraph.length(); at++) {
            if (SUFFIX_STARTS.indexOf(paragraph.charAt(at)) < 0 || !m.region(at, paragraph.length()).lookingAt()) {
                continue;
            }
            int start = startOf(paragraph, m.start(), m.end(), regionNames, floor);
            if (start >= 0) {
                spans.add(new int[] {start, m.end()});
                if (MERGED_INTO.matcher(paragraph).region(m.end(), paragraph.length()).lookingAt()) {
                    floor = m.end(); // not where a school is named within another (…大学珠宝学院, …学院附属中学)
                }
            }
            at = m.end() - 1;
        }
        List<String> out = new ArrayList<>();
        for (int[] span : spans) {
            boolean inner = spans.stream().anyMatch(o -> o != span && o[0] <= span[0] && o[1] >= span[1]
                    && (o[1] - o[0]) > (span[1] - span[0]));
            String name = paragraph.substring(span[0], span[1]);
            if (!inner && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** Where the school name ending with this suffix starts, or -1 when it is no named school. */
    private static int startOf(String text, int suffixStart, int end, List<String> regionNames, int floor) {
        if (end < text.length() && text.charAt(end) == '”') {
            return -1;
        }
        String suffix = text.substring(suffixStart, end);
        if (suffix.equals("小学") && suffixStart > 0 && text.charAt(suffixStart - 1) == '中') {
            return -1;
        }
        int runStart = suffixStart;
        while (runStart > floor && suffixStart - runStart < MAX_LEAD && isHan(text.charAt(runStart - 1))) {
            runStart--;
        }
        if (runStart > 0 && text.charAt(runStart - 1) == '“') {
            return -1;
        }
        for (int start = runStart; start < suffixStart; start++) {
            String lead = text.substring(start, suffixStart);
            String place = placePrefix(lead, regionNames);
            boolean named = false;
            if (place == null && numberedOfPlace(lead, suffix) && startsPhrase(text, runStart, start)) {
                return start; // another city's numbered school by its bare name: 亳州四中
            }
            if (place == null && VOCATIONAL.matcher(suffix).matches() && GAZETTEER.contains(lead)
                    && startsPhrase(text, runStart, start)) {
                return start; // a county's vocational school by the county's name: 薛城区职业高中
            }
            if (place == null && lead.length() > 2) {
                // another city's school (支持长春汽车工业高等专科学校) starts where a phrase ends
                place = gazetteerPlace(lead);
                named = place != null && startsPhrase(text, runStart, start);
                if (!named) {
                    place = null;
                }
            }
            if (place == null || JOINS.matcher(lead).find()) {
                continue;
            }
            if (place.length() == 1 && start > runStart && !boundaryBefore(text, runStart, start)) {
                continue;
            }
            place = withPlacesWithin(place, lead);
            String proper = lead.substring(place.length());
            if (LINKING.matcher(proper).find() || named && CATEGORY.matcher(proper).find()) {
                continue;
            }
            if (place.length() > 1 && !proper.isEmpty() && TYPE_ONLY.matcher(proper).matches()) {
                return start;
            }
            if (proper.isEmpty()) {
                // 衢州二中, 重庆大学, and a place's bare name before 中学 (上犹中学), not 上犹县中学 (the county's)
                if (NUMBERED.matcher(suffix).matches() || (place.length() > 1 && INSTITUTION.matcher(suffix).matches())
                        || VOCATIONAL.matcher(suffix).matches()
                        || place.length() > 1 && suffix.equals("中学") && "省市县区".indexOf(place.charAt(place.length() - 1)) < 0
                        && startsPhrase(text, runStart, start)) {
                    return start;
                }
                continue;
            }
            if (!GENERIC.matcher(proper).find() && !proper.startsWith("级") && !WITH_DIGIT.matcher(proper).matches()) {
                return start;
            }
            if ((named || place.length() > 1) && !CATEGORY.matcher(proper).find() && !VERBISH.matcher(proper).find()
                    && !proper.startsWith("级")
                    && (INSTITUTION.matcher(suffix).matches() || GENERIC.matcher(proper).replaceAll("").length() >= 2)) {
                return start;
            }
        }
        if (NUMBERED.matcher(suffix).matches()) {
            return -1;
        }
        int start = runStart;
        for (int i = suffixStart - 1; i > runStart; i--) {
            if (boundaryBefore(text, runStart, i)) {
                start = i;
                break;
            }
        }
        String lead = text.substring(start, suffixStart);
        if (lead.startsWith("第") && ORDINAL.matcher(lead).matches() && ORDINAL_SUFFIX.matcher(suffix).matches()) {
            return start; // the plan's own place's numbered school, named without the place: 第一中学创建为四星级高中
        }
        if (lead.length() >= 4 && lead.endsWith("中心") && !GENERIC.matcher(lead.substring(0, lead.length() - 2)).find()) {
            lead = lead.substring(0, lead.length() - 2); // a town's central school (汤沟中心学校): the town's name is proper
        }
        boolean properLead = lead.length() >= 2 || (lead.length() == 1 && suffix.equals("职院"));
        boolean listed = start > runStart || (runStart > 0 && "、,;(".indexOf(text.charAt(runStart - 1)) >= 0
                && text.charAt(runStart - 1) == '、');
        boolean opensClause = start == runStart && (runStart == 0 || "|;。:,\n\t ".indexOf(text.charAt(runStart - 1)) >= 0)
                && end < text.length() && PROGRESS_AFTER.matcher(text).region(end, text.length()).lookingAt();
        if ((listed || opensClause) && properLead && lead.length() <= 12 && !GENERIC.matcher(lead).find() && !JOINS.matcher(lead).find()
                && !VERBISH.matcher(lead).find()) {
            return start;
        }
        return -1;
    }

    /**
     * The place a school's name starts with, with the county and the town named after it: 枣庄市 + 薛城区 + 周营镇
     * (枣庄市薛城区周营镇第一中学), so that their names are no proper words of the school.
     */
    private static String withPlacesWithin(String place, String lead) {
        String out = place;
        while (out.length() < lead.length()) {
            String rest = lead.substring(out.length());
            String county = gazetteerPlace(rest);
            if (county != null && "市区县旗".indexOf(county.charAt(county.length() - 1)) >= 0) {
                out += county;
                continue;
            }
            String town = townAt(rest);
            if (town != null && town.length() < rest.length()) {
                out += town;
                continue;
            }
            break;
        }
        return out;
    }

    /** The town a text starts with (周营镇第二中学: 周营镇), or null; 乡村 and 乡镇 are no towns. */
    private static String townAt(String text) {
        Matcher town = mayBeTown(text) ? TOWN.matcher(text) : null;
        if (town != null && town.find() && !GENERIC.matcher(town.group()).find() && !text.startsWith("村", town.end())
                && !text.startsWith("镇", town.end())) {
            return town.group();
        }
        return null;
    }

    /** A numbered school after a city's or county's bare name of the divisions (亳州四中, 上虞二中). */
    private static boolean numberedOfPlace(String lead, String suffix) {
        return lead.length() >= 2 && NUMBERED.matcher(suffix).matches() && GAZETTEER.contains(lead);
    }

    /** True when a name starting at {@code start} opens a phrase: the run's start, after 支持/依托/以…, or after 、. */
    private static boolean startsPhrase(String text, int runStart, int start) {
        return start == runStart || boundaryBefore(text, runStart, start) || text.charAt(start - 1) == '、';
    }

    /** The longest word of BOUNDARY and the one character its lookbehind reads (keep in step with BOUNDARY). */
    private static final int BOUNDARY_REACH = 4;

    /**
     * As {@code BOUNDARY.matcher(text.substring(runStart, at)).find()} for a run of Han characters (no line
     * terminator, which $ could match before): a match ends at {@code at}, so only its last characters are searched.
     */
    private static boolean boundaryBefore(String text, int runStart, int at) {
        return BOUNDARY.matcher(text).region(Math.max(runStart, at - BOUNDARY_REACH), at).find();
    }

    /** The document's own places as a school's name may start with them: full and short names (攀枝花市, 攀枝花). */
    private static List<String> regionNames(Region region) {
        List<String> names = new ArrayList<>();
        if (region != null) {
            for (String name : new String[] {region.name(), region.province(), region.city(), region.district()}) {
                if (name != null && !name.equals("全国")) {
                    names.add(name);
                    names.add(bare(name));
                }
            }
        }
        return names;
    }

    /** The place the text starts with, or null. */
    private static String placePrefix(String lead, List<String> regionNames) {
        for (String place : PLACE_STARTS.indexOf(lead.charAt(0)) >= 0 ? PLACES : NO_PLACES) { // a cheap test first
            if (lead.startsWith(place)) {
                char next = lead.length() > place.length() ? lead.charAt(place.length()) : ' ';
                return next == '市' || next == '省' ? place + next : place;
            }
        }
        for (String name : regionNames) {
            if (lead.startsWith(name)) {
                return name;
            }
        }
        String town = townAt(lead);
        if (town != null) {
            return town;
        }
        char c = lead.charAt(0);
        if ((c == '市' || c == '区' || c == '县') && (lead.length() == 1 || lead.charAt(1) != '级' && lead.charAt(1) != '城' && lead.charAt(1) != '域')) {
            return String.valueOf(c);
        }
        return null;
    }

    private static final Set<String> NO_PLACES = Set.of();
    /** False when SUFFIX cannot match: each of its words holds 学, 大, 院, 园 or 中 (keep in step with SUFFIX). */
    private static boolean mayHoldSuffix(String s) {
        return s.indexOf('学') >= 0 || s.indexOf('中') >= 0 || s.indexOf('大') >= 0 || s.indexOf('院') >= 0
                || s.indexOf('园') >= 0;
    }

    /** The first characters of PLACES: a lead starting with none of them starts with no place of PLACES. */
    private static final String PLACE_STARTS = PLACES.stream().map(p -> p.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());

    /**
     * False when TOWN cannot match: its 镇, 乡 or 街道 follows two Han characters, so stands at index 2 (or 3 or 4
     * after characters outside the BMP).
     */
    private static boolean mayBeTown(String lead) {
        for (int i = 2; i <= 4 && i < lead.length(); i++) {
            if ("镇乡街".indexOf(lead.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A city or county of the divisions that the text starts with (长春, 上虞区), the longest, or null. */
    private static String gazetteerPlace(String lead) {
        if (lead.length() < 3 || !GAZETTEER_HEADS.contains(lead.substring(0, 2))) {
            return null; // every name is two characters or more, and one character of the lead must follow it
        }
        for (int n = Math.min(LONGEST_PLACE, lead.length() - 1); n >= 2; n--) {
            String head = lead.substring(0, n);
            if (GAZETTEER.contains(head)) {
                return n + 1 < lead.length() && lead.charAt(n) == '市' && GAZETTEER.contains(head + "市") ? head + "市" : head;
            }
        }
        return null;
    }

    private static Set<String> gazetteer() {
        Set<String> out = new java.util.HashSet<>();
        for (Division d : RegionHierarchy.standard().divisions()) {
            String name = d.name();
            if (name.length() > LONGEST_PLACE) {
                continue;
            }
            if (d.level() == RegionLevel.PREFECTURE) {
                out.add(name);
                String bare = name.replaceAll("(?:市|地区|盟)$", "");
                if (bare.length() >= 2 && !bare.equals(name)) {
                    out.add(bare);
                }
            } else if (d.level() == RegionLevel.COUNTY && name.length() >= 3) {
                out.add(name);
                String bare = name.replaceAll("(?:县|市|区|旗)$", "");
                if (bare.length() >= 2 && !bare.equals(name) && COUNTY_BARE.matcher(name).matches()) {
                    out.add(bare); // 吉水 of 吉水县: a county's numbered school goes by it (吉水二中)
                }
            }
        }
        return Set.copyOf(out);
    }

    private static String bare(String name) {
        return name.length() > 2 ? name.substring(0, name.length() - 1) : name;
    }

    private static boolean isHan(char c) {
        return TextOps.isHan(c);
    }
}
