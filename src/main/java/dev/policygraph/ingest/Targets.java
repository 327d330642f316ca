package dev.policygraph.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantified targets in a paragraph: "普惠性幼儿园比例保持在95%以上", "打造5所以上城市特色品牌幼儿园",
 * "35%的学校建成省现代化学校", "未来五年建成公办幼儿园20所", "分别达到65%和55%" (two targets), "一半以上", with the
 * year from "到2027年" in the same sentence or the one the caller inherited from the paragraph before. The words
 * that decide comparators and the units are rule tables (target-words.tsv, target-units.tsv). Baselines
 * ("现有学校120所", "在已建成…的基础上") and scores ("(5分)") are no targets.
 */
final class Targets {

    /** One target before it is tied to a task. */
    record Found(String text, String metric, String comparator, double value, String unit, Integer year) {
    }

    private static final Map<String, String> VERBS = new LinkedHashMap<>();
    private static final Map<String, String> COUNTS = new LinkedHashMap<>();
    /** Comparators of counting verbs when what is counted are people ("培育带头人1万名"). */
    private static final Map<String, String> PEOPLE = new LinkedHashMap<>();
    private static final Pattern PERSON_UNIT = Pattern.compile("名|人|人次|位|万人|万人次|万名");

    static {
        for (String[] row : RuleFiles.rows("target-words.tsv", 3)) {
            String role = row[1].strip();
            (role.equals("VERB") ? VERBS : role.equals("PEOPLE") ? PEOPLE : COUNTS).put(row[0].strip(), row[2].strip());
        }
        PEOPLE.keySet().forEach(word -> COUNTS.putIfAbsent(word, PEOPLE.get(word)));
    }

