package dev.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unit lists as plans print them: "市教育局、市财政局", "扶贫办、中央统战部等和各省级人民政府",
 * "各省、自治区、直辖市人民政府" (one unit), "各县(市、区)政府" (one unit); and whether a piece of text names a unit
 * at all (the ending of a body: 局, 委, 部, 政府, 单位 … from unit-suffixes.tsv).
 */
final class UnitNames {

    private static final List<String> SUFFIXES = RuleFiles.lines("unit-suffixes.tsv");
    /** A level word standing for the name after it in an enumeration: 各省、自治区、直辖市人民政府; 各区、县(市)政府. */
    private static final Pattern LEVEL_WORD = Pattern.compile(
            "^各?(?:有关|相关)?(?:省|州|自治州|自治区|直辖市|计划单列市|设区市|市|区|县|县级市|县\\(市\\)|市\\(州\\)|市州|区县|县区|镇|乡|街道|乡镇|镇街|旗)$");
    /** The last characters of LEVEL_WORD's words: a unit ending otherwise is none. */
    private static final String LEVEL_WORD_ENDS = "省州区市县)镇乡道街旗";
    /** A note on the list glued to its last unit: (除标注"分别牵头"外,列第一位为牵头单位,下同). */
    private static final Pattern NOTE = Pattern.compile("\\([^()]*(?:下同|牵头单位|牵头部门|列第一位|排在第一位|排第一位)[^()]*\\)$");
    private static final Pattern JOINT_LEADS = Pattern.compile("^(.+?)(?:分别|共同)牵头(?:[。.;]?$|[、,](?<rest>.+)$)");
    /** A body of a level without a name of its own ("镇人民政府" after "各街道办事处、"): it shares the 各 before it. */
    private static final Pattern GENERIC_BODY = Pattern.compile(
            "^(?:省|市|县|区|镇|乡|街道|县\\(市、区\\)|县\\(市\\)|县\\(区\\)|区县|县区)?(?:人民政府|政府|办事处|党委|党工委)$");
    /** Where one list ends and another begins without a 、: "…等和各省级人民政府", "教育部及各地". */
    private static final Pattern JUNCTION = Pattern.compile("等(?=和|及|以及|与)(?:和|及|以及|与)|(?<=[^、,])(?:以及|和|及|与)(?=各)");
    /** Two categories after 等 joined by 、 (等部门、单位): read as one. */
    private static final Pattern CATEGORY_PAIR = Pattern.compile("等((?:有关|相关)?(?:部门|单位))、(?:部门|单位)(?=$|[,;，；])");
    /** "人民银行等部门", "海关总署、商务部等有关部门和单位", "市财政局等市级相关单位": 等 and the category after it are no unit. */
    private static final Pattern TRAILING_STOPS = Pattern.compile("[。.::]+$");
    private static final Pattern TRAILING = Pattern.compile(
            "等(?:[省市县区镇乡][级直])?(?:有关|相关|其他|各|成员|各类)?(?:单位|部门|机构|地区|方面|省份|城市|组织)?(?:和单位|和部门|及单位)?$");
    private static final Pattern NOT_A_UNIT_START = Pattern.compile(
            "^(?:以下|以上|其中|其他各项|具体|要求|将|应当|应该|并|均|由于|按照|根据|如有|若|即可|已|可以|不断|持续|有序|进一步|逐步|大力|全力|需要|含|包括|包含|例如|比如|除了|不含|"
                    + "加强|推进|推动|完善|建立|健全|落实|实施|开展|加快|鼓励|确保|强化|提升|提高|做好|深化|坚持|严格|规范|加大|严禁|支持|引导|积极|全面|"
                    + "制定|出台|负责|配合|参与|牵头|指导|协调|会同|联合|通过|成立|组建|设立|召开|明确|签订|每年|到20|20\\d\\d|"
                    + "建成|改建|扩建|迁建|启动|开工|完成|打造|创建|争创|提质|改造|区域内|辖区内|域内)"); // not 建设 (建设局), 新建 (新建区)
    /** A title a place earns, no body: 省级慢性病综合防控示范区, 国家生态文明建设示范县, 改革试验区, 现代化美丽城镇. */
    private static final Pattern DESIGNATION = Pattern.compile("(?:示范|先行|试验|实验|试点)(?:区|县|市|镇|村|点|基地)$|[美丽特色小]城镇$");
    /** 区直各部门, 市属单位: the departments of a level, not a level of the name before them. */
    private static final Pattern DIRECT = Pattern.compile("^[省市区县][直属]");
    /** The last characters of a body's name (厅, 局, 委, 办 …): where a name glued to the next one may end. */
    private static final String BODY_ENDINGS = "厅局委办部署府室";
    private static final Pattern GLUE = Pattern.compile("[" + BODY_ENDINGS + "](?=[省市区县][\\p{IsHan}])");