    /** Units whose 万 stays with them as printed (kept-scaled-units.tsv: 元, 平方米, 千瓦 …). */
    private static final List<String> KEPT_SCALED_UNITS = RuleFiles.lines("kept-scaled-units.tsv");
    private static final String UNIT = "(?<unit>" + TextOps.alternation(RuleFiles.lines("target-units.tsv").stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList()) + ")";
    private static final String NUM = "(?<num>\\d+(?:\\.\\d+)?)(?:(?:%|‰|个|所|家|名|人|项|次)?\\s*[—–~\\-至到]\\s*(?<upper>\\d+(?:\\.\\d+)?))?"
            + "(?<mult>万亿|千亿|百亿|亿|千万|百万|万|千)?(?!\\d)(?<plus>余(?!年))?";
    private static final String MOD = "(?<mod>以上|以下|以内|左右|之内|内)?";
    /** The comparing and the counting words, longest first: the order their alternations try them in. */
    private static final List<String> VERB_WORDS = VERBS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final List<String> COUNT_WORDS = COUNTS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    /** The characters a counting word starts with (a word of the table is never empty). */
    private static final String COUNT_STARTS = COUNT_WORDS.stream().map(w -> w.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());
    private static final String VERB_ALTERNATION = TextOps.alternation(VERB_WORDS);
    private static final String COUNT_ALTERNATION = TextOps.alternation(COUNT_WORDS);
    private static final Pattern VERB_FIRST = Pattern.compile(
            "^(?<metric>.+?)(?<![不均])(?<verb>" + VERB_ALTERNATION + ")(?:(?:19|20)\\d{2}年(?:底|末)?的|[\\p{IsHan}]{1,12}的|(?:每[\\p{IsHan}]{1,3}){1,3})?" + NUM + UNIT + "?" + MOD);
    private static final Pattern RESPECTIVELY = Pattern.compile(
            "^(?<metric>.+?)分别(?:(?<verb>" + VERB_ALTERNATION + "))?(?<list>\\d(?:[\\d.%‰/、和及与以上下内左右个百分点万亿元所人名家项次]|"
                    + UNIT.replace("(?<unit>", "(?:") + ")*" // each value with its unit: 分别达到10434吨、263吨
                    + "(?:" + UNIT.replace("(?<unit>", "(?:") + "(?:以上|以下|以内|左右)?)?)$"); // …分别不高于53和32微克/立方米
    /** Metrics listed with their values in the same order, without 分别 (A、B比例达40%、30%): as RESPECTIVELY. */
    private static final Pattern PAIRED = Pattern.compile(
            "^(?<metric>[^、,]+?、[^、,]+?)(?<verb>" + VERB_ALTERNATION + ")(?<list>\\d[\\d.]*%?、\\d[\\d.]*%?"
                    + "(?:" + UNIT.replace("(?<unit>", "(?:") + "(?:以上|以下|以内|左右)?)?)$");
    private static final Pattern LIST_ITEM = Pattern.compile(NUM + UNIT + "?" + MOD);
    /** A rate or share printed with its level and no verb (城镇调查失业率5.5%左右, 管护到位率100%). */
    private static final Pattern RATE = Pattern.compile("(?:率|比例|比重|占比|涨幅|增幅|降幅|增速)$");
    private static final Pattern SHARE_FIRST = Pattern.compile(
            "^(?<pre>[^\\d]{0,6}?)" + NUM + "%(?:(?<mod>以上|以下|左右)的?|的)(?<metric>[^\\d].+)$"); // 30%以上(的)学校
    private static final Pattern COUNT_FIRST = Pattern.compile(
            "^(?<pre>[^\\d]{0,24}?)" + NUM + "(?>" + UNIT + ")" + MOD + "(?!(?:以上|以下|以内|左右)?$|\\()(?<metric>[^\\d]{2,})$");
    private static final Pattern COUNT_LAST = Pattern.compile(
            "^(?<metric>[^\\d]{2,}?)" + NUM + UNIT + "(?:\\((?:个|所)\\))?" + MOD + "(?:\\((?:含|包括|其中)[^()\\d]{1,12}\\))?$"); // 10例以上(含简易案件)
    /**
     * After a year, what makes it the year work starts from, not a year it is due (2012年起5年内, 2021年以来, 2025年至
     * 2027年: the range's end is the year).
     */
    private static final String FROM_THEN_ON = "(?!起|以来|开始|至)";
    private static final Pattern YEAR = Pattern.compile(
            "(?:到|至|力争|争取|确保|在|其中)\\s*((?:19|20)\\d{2})年(?:底|末)?(?!的?基础)|((?:19|20)\\d{2})年(?:底|末)?(?:前|以前)|^((?:19|20)\\d{2})年(?:底|末)?"
                    + FROM_THEN_ON);
    /** Several years listed under one 到 (到2027年、2028年, 到2023年底和2030年): the years of a 分别 list's values, in order. */
    private static final Pattern YEAR_LIST = Pattern.compile("(?:19|20)\\d{2}年(?:底|末)?(?:[、和](?:19|20)\\d{2}年(?:底|末)?)+");
    private static final Pattern YEAR_PHRASE = Pattern.compile(
            "^(?:[\\p{IsHan}]{1,8}?(?:提出|明确|指出|要求|规定)[,:])?(?:力争|争取|确保)?(?:到|至|在)?(?:(?:19|20)\\d{2})年(?:底|末)?(?!的?基础)" + FROM_THEN_ON
                    + "(?:前|以前)?(?:内)?(?:,)?");
    private static final Pattern FILLER = Pattern.compile(
            "^(?:力争|确保|争取|努力|实现|其中|同时|并且|并|使|让|全市|全区|全县|全省|全国|各县\\(市、区\\)|各地|累计|基本|进一步|每年|年内|全年|原则上)+");
    /** Numbers that describe what exists already, or score weights. */
    private static final String[] BASELINE_WORDS = {"现有", "已有", "已建成", "已建", "已累计", "已经", "截至", "截止",
        "基础上", "上年", "去年", "同比", "比上", "较上"};
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("((?:19|20)\\d{2})");
    /** A year, or a span of years (2024-2026年, a plan's period), where a quantity would start: no quantity. */
    private static final Pattern YEAR_NUMBER = Pattern.compile("(?:19|20)\\d{2}(?:\\s*[-—–~至]\\s*(?:19|20)\\d{2})?年");
    /** A horizon opening a clause ("5年内", "未来三年", "每年"): no quantity of the target. */
    private static final Pattern HORIZON = Pattern.compile(
            "^(?:未来|今后|近|再用)?\\d{1,2}(?:年|个月)(?:内|间|来|时间)?|^(?:每年|每学年|年均|逐年|当年)");
    private static final Pattern TOKEN = Pattern.compile(NUM + UNIT + "?" + MOD);
    /** A comparing verb just before a quantity, also before a counting verb ("至少建成", "不少于"). */
    private static final Pattern VERB_AT_END = Pattern.compile("(?:" + VERB_ALTERNATION + ")(?:" + COUNT_ALTERNATION
            + ")?(?:[\\p{IsHan}]{1,12}的|(?:每[\\p{IsHan}]{1,3}){1,3})?$");
    private static final Pattern NOT_A_QUANTITY_UNIT = Pattern.compile("^(?:年|个月|天|日|周|周岁|岁)$");
    /** "事件零发生", "零增长": a target of zero. */
    private static final Pattern ZERO = Pattern.compile("^(?<metric>[^\\d]{2,}?)(?:实现|保持)?零(?:发生|增长|容忍|事故|伤亡|死亡|新增|排放|感染|投诉)");
    /** "不再产生新的辍学生": no more of what follows, a target of zero. */
    /** "全年无重大安全责任事故": none of such accidents or cases, a target of zero. */
    private static final Pattern NONE_OF = Pattern.compile(
            "^(?:全年|年内|确保|实现|做到)*无(?<metric>(?:重特大|重大|较大|一般)?[\\p{IsHan}]{0,10}?(?:事故|事件|案件))$");
    private static final Pattern NO_MORE = Pattern.compile("不再(?:产生|发生|出现)新的?(?<metric>[\\p{IsHan}]{2,12})$");
    /** "由2023年的85%提高到…": the starting level printed inside the metric, a baseline. */
    private static final Pattern FROM_LEVEL = Pattern.compile("(?:由|从)(?:(?:19|20)\\d{2}年(?:底|末)?的?)?[\\d.]+[%\\p{IsHan}]{0,4}$");
    /** "翻一番" (x2), "翻两番" (x4), also after the baseline it doubles ("在2024年基础上翻一番"). */
    private static final Pattern DOUBLING = Pattern.compile(
            "^(?<metric>[^\\d]{2,}?)(?:在[^,;]{0,20}?基础上|比[^,;]{0,12}?)?(?:实现|再)?翻(?<times>一|两|二)?番");
    /** "实现全覆盖(100%)": a level printed in brackets after what it measures. */
    private static final Pattern BRACKETED_SHARE = Pattern.compile(
            "^(?<metric>[^\\d]{2,}?)\\((?<num>\\d+(?:\\.\\d+)?)%\\)$");
    private static final Pattern BOUND = Pattern.compile("以上|以下|以内");
    /** "打造一支…队伍", "市委十届六次全会…精神": no counts. */
    private static final Pattern NO_COUNT = Pattern.compile("一支[^,;。]{0,40}队伍|[\\d一二三四五六七八九十]次全会|文件精神");
    /** A sum that names the size class of what a later count counts: 十亿元以上企业30家, 5000万元以上项目20个. */
    private static final Pattern SIZE_CLASS = Pattern.compile("\\d+(?:\\.\\d+)?(?:万|亿)?元以上(?:的)?([\\p{IsHan}]{1,10}?)(?=\\d)");