    /** Marks a plan prints before a unit (★, ▲): key tasks, monitored indicators. */
    private static final String MARKS = "▲△★☆※*●◆■";

    private UnitNames() {
    }

    /** The units of a list, in order, each once; 等 and leftovers of the list's verb removed. */
    static List<String> split(String list) {
        // cheap tests first: JUNCTION needs 和, 及 or 与; TRAILING needs 等
        String s = TextOps.containsAny(list, "和", "及", "与") ? bodiesJoined(JUNCTION.matcher(list.strip()).replaceAll("、")) : list.strip();
        if (s.indexOf('等') >= 0 && s.indexOf('、') >= 0) {
            s = CATEGORY_PAIR.matcher(s).replaceAll("等$1"); // 区国有资产管理中心等部门、单位: one 等 category, no unit
        }
        Matcher jointly = s.contains("牵头") ? JOINT_LEADS.matcher(s) : null; // the expression needs 牵头
        if (jointly != null && jointly.matches()) {
            // 责任单位:A、B分别牵头: every unit listed leads, as if each were marked (牵头)
            // (A和B分别牵头、C: the units after them are listed as they are)
            String joint = jointly.group(1);
            joint = TextOps.containsAny(joint, "和", "及", "与") ? bodiesJoined(joint) : joint; // 经济投资局和航空口岸局分别牵头
            s = String.join("、", Clauses.split(joint, "、,").stream().map(u -> u.strip() + "(牵头)").toList())
                    + (jointly.group("rest") != null ? "、" + jointly.group("rest") : "");
        }
        List<String> out = new ArrayList<>();
        String pending = null;
        // a level word before a comma names its own collective (各街道,区科技局); before 、 it may share a name
        // with the levels after it (各省、自治区、直辖市人民政府)
        List<String> parts = new ArrayList<>();
        List<Boolean> groupEnds = new ArrayList<>();
        for (String group : Clauses.split(s, ",;")) {
            List<String> inner = Clauses.split(group, "、/ ");
            for (int i = 0; i < inner.size(); i++) {
                parts.add(inner.get(i));
                groupEnds.add(i == inner.size() - 1);
            }
        }
        for (int p = 0; p < parts.size(); p++) {
            String unit = parts.get(p).strip();
            int shared = Math.max(sharedBody(parts, groupEnds, p, UnitNames::namedPlace, PLACE_BODY),
                    sharedBody(parts, groupEnds, p, z -> ZONE.matcher(z).matches(), ZONE_BODY));
            if (shared > p) {
                // 马尾区、闽侯县人民政府: named places sharing the body printed after the last, one unit as printed
                unit = String.join("、", parts.subList(p, shared + 1).stream().map(String::strip).toList());
                p = shared;
            } else if (sharesEnding(parts, groupEnds, p)) {
                // 人民大垸、荒湖管理区: a bare name before a body whose ending it shares, one unit as printed
                unit = unit + "、" + parts.get(p + 1).strip();
                p++;
            }
            boolean groupEnd = groupEnds.get(p);
            if (unit.startsWith("(") && unit.indexOf(')') < 0) {
                unit = unit.substring(1); // (市经信委牵头落实 and the text's end: a bracket never closed is no part of the name
            }
            unit = TextOps.withoutTrailing(unit.startsWith("由") ? unit.substring(1) : unit, "。.::", TRAILING_STOPS)
                    .strip();
            unit = unit.indexOf('等') >= 0 ? TRAILING.matcher(unit).replaceFirst("").strip() : unit.strip();
            if (unit.endsWith(")")) {
                unit = NOTE.matcher(unit).replaceFirst("").strip(); // 区经信局(列第一位为牵头单位,下同)
            }
            unit = withoutVerb(unit);
            while (!unit.isEmpty() && MARKS.indexOf(unit.charAt(0)) >= 0) {
                unit = unit.substring(1).strip(); // ★区市场监管局牵头: a mark of the plan's, no part of the name
            }
            while (!unit.isEmpty() && MARKS.indexOf(unit.charAt(unit.length() - 1)) >= 0) {
                unit = unit.substring(0, unit.length() - 1).strip(); // 区财政局*: likewise after the name
            }
            if (unit.isEmpty()) {
                continue;
            }
            if (LEVEL_WORD_ENDS.indexOf(unit.charAt(unit.length() - 1)) >= 0 && LEVEL_WORD.matcher(unit).matches()) {
                pending = pending == null ? unit : pending + "、" + unit;
                if (groupEnd) {
                    if (!out.contains(pending)) {
                        out.add(pending);
                    }
                    pending = null;
                }
                continue;
            }
            if (pending != null && !DIRECT.matcher(unit).find() && !aboveTowns(pending, unit) && !unit.startsWith("各")) {
                // 各乡镇、各快递公司: a collective of its own after the level words, not a body of theirs
                unit = pending + "、" + unit;
                pending = null;
            } else if (pending != null) {
                out.add(pending);
                pending = null;
            }
            if (!out.isEmpty() && unit.contains("直属") && DIRECT_BODIES.matcher(unit).matches()
                    && DEPARTMENTS.matcher(out.get(out.size() - 1)).matches()) {
                // 省政府各部门、各直属机构: one collective of a government's departments and its direct bodies
                out.set(out.size() - 1, out.get(out.size() - 1) + "、" + unit);
                continue;
            }
            if (!out.isEmpty() && BARE_NOUN.matcher(unit).matches()) {
                // 市直有关部门、单位: a bare noun after a collective names more of it, no unit of its own
                out.set(out.size() - 1, out.get(out.size() - 1) + "、" + unit);
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).startsWith("各") && GENERIC_BODY.matcher(unit).matches()) {
                // 各街道办事处、镇人民政府: one collective of every sub-district office and town government
                out.set(out.size() - 1, out.get(out.size() - 1) + "、" + unit);
                continue;
            }
            for (String piece : glued(unit)) {
                if (!out.contains(piece)) {
                    out.add(piece);
                }
            }
        }
        if (pending != null && !out.contains(pending)) {
            out.add(pending);
        }
        return out;
    }

    /** Level words of towns and sub-districts: 各乡镇, 各街道. */
    private static final Pattern TOWN_LEVELS = Pattern.compile("^各?(?:有关|相关)?(?:镇|乡|街道|乡镇|镇街)(?:、|$)");

    /**
     * True when the towns' level words before a county's (or a higher) body name their own collective: 各乡镇、县卫健委
     * is every town and the county's health commission, where 各区、县教育局 shares the bureau of one level.
     */
    private static boolean aboveTowns(String pending, String unit) {
        return TOWN_LEVELS.matcher(pending).find() && !unit.isEmpty() && "省市区县旗州".indexOf(unit.charAt(0)) >= 0;
    }

    /** A unit noun alone: 单位 after 市直有关部门、. */
    private static final Pattern BARE_NOUN = Pattern.compile("^(?:单位|部门|机构|企业|组织|团体)$");

    /** A government's departments as one collective (省政府各部门, 县政府有关部门). */
    private static final Pattern DEPARTMENTS = Pattern.compile("^[\\p{IsHan}]{0,12}(?:各|有关|相关)部门$");
    /** Its direct bodies, printed after them without a body of their own (各直属机构, 有关直属单位). */
    private static final Pattern DIRECT_BODIES = Pattern.compile("^(?:各|有关|相关)?直属(?:机构|单位|事业单位)$");

    /** A place named without a body (马尾区, 召陵区) that may share the body printed after the last of a list. */
    private static final Pattern NAMED_PLACE = Pattern.compile(
            "^(?![各重有相])(?!.*(?:新区|开发区|高新区|经开区|园区|景区|城区|市区|辖区|社区|片区|示范区|保护区|功能区|试验区|保税区)$)"
                    + "[\\p{IsHan}]{2,6}(?:区|县|旗)$");
    private static final Pattern PLACE_BODY = Pattern.compile("^[\\p{IsHan}]{2,6}(?:区|县|旗)(?:人民政府|政府|党委)$");

    private static final String ZONE_ENDINGS = "(?:示范区|开发区|高新区|经开区|新区|园区|试验区|管理区)";
    /** A development zone named without its bodies: 城乡一体化示范区. */
    private static final Pattern ZONE = Pattern.compile("^[\\p{IsHan}]{1,14}" + ZONE_ENDINGS + "$");
    /** A zone's bodies after its name: 高新区党工委和管委会, 经开区管委会. */
    private static final Pattern ZONE_BODY = Pattern.compile("^[\\p{IsHan}]{0,14}" + ZONE_ENDINGS
            + "(?:党工委和管委会|党工委、管委会|管委会|党工委|管理委员会)$");

    /** False when NAMED_PLACE cannot match: it ends in 区, 县 or 旗. */
    private static boolean endsAsPlace(String s) {
        return s.endsWith("区") || s.endsWith("县") || s.endsWith("旗");
    }

    /**
     * The index of the place with a body that places from {@code at} on share, or -1: named places before a
     * government (召陵区、源汇区、郾城区人民政府; {@code place} {@link #namedPlace}, {@code body} PLACE_BODY), zones before
     * their bodies (城乡一体化示范区、高新区党工委和管委会; ZONE, ZONE_BODY). The places and the body are one unit as printed.
     */
    private static int sharedBody(List<String> parts, List<Boolean> groupEnds, int at,
                                  java.util.function.Predicate<String> place, Pattern body) {
        int k = at;
        while (k < parts.size() && !groupEnds.get(k) && place.test(parts.get(k).strip())) {
            k++;
        }
        return k > at && k < parts.size() && body.matcher(parts.get(k).strip()).matches() ? k : -1;
    }

    /** A body named by its kind alone, which takes the place of the body before it (党委和人民政府, 党工委和管委会). */
    private static final Pattern SHARED_SCOPE = Pattern.compile("^(?:人民政府|政府|管委会|管理委员会|党工委|党委|党组|人大|政协|纪委|监委)$");

    /** A conjunction between two names (市教育局和市财政局, 区城管大队法制办及街道城管中队). */
    private static final Pattern CONJUNCTION = Pattern.compile("[和及与]");

    /**
     * The list with a conjunction between two bodies' names read as a separator: 市教育局和市财政局 is two bodies, where
     * each side names a body by itself; 住房和城乡建设局, 人力资源和社会保障局 and 党委和政府 stay one (a side names none).
     */
    private static String bodiesJoined(String list) {
        Matcher m = CONJUNCTION.matcher(list);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            int from = m.start();
            while (from > 0 && "、,;，；".indexOf(list.charAt(from - 1)) < 0) {
                from--;
            }
            int to = m.end();
            while (to < list.length() && "、,;，；和及与".indexOf(list.charAt(to)) < 0) {
                to++;
            }
            String left = list.substring(from, m.start()).strip();
            String right = list.substring(m.end(), to).strip();
            if (SHARED_SCOPE.matcher(right).matches()) {
                continue; // 各县(市、区)党委和人民政府, 高新区党工委和管委会: one body of the same place, with its other part
            }
            if (left.length() >= 3 && right.length() >= 3 && (BODY_ENDINGS.indexOf(left.charAt(left.length() - 1)) >= 0
                    || left.endsWith("队") || left.endsWith("中心")) && named(left) && named(right)) {
                if (out == null) {
                    out = new StringBuilder(list.length());
                }
                out.append(list, copied, m.start()).append('、');
                copied = m.end();
            }
        }
        return out == null ? list : out.append(list, copied, list.length()).toString();
    }

    /** A bare name of a few characters, no body's name and no level word (人民大垸, 沙洋). */
    private static final Pattern BARE_NAME = Pattern.compile("^[\\p{IsHan}]{2,6}$");

    /**
     * True when the part at {@code at} is a bare name (no body's ending, no level word, no verb) and the next in its
     * group a zone named by its own name, or its body (荒湖管理区, 龙南经济技术开发区管委会; not 区教育中心): the bare name
     * shares that ending.
     */
    private static boolean sharesEnding(List<String> parts, List<Boolean> groupEnds, int at) {
        if (groupEnds.get(at) || at + 1 >= parts.size()) {
            return false;
        }
        String bare = parts.get(at).strip();
        String next = parts.get(at + 1).strip();
        return BARE_NAME.matcher(bare).matches() && !named(bare) && !LEVEL_WORD.matcher(bare).matches()
                && !NOT_A_UNIT_START.matcher(bare).lookingAt()
                && (ZONE.matcher(next).matches() || ZONE_BODY.matcher(next).matches()) && named(next)
                && "省市区县".indexOf(next.charAt(0)) < 0;
    }

    /** A place named without a body that may share the one printed after it (马尾区, 召陵区), not a level word. */
    private static boolean namedPlace(String s) {
        return endsAsPlace(s) && NAMED_PLACE.matcher(s).matches() && !LEVEL_WORD.matcher(s).matches();
    }

    /**
     * Names printed next to each other with only a space between them, which normalisation removed:
     * "省教育厅省财政厅" is 省教育厅 and 省财政厅, "区委区政府" is 区委 and 区政府.
     */
    private static List<String> glued(String unit) {
        if (!mayBeGlued(unit)) {
            return townsGlued(unit);
        }
        Matcher m = GLUE.matcher(unit);
        List<String> pieces = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            String left = unit.substring(from, m.start() + 1);
            if (named(left) && named(unit.substring(m.start() + 1))) {
                pieces.add(left);
                from = m.start() + 1;
            }
        }
        pieces.add(unit.substring(from));
        if (pieces.size() == 1) {
            return townsGlued(unit);
        }
        List<String> out = new ArrayList<>();
        for (String piece : pieces) {
            out.addAll(townsGlued(piece));
        }
        return out;
    }

    /** A town, sub-district or zone by its name and level: 瓜沥镇, 蜀山街道, 湘湖国家旅游度假区 (two characters of name at least). */
    private static final Pattern TOWN_OR_ZONE = Pattern.compile("^[\\p{IsHan}]{2,}?(?:镇|乡|街道|度假区|开发区|高新区|园区)$");
    /** Where a body's name ends and a glued town may start: after a body's ending or a town's or zone's level. */
    private static final String GLUE_AFTER = BODY_ENDINGS + "镇乡道区";

    /**
     * Towns and zones printed after a body with only a line break between them, which normalisation removed
     * (区文广旅游体育局瓜沥镇临浦镇, 区委宣传部湘湖国家旅游度假区蜀山街道): the body, then each town or zone. A name stays
     * whole unless it splits into a body (named, ending in 局, 委, 部 …) and towns or zones only.
     */
    private static List<String> townsGlued(String unit) {
        int section = unit.indexOf('股');
        if (section >= 2 && section < unit.length() - 2 && unit.charAt(section + 1) != '份'
                && "控参入持".indexOf(unit.charAt(section - 1)) < 0) { // 股份有限公司, 某某控股有限公司: one company
            // a bureau's section glued to the body after it (文化宣传股文化馆): each a unit where both are named
            String left = unit.substring(0, section + 1);
            String right = unit.substring(section + 1);
            if (named(left) && named(right)) {
                return prepended(left, townsGlued(right));
            }
        }
        if (unit.length() < 7 || !endsAsTownGlue(unit)) {
            return List.of(unit);
        }
        for (int k = unit.length() - 3; k >= 3; k--) { // the longest body first (区政府办, not 区政府)
            if (BODY_ENDINGS.indexOf(unit.charAt(k - 1)) < 0) {
                continue;
            }
            String left = unit.substring(0, k);
            if (named(left)) {
                List<String> rest = townsOnly(unit.substring(k));
                if (rest != null) {
                    return prepended(left, rest);
                }
            }
        }
        return List.of(unit);
    }

    /** {@code first}, then {@code rest}. */
    private static List<String> prepended(String first, List<String> rest) {
        List<String> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }

    /** True when a name ends in a town's or zone's level (every ending of TOWN_OR_ZONE): it may hold towns glued after a body. */
    private static boolean endsAsTownGlue(String unit) {
        return unit.endsWith("镇") || unit.endsWith("乡") || unit.endsWith("街道") || unit.endsWith("区");
    }

    /** The towns and zones {@code s} is made of, glued one after another (瓜沥镇临浦镇), or null when it is not. */
    private static List<String> townsOnly(String s) {
        for (int k = 3; k <= s.length() - 3; k++) {
            if (GLUE_AFTER.indexOf(s.charAt(k - 1)) < 0) {
                continue;
            }
            String left = s.substring(0, k);
            if (TOWN_OR_ZONE.matcher(left).matches()) {
                List<String> rest = townsOnly(s.substring(k));
                if (rest != null) {
                    return prepended(left, rest);
                }
            }
        }
        return TOWN_OR_ZONE.matcher(s).matches() && s.length() <= 12 ? List.of(s) : null;
    }

    /** False when GLUE cannot match: no body ending (厅局委…) right before 省, 市, 区 or 县. */
    private static boolean mayBeGlued(String unit) {
        for (int i = 0; i + 1 < unit.length(); i++) {
            if (BODY_ENDINGS.indexOf(unit.charAt(i)) >= 0 && "省市区县".indexOf(unit.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the text can be a unit's name in a labelled list (责任单位:…): short, no sentence punctuation, not
     * a phrase that starts like a sentence.
     */
    static boolean plausible(String name) {
        String bare = withoutMark(name);
        return bare.length() >= 2 && bare.length() <= 40 && !hasSentenceMark(bare)
                && !NOT_A_UNIT_START.matcher(bare).lookingAt() && !bare.contains("的");
    }

    /**
     * True when a unit column's cell says how the work went rather than who does it (已完成。完成筛查3495人, 完成率47%,
     * 4月27日向财政局申请, 本月已完成…): a full stop, a percentage, 完成, a leading digit or a sentence's first word.
     */
    static boolean progressNote(String name) {
        return name.indexOf('。') >= 0 || name.indexOf('%') >= 0 || name.contains("完成")
                || !name.isEmpty() && name.charAt(0) >= '0' && name.charAt(0) <= '9' || NOT_A_UNIT_START.matcher(name).lookingAt();
    }

    /** Sentence punctuation, a digit or %, which no unit's name holds (as a find of [。,;:!?《》\\d%]). */
    private static boolean hasSentenceMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || "。,;:!?《》%".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when the text names a body by its ending (教育局, 人民政府, 各有关单位): required where no label says so. */
    static boolean named(String name) {
        String bare = withoutMark(name);
        if (!plausible(bare) || bare.length() > 5 && DESIGNATION.matcher(bare).find()) {
            return false;
        }
        if (bare.startsWith("各") && bare.length() >= 2) {
            return true;
        }
        int alias = bare.lastIndexOf('(');
        if (alias > 1 && bare.endsWith(")")) {
            // a body with its other name after it (省数据局(省营商局)): both names of bodies
            return named(bare.substring(0, alias)) && named(bare.substring(alias + 1, bare.length() - 1));
        }
        for (String suffix : SUFFIXES) {
            if (bare.endsWith(suffix) && bare.length() > suffix.length()) {
                return true;
            }
        }
        // a bureau's section (宣教科, 计财科, 安全管理科), not a discipline or a clinic (学科, 本科, 儿科, 中医科)
        return bare.length() >= 3 && bare.length() <= 8 && bare.endsWith("科") && !DISCIPLINE.matcher(bare).find();
    }

    /** The ends of names a page's end cut inside a body's word: 管委(会), 委员(会), 办事(处), 人民政(府), 领导小(组). */
    private static final Pattern CUT_SHORT = Pattern.compile("(?:管委|委员|办事|人民政|领导小|指挥|工作专)$");

    /** True when the name ends inside the word that ends a body's name (先导区管委, 各开发区管委): cut by a page's end. */
    static boolean cutShort(String name) {
        return CUT_SHORT.matcher(name).find();
    }

    /** Words ending in 科 that name a discipline or a clinic, no section of a bureau. */
    private static final Pattern DISCIPLINE = Pattern.compile("[学专本全儿牙眼外内妇骨文理工农医商预]科$|学科|专科");

    /**
     * True when the text is a kind of institution by itself, an ending of the unit names' table with nothing before
     * it (学校, 幼儿园, 医院), as a part of duties names a holder: (七)学校 over the schools' own measures.
     */
    static boolean institution(String name) {
        return name.length() >= 2 && !name.startsWith("各") && SUFFIXES.contains(name) && !LEVEL_WORD.matcher(name).matches();
    }

    /** True when the name ends in an ending of two characters or more (办事处, 委员会), not a single one (社, 处). */
    static boolean endsInWordSuffix(String name) {
        for (String suffix : SUFFIXES) {
            if (suffix.length() >= 2 && name.endsWith(suffix) && name.length() > suffix.length()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Verbs a list's last unit may keep from its clause (各片区负责配合落实, 省大数据中心按职责分工负责): no name ends in
     * them.
     */
    private static final Pattern TRAILING_VERB = Pattern.compile(
            "(?<=[\\p{IsHan}]{2})(?:按照?职责(?:分工)?|分别|共同)?(?:分别)?(?:负责|配合|协助|参与|落实)+$");

    private static String withoutVerb(String unit) {
        if (unit.length() < 4 || "责合助与实".indexOf(unit.charAt(unit.length() - 1)) < 0) {
            return unit; // TRAILING_VERB's words end so
        }
        return TRAILING_VERB.matcher(unit).replaceFirst("");
    }

    /** The name without a trailing (牵头) mark. */
    static String withoutMark(String name) {
        return name.endsWith("(牵头)") ? name.substring(0, name.length() - 4).strip() : name;
    }
}