    /** Units of things counted one by one (个, 所, 家, 名 …): what 力争 makes a minimum. */
    private static final Pattern DISCRETE = Pattern.compile("^(?:个|所|家|名|人|人次|项|座|处|条|户|场|次|张|辆|套|间|批|支|期|园|校|村|床|栋|幢)$");

    /**
     * True when {@code unit} counts things one by one: 力争 before such a count makes it a minimum (力争建好30个工作室,
     * seed 000), not before a share, a growth rate, a sum of money or a length (力争3%, 力争…增长15%, 力争…200亿元,
     * 力争7.8公里: every blind evaluator read those as stated).
     */
    private static boolean discrete(String unit) {
        return unit != null && DISCRETE.matcher(unit).matches();
    }

    /** Words that make a count a minimum (力争, 至少, 不少于). */
    /** 力争 governs the rest of its sentence; 至少 and 不少于 only their own clause. */
    private static final String[] STRIVING_WORDS = {"力争"};
    private static final String[] FLOOR_WORDS = {"至少", "不少于"};
    /** A change against last year that the plan commits to (较上年压减20%, 比上年下降1个百分点): no baseline. */
    /** What {@link #found} strips from a metric: a leading 的, a trailing 较2023年 / 比上年, a trailing 每年. */
    private static final Pattern LEADING_DE = Pattern.compile("^[的、]");
    private static final Pattern COMPARED_WITH = Pattern.compile("(?:较|比)(?:(?:19|20)\\d{2}年(?:底|末)?|上一?年(?:度)?(?:同期)?)$");
    private static final Pattern EVERY_YEAR_AT_END = Pattern.compile("(?<=.{2})(?:每年|逐年)$");
    /** Words and marks that join the items of a list (scan). */
    private static final Pattern LIST_WORDS_AND_COMMAS = Pattern.compile("[、和及与,]");
    private static final Pattern LIST_WORDS = Pattern.compile("[、和及与]");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[、,和及与]");
    /** The verbs of a change by an amount, against last year or a baseline. */
    private static final String CHANGE_VERB = "(?:下降|压减|减少|降低|压缩|提高|增长|提升|增加)";
    private static final Pattern CHANGE_ON_LAST_YEAR = Pattern.compile(
            "(?:较|比)上(?:一)?年(?:度)?(?:同期)?" + CHANGE_VERB + "\\d");
    /** A change on a baseline (在原有计划基础上增加20%以上): what changes, then the change. */
    private static final Pattern CHANGE_ON_BASELINE = Pattern.compile(
            "^(.*?)(?:在|比|较)[^,;]{0,40}?的?基础上((?:每年|年均|再)?" + CHANGE_VERB + "\\d.*)$");

    /** A metric that names only when (年内至少3次): the count's metric is in the clause before it. */
    private static final Pattern TIME_ONLY = Pattern.compile(
            "^(?:年内|全年|当年|本年|本年度|年度内|每年|每季度|每季|每月|每周|每学期|每学年|学期内|期内|任期内)?$");

    private Targets() {
    }

    /** The end of a five-year plan's period (到"十四五"末: 2025), the 3rd plan on (1966–1970) five years each. */
    private static final Pattern PERIOD_END = Pattern.compile("十([一二三四五六七八九])五”?(?:规划)?(?:时期|期间)?(?:期)?末");

    /** The year a five-year plan's period ends in the text (到"十四五"末 → 2025), or null. */
    static Integer periodEnd(String text) {
        Matcher m = PERIOD_END.matcher(text);
        return m.find() ? 1955 + 5 * (10 + ChineseNumbers.parse(m.group(1))) : null;
    }

    /** False when no zero target can be stated without a digit: it needs 零 (ZERO), 不再 (NO_MORE) or NONE_OF's words. */
    private static boolean mayStateZero(String s) {
        return s.indexOf('零') >= 0 || s.contains("不再") || mayBeNone(s);
    }

    /** False when NONE_OF cannot match: it needs 无 and 事故, 事件 or 案件. */
    private static boolean mayBeNone(String s) {
        return s.indexOf('无') >= 0 && (s.contains("事故") || s.contains("事件") || s.contains("案件"));
    }

    /** Year a paragraph sets for what follows it ("到2025年,..." at its start), or null. */
    static Integer leadingYear(String paragraph) {
        if (paragraph.indexOf('末') >= 0 && paragraph.indexOf('五') >= 0 && paragraph.indexOf('末') < 12
                && (paragraph.startsWith("到") || paragraph.startsWith("至"))) {
            Integer end = periodEnd(paragraph.substring(0, paragraph.indexOf('末') + 1));
            if (end != null) {
                return end; // 到"十四五"末,…: the period's last year governs what follows
            }
        }
        if (paragraph.indexOf('年') < 0) {
            return null; // YEAR_PHRASE needs a year
        }
        Matcher m = YEAR_PHRASE.matcher(paragraph);
        if (!m.find() || m.end() == 0) {
            return null;
        }
        Matcher y = FOUR_DIGIT_YEAR.matcher(m.group());
        return y.find() ? Integer.valueOf(y.group(1)) : null;
    }

    /** The words that make a year a target's deadline (确保2022年…), which then governs the paragraph's later sentences. */
    private static final String[] DEADLINE_WORDS = {"到", "力争", "争取", "确保"};

    /** A target restated in brackets after another: (即全年污染天数不能超过27天). */
    private static final Pattern RESTATED = Pattern.compile("\\(即([^()]{4,40})\\)");

    static List<Found> find(String paragraph, Integer inheritedYear) {
        List<Found> found = new ArrayList<>();
        if (!hasNumber(paragraph) && !ChineseNumbers.mayHoldNumerals(paragraph) && !mayStateZero(paragraph)) {
            return found; // no sentence of it holds a number, a numeral or a zero: each would be passed over below
        }
        Integer paragraphYear = inheritedYear;
        for (String sentence : Clauses.split(paragraph, "。!?\n")) {
            Integer leading = leadingYear(sentence.strip());
            if (leading != null) {
                paragraphYear = leading;
            }
            Integer year = paragraphYear;
            Integer statedYear = null;
            List<Integer> years = List.of();
            boolean striving = false;
            if (!hasNumber(sentence) && !hasNumber(ChineseNumbers.digitsIn(sentence)) && !mayStateZero(sentence)) {
                continue;
            }
            if (sentence.contains("(即")) {
                // 优良天数比率不低于92.5%(即全年污染天数不能超过27天): the restatement in brackets is a target of its own
                sentence = RESTATED.matcher(sentence).replaceAll(",$1,");
            }
            int consumed = 0;
            String previous = null; // the clause before, in this sentence
            for (String raw : Clauses.split(sentence, ",;:", false)) {
                consumed = Math.min(sentence.length(), consumed + raw.length() + 1);
                String before = previous;
                previous = raw.strip();
                String clause = raw.strip();
                if (clause.indexOf('×') >= 0 || clause.indexOf('÷') >= 0) {
                    continue; // a formula (服务量/全部服务量×100%): how an indicator is computed, no target
                }
                String printed = clause;
                if (clause.indexOf('基') >= 0 && clause.contains("基础上")) {
                    // 能耗在2020年基础上下降13.5%: the change is the target, the baseline and its year are not
                    Matcher change = CHANGE_ON_BASELINE.matcher(clause);
                    if (change.matches()) {
                        clause = change.group(1) + change.group(2);
                    }
                }
                // cheap character tests first: each expression below needs the character tested
                boolean hasYear = clause.indexOf('年') >= 0;
                if (hasYear) {
                    Matcher y = YEAR.matcher(clause);
                    if (y.find()) {
                        year = Integer.valueOf(first(y.group(1), y.group(2), y.group(3)));
                        if (y.group(1) != null && TextOps.containsAny(y.group(), DEADLINE_WORDS)) {
                            statedYear = year; // 到/确保/力争 2022年: a deadline, not a year spoken of (在2024年)
                        }
                        Matcher list = YEAR_LIST.matcher(clause);
                        years = list.find() ? yearsIn(list.group()) : List.of();
                    }
                }
                if (clause.indexOf('五') >= 0 && clause.indexOf('末') >= 0) {
                    Integer end = periodEnd(clause);
                    year = end != null ? end : year;
                }
                if (TextOps.containsAny(clause, STRIVING_WORDS)) {
                    striving = true;
                }
                boolean floor = striving || TextOps.containsAny(clause, FLOOR_WORDS);
                if (clause.indexOf('番') >= 0) {
                    Matcher doubling = DOUBLING.matcher(FILLER.matcher(YEAR_PHRASE.matcher(clause).replaceFirst("")).replaceFirst(""));
                    if (doubling.find()) {
                        found.add(new Found(clause, doubling.group("metric"), "=", "一".equals(doubling.group("times"))
                                || doubling.group("times") == null ? 2 : 4, "倍", year));
                        continue;
                    }
                }
                if (clause.length() < 4 || TextOps.containsAny(clause, BASELINE_WORDS)
                        && !CHANGE_ON_LAST_YEAR.matcher(clause).find() || mayBeNoCount(clause) && NO_COUNT.matcher(clause).find()) {
                    continue;
                }
                String body = ChineseNumbers.digitsIn(hasYear ? YEAR_PHRASE.matcher(clause).replaceFirst("") : clause);
                if (!body.isEmpty() && (body.charAt(0) == ',' || body.charAt(0) == '、')) {
                    body = body.substring(1);
                }
                if (body.indexOf('年') >= 0 || body.indexOf('月') >= 0) {
                    body = HORIZON.matcher(body).replaceFirst("");
                }
                Matcher none = mayBeNone(body) ? NONE_OF.matcher(body) : null;
                if (none != null && none.matches()) {
                    found.add(new Found(clause, none.group("metric"), "=", 0, "", year));
                    continue;
                }
                Matcher noMore = body.contains("不再") ? NO_MORE.matcher(body) : null;
                if (noMore != null && noMore.find()) {
                    found.add(new Found(clause, noMore.group("metric"), "=", 0, "", year));
                    continue;
                }
                Matcher zero = body.indexOf('零') >= 0 ? ZERO.matcher(body) : null;
                if (zero != null && zero.find()) {
                    found.add(new Found(clause, zero.group("metric"), "=", 0, "", year));
                    continue;
                }
                if (!hasNumber(body)) {
                    continue;
                }
                List<Found> matched = match(clause, body, year, floor, sentence.substring(0, consumed));
                if (matched.size() == 1 && body.indexOf('、') > 0 && !body.contains("分别")) {
                    matched = withListedQuantities(matched, clause, body, year, floor, sentence.substring(0, consumed));
                }
                if (years.size() > 1 && matched.size() == years.size()) {
                    matched = new ArrayList<>(matched);
                    // 到2027年、2028年,覆盖率分别达到60%、80%: each value its own year
                    for (int i = 0; i < matched.size(); i++) {
                        Found f = matched.get(i);
                        matched.set(i, new Found(f.text(), f.metric(), f.comparator(), f.value(), f.unit(), years.get(i)));
                    }
                }
                if (before != null && !matched.isEmpty() && TIME_ONLY.matcher(matched.get(0).metric()).matches()) {
                    // 部署河长制相关工作,年内至少3次: what is counted stands in the clause before its count
                    String metric = FILLER.matcher(before).replaceFirst("");
                    List<Found> carried = new ArrayList<>();
                    for (Found f : matched) {
                        carried.add(new Found(before + "," + printed, metric, f.comparator(), f.value(), f.unit(), f.year()));
                    }
                    found.addAll(carried);
                    continue;
                }
                if (printed != clause) {
                    for (Found f : matched) { // the text as printed, the baseline in it
                        found.add(new Found(printed, f.metric(), f.comparator(), f.value(), f.unit(), f.year()));
                    }
                    continue;
                }
                found.addAll(matched);
            }
            if (statedYear != null) {
                paragraphYear = statedYear; // 确保2022年…。推广…50万亩: the year stated governs the paragraph's later sentences
            }
        }
        return found;
    }

    /** True when the text before a count ends in 超 (more than), not in 不超 / 不得超 (at most: a VERB of its own). */
    private static boolean over(String before) {
        return before.endsWith("超") && !before.endsWith("不超") && !before.endsWith("得超") && before.length() >= 3;
    }

    private static List<Found> match(String clause, String body, Integer year, boolean striving, String context) {
        if (body.length() < 4 || body.startsWith("《") || !hasNumber(body)) {
            return List.of();
        }
        if (body.indexOf('元') > 0) {
            Matcher size = SIZE_CLASS.matcher(body);
            if (size.find()) {
                // 十亿元以上企业30家: the sum names the class of what is counted, the count is the target
                body = body.substring(0, size.start()) + size.group(1) + body.substring(size.end());
            }
        }
        // cheap tests first: RESPECTIVELY needs 分别, VERB_FIRST a comparing word
        Matcher m = body.contains("分别") ? RESPECTIVELY.matcher(body) : null;
        if (m == null && body.indexOf('、') >= 0) {
            m = PAIRED.matcher(body);
            if (m.find() && m.group("metric").split("、").length == 2) {
                m.reset();
            } else {
                m = null;
            }
        }
        if (m != null && m.find()) {
            List<Found> out = new ArrayList<>();
            String verb = m.group("verb");
            Matcher item = LIST_ITEM.matcher(m.group("list"));
            while (item.find()) {
                if (item.group("num") == null || item.group().isEmpty()) {
                    continue;
                }
                String comparator = modifier(item.group("mod"), verb == null ? "=" : VERBS.get(verb));
                out.add(found(clause, m.group("metric"), comparator, item, year,
                        item.group("unit") == null ? "" : item.group("unit")));
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        m = containsAny(body, VERB_WORDS) ? VERB_FIRST.matcher(body) : null;
        if (m != null && m.find() && !m.group("metric").isBlank() && !m.group("metric").endsWith("的") && !isYear(m, body)) {
            String comparator = modifier(m.group("mod"), VERBS.get(m.group("verb")));
            Matcher from = FROM_LEVEL.matcher(m.group("metric"));
            if (from.find() && from.start() > 0) {
                // 由85%提高到92%: the target is the level reached
                return List.of(found(clause, m.group("metric").substring(0, from.start()),
                        "=".equals(comparator) ? ">=" : comparator, m, year));
            }
            return List.of(found(clause, m.group("metric"), comparator, m, year));
        }
        m = body.contains("%)") ? BRACKETED_SHARE.matcher(body) : null; // the expression needs it
        if (m != null && m.find()) {
            return List.of(new Found(clause, FILLER.matcher(m.group("metric")).replaceFirst(""), "=",
                    Double.parseDouble(m.group("num")), "%", year));
        }
        m = body.indexOf('%') >= 0 ? SHARE_FIRST.matcher(body) : null;
        if (m != null && m.find()) {
            // 不低于35%的行政村…: a bound before the share is its comparator; a plain share is a count (=)
            String bound = boundBefore(m.group("pre"));
            return List.of(found(clause, m.group("metric"), modifier(m.group("mod"), bound == null ? "=" : bound), m, year, "%"));
        }
        m = COUNT_FIRST.matcher(body);
        if (m.find() && !isYear(m, body) && !m.group("pre").endsWith("第")) {
            String pre = m.group("pre");
            boolean counted = pre.isEmpty() || containsAny(pre, COUNT_WORDS);
            String bound = counted ? null : boundBefore(pre); // 开展不少于两轮的巡查: the bound before the count
            if (counted || bound != null) {
                // 举办超150场招聘会: 超 right before the count is more than it
                String comparator = modifier(m.group("mod"), bound != null ? bound : over(pre) ? ">"
                        : striving && discrete(m.group("unit")) ? ">=" : countComparator(context, m.group("unit")));
                return List.of(found(clause, m.group("metric"), comparator, m, year));
            }
        }
        m = COUNT_LAST.matcher(body);
        if (m.find() && !isYear(m, body)) {
            // a bound printed after the count ("募集就业见习岗位3万个以上") makes it a target without a counting verb, and
            // so does 超 before it, where the count ends the clause (新开工重大项目超74个, 接待游客超1000万人次)
            boolean over = over(m.group("metric"));
            if (over || countWorded(m.group("metric")) || BOUND.matcher(m.group("mod") == null ? "" : m.group("mod")).matches()
                    && !NOT_A_QUANTITY_UNIT.matcher(m.group("unit")).matches()
                    || "%".equals(m.group("unit")) && RATE.matcher(m.group("metric")).find()) {
                String comparator = modifier(m.group("mod"), over ? ">"
                        : striving && discrete(m.group("unit")) ? ">=" : countComparator(context, m.group("unit")));
                String metric = over ? m.group("metric").substring(0, m.group("metric").length() - 1) : m.group("metric");
                return List.of(found(clause, metric, comparator, m, year));
            }
        }
        return scan(clause, body, year, striving, context);
    }

    /** The comparator of a bound (不低于, 至少, 超过) that {@code pre} ends with, or null; 达到 and the like are no bound. */
    private static String boundBefore(String pre) {
        String longest = null;
        for (String verb : VERB_WORDS) {
            if (pre.endsWith(verb) && (longest == null || verb.length() > longest.length())) {
                longest = verb; // 不低于 over 低于
            }
        }
        if (longest == null || "=".equals(VERBS.get(longest))) {
            return null;
        }
        boolean bound = longest.startsWith("不") || longest.startsWith("至少") || longest.equals("超过")
                || longest.equals("高于") || longest.equals("低于") || longest.length() == 1 && !TextOps.isHan(longest.charAt(0));
        return bound ? VERBS.get(longest) : null;
    }

    /** The other verbs a plan prints in brackets inside one (新(改)建, 新(改、扩)建, 迁(扩)建): 新建 read past them. */
    private static final Pattern ALTERNATE_VERBS = Pattern.compile("\\((?:[改扩迁新续重][、,]?){1,3}\\)(?=建)");

    /** True when the text holds a counting verb (建成, 新建 …), also one printed with its alternates in brackets. */
    private static boolean countWorded(String text) {
        return containsAny(text, COUNT_WORDS)
                || text.indexOf('(') >= 0 && containsAny(ALTERNATE_VERBS.matcher(text).replaceAll(""), COUNT_WORDS);
    }

    /**
     * Every quantity of a clause that a verb binds: "选拔100名正职后备人才和200名副职后备人才" is two targets, a count
     * after a counting verb (选拔) or a level after a comparing verb (达到).
     */
    private static List<Found> scan(String clause, String body, Integer year, boolean striving, String context) {
        List<Found> out = new ArrayList<>();
        Matcher t = TOKEN.matcher(body);
        int previousEnd = 0;
        String previousMetric = null;
        String previousComparator = null;
        while (t.find()) {
            int start = t.start();
            String unit = t.group("unit");
            boolean skip = t.group().isEmpty() || start > 0 && body.charAt(start - 1) == '第' || isYear(t, body)
                    || unit != null && NOT_A_QUANTITY_UNIT.matcher(unit).matches() || TextOps.openAt(body, 0, start, "(《", ")》")
                    || start > 0 && Character.isDigit(body.charAt(start - 1))
                    || body.startsWith("A级", t.end()) || body.startsWith("星级", t.end()); // 5A级景区: a rating
            if (skip) {
                continue;
            }
            String prefix = body.substring(previousEnd, start);
            Matcher verb = VERB_AT_END.matcher(prefix);
            String comparator;
            String metric;
            if (verb.find()) {
                comparator = VERBS.getOrDefault(longestVerbAt(verb.group()), "=");
                metric = prefix.substring(0, verb.start());
                if (LIST_WORDS_AND_COMMAS.matcher(metric).replaceAll("").isBlank() && previousMetric != null) {
                    metric = previousMetric;
                }
            } else if (unit != null && containsAny(context, COUNT_WORDS)) {
                comparator = countComparator(context, unit);
                String after = ITEM_SEPARATOR.split(body.substring(t.end()), 2)[0];
                metric = after.length() >= 2 ? after : prefix;
            } else if (previousComparator != null && LIST_WORDS.matcher(prefix).replaceAll("").isEmpty()) {
                comparator = previousComparator;
                metric = previousMetric;
            } else {
                previousEnd = t.end();
                continue;
            }
            if (over(prefix)) {
                comparator = ">"; // 平台举办超150场: more than the count
            } else if (striving && comparator.equals("=") && discrete(unit)) {
                comparator = ">=";
            }
            comparator = modifier(t.group("mod"), comparator);
            if (metric == null || metric.strip().isEmpty()) {
                metric = clause;
            }
            out.add(found(clause, metric, comparator, t, year, unit == null ? "" : unit));
            previousMetric = metric;
            previousComparator = comparator;
            previousEnd = t.end();
        }
        return out;
    }

    private static String longestVerbAt(String phrase) {
        String best = null;
        for (String key : VERBS.keySet()) {
            if (phrase.startsWith(key) && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return best;
    }

    /**
     * A clause listing quantities of several things with 、 (推介项目不少于100个、总投资300亿元以上): each later item that
     * names its own thing before its number is a target of its own.
     */
    /** A listed item named by its size class (30亿级项目, 百万级): a metric, though it opens with a number. */
    private static final Pattern GRADED = Pattern.compile("\\d+(?:\\.\\d+)?(?:亿|万|千|百)级[\\p{IsHan}]");

    private static List<Found> withListedQuantities(List<Found> first, String clause, String body, Integer year,
                                                    boolean floor, String context) {
        List<String> items = Clauses.split(body, "、");
        if (items.size() < 2) {
            return first;
        }
        List<Found> out = new ArrayList<>(first);
        for (int i = 1; i < items.size(); i++) {
            String item = items.get(i).strip();
            if (item.length() < 4 || !hasNumber(item) || !GRADED.matcher(item).lookingAt()
                    && (!Character.isLetter(item.charAt(0)) || !Character.isLetter(item.charAt(1))
                    || Character.isDigit(item.charAt(0)))) {
                continue;
            }
            // 至少 and 不少于 bound their own item (不少于40个、街区4个: the second is a plain count); 力争 the sentence
            boolean itemFloor = TextOps.containsAny(item, FLOOR_WORDS) || floor && !TextOps.containsAny(clause, FLOOR_WORDS);
            for (Found f : match(clause, item, year, itemFloor, context)) {
                if (out.stream().noneMatch(o -> o.value() == f.value() && o.unit().equals(f.unit()))) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** False when NO_COUNT cannot match: it needs 一支, 次全会 or 文件精神. */
    private static boolean mayBeNoCount(String clause) {
        return clause.indexOf('支') >= 0 || clause.contains("次全会") || clause.contains("文件精神");
    }

    private static List<Integer> yearsIn(String list) {
        List<Integer> out = new ArrayList<>();
        Matcher y = FOUR_DIGIT_YEAR.matcher(list);
        while (y.find()) {
            out.add(Integer.valueOf(y.group(1)));
        }
        return out;
    }

    private static boolean hasNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // ASCII digits first; no other character below U+0660 (Arabic-Indic zero) is a digit, nor one of the CJK
            // blocks from U+2E80 to U+9FFF (most of the text)
            if (c >= '0' && c <= '9' || c >= '\u0660' && (c < '\u2E80' || c > '\u9FFF') && Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** Headings of parts that describe the plan's starting point (descriptive-parts.tsv), whole. */
    private static final Pattern DESCRIPTIVE_PART = Pattern.compile(
            "(?:" + String.join("|", RuleFiles.lines("descriptive-parts.tsv")) + ")[。.]?");

    /** True when a part with this heading (its number left out) describes where the plan starts: no targets in it. */
    static boolean describesThePast(String heading) {
        return heading != null && heading.length() <= 16 && DESCRIPTIVE_PART.matcher(heading.strip()).matches();
    }

    /** A year (2025年) is no quantity. */
    private static boolean isYear(Matcher m, String body) {
        int start = m.start("num");
        return start >= 0 && YEAR_NUMBER.matcher(body).region(start, body.length()).lookingAt();
    }

    /**
     * >= for a count to train or bring in (培养, 引进, 培训), = for one to build or select (建成, 遴选): the counting verb
     * nearest before the number decides ("开展培训,遴选种子教师200名" is a selection).
     */
    private static String countComparator(String phrase, String unit) {
        String last = lastCountWord(phrase);
        if (last == null) {
            return "=";
        }
        boolean people = unit != null && PERSON_UNIT.matcher(unit).matches();
        return people ? PEOPLE.getOrDefault(last, COUNTS.get(last)) : COUNTS.get(last);
    }

    /** The last counting word in the phrase, as a find() loop of their alternation meets them, or null. */
    private static String lastCountWord(String phrase) {
        String last = null;
        int i = 0;
        while (i < phrase.length()) {
            String word = COUNT_STARTS.indexOf(phrase.charAt(i)) >= 0 ? countWordAt(phrase, i) : null;
            if (word == null) {
                i++;
            } else {
                last = word;
                i += word.length();
            }
        }
        return last;
    }

    /** The first counting word (longest first) that starts at {@code i}, or null. */
    private static String countWordAt(String s, int i) {
        for (String w : COUNT_WORDS) {
            if (s.startsWith(w, i)) {
                return w;
            }
        }
        return null;
    }

    /** True when one of the words occurs in s: as find() of their alternation, without trying each at every position. */
    private static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Found found(String clause, String metric, String comparator, Matcher m, Integer year) {
        return found(clause, metric, comparator, m, year, m.group("unit") == null ? "" : m.group("unit"));
    }

    private static Found found(String clause, String metric, String comparator, Matcher m, Integer year, String unit) {
        double value = Double.parseDouble(m.group("num")) * scale(m.group("mult"), unit);
        unit = withMultiplier(m.group("mult"), unit);
        if (m.group("upper") != null && comparator.equals("=")) {
            comparator = ">=";
        }
        if (comparator.equals("=") && m.group("plus") != null) { // every expression found here holds NUM, and so 余
            comparator = ">"; // 在建104余公里, 培训1.2万余人次: more than the figure
        }
        String cleaned = FILLER.matcher(metric.strip()).replaceFirst("");
        // each expression only where the word it needs stands
        cleaned = cleaned.startsWith("的") || cleaned.startsWith("、") ? LEADING_DE.matcher(cleaned).replaceFirst("") : cleaned;
        cleaned = cleaned.indexOf('较') >= 0 || cleaned.indexOf('比') >= 0 ? COMPARED_WITH.matcher(cleaned).replaceFirst("") : cleaned;
        cleaned = cleaned.contains("每年") || cleaned.contains("逐年") ? EVERY_YEAR_AT_END.matcher(cleaned).replaceFirst("") : cleaned;
        if (cleaned.length() < 2) {
            cleaned = metric.strip();
        }
        return new Found(clause, cleaned, comparator, Math.round(value * 1e6) / 1e6, unit, year);
    }

    /**
     * True when a multiplier stays with its unit as printed: one with 亿 (2.92亿元, 1.2万亿元), and any before a sum of
     * money (5000万元: a budget is stated in 万元, as the blind evaluators read it every time); 万 before any other unit
     * is multiplied out (2万人 is 20000 人, seed 000).
     */
    static boolean keptAsPrinted(String mult, String unit) {
        if (mult == null) {
            return false;
        }
        if (mult.indexOf('亿') >= 0) {
            return true;
        }
        if (unit != null) {
            for (String kept : KEPT_SCALED_UNITS) {
                if (unit.startsWith(kept)) {
                    return true;
                }
            }
        }
        return false;
    }


    /** The unit as printed with the multiplier before it where the multiplier stays with it (亿元 of 2.92亿元). */
    static String withMultiplier(String mult, String unit) {
        return keptAsPrinted(mult, unit) ? mult + unit : unit;
    }

    /**
     * What a number is multiplied by for its multiplier before {@code unit}: 千 1,000, 万 10,000; 1 for none and for
     * one kept as printed with its unit ({@link #keptAsPrinted}).
     */
    static double scale(String mult, String unit) {
        double m = 1;
        for (int i = 0; mult != null && !keptAsPrinted(mult, unit) && i < mult.length(); i++) {
            m *= switch (mult.charAt(i)) {
                case '千' -> 1_000;
                case '百' -> 100;
                default -> 10_000; // 万: a multiplier with 亿 is kept as printed, never multiplied out
            };
        }
        return m;
    }

    /** The comparator a comparing word gives (target-words.tsv: 不低于 → >=), or null for a word it does not know. */
    static String comparatorOf(String word) {
        return VERBS.get(word);
    }

    /** The comparator a modifier after the number gives (以上 → >=, 以内 → <=, 左右 → =), else {@code otherwise}. */
    static String modifier(String mod, String otherwise) {
        if ("以上".equals(mod)) {
            return ">=";
        }
        if ("以下".equals(mod) || "以内".equals(mod) || "之内".equals(mod) || "内".equals(mod)) {
            return "<=";
        }
        if ("左右".equals(mod)) {
            return "=";
        }
        return otherwise;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
