package dev.policygraph.ingest;

/** Chinese numerals as numbers: 三 = 3, 十七 = 17, 二十 = 20, 一百零五 = 105, 二〇二二 = 2022 (digit by digit). */
final class ChineseNumbers {

    private static final String DIGITS = "〇一二三四五六七八九";

    private static final java.util.regex.Pattern FRACTION = java.util.regex.Pattern.compile(
            "([一二三四五六七八九十两]{1,3})分之([一二三四五六七八九十两]{1,3})");
    /** A percentage in numerals: 百分之九十五 = 95%, 百分之九十五点五 = 95.5%. */
    private static final java.util.regex.Pattern PERCENT = java.util.regex.Pattern.compile(
            "百分之([一二三四五六七八九十零〇两]{1,4})(?:点([〇零一二三四五六七八九]{1,3}))?");
    /** A share in thousandths in numerals: 千分之五 = 5‰. */
    private static final java.util.regex.Pattern PERMILLE = java.util.regex.Pattern.compile(
            "千分之([一二三四五六七八九十零〇两]{1,4})(?:点([〇零一二三四五六七八九]{1,3}))?");
    private static final java.util.regex.Pattern HALF = java.util.regex.Pattern.compile("一半");
    private static final java.util.regex.Pattern TENTHS = java.util.regex.Pattern.compile(
            "(?<![\\p{IsHan}&&[^达到超过为占近约有争保使]])([一二三四五六七八九])成(?=以上|以下|左右|[,。;]|$)");
    /** The words a count in Chinese numerals stands before (五所, 两轮, 三公里): one list, also for FOLLOWERS. */
    private static final String COUNTERS =
            "所|个|家|名|人|项|次|轮|批|类|条|种|座|处|支|门|间|套|台|篇|场|期|倍|张|册|节|户|亩|位|件|元|吨|辆|栋|份|公里|平方米|小时|课时|分钟";
    /** A Chinese numeral counting something: 五所, 十个, 两次, 一百名, 三年 (not 一流, 一体化, 三中). */
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile(
            "(?<![一二三四五六七八九十百千万两〇零第])([一二三四五六七八九十百千两〇零]{1,6})(?=(?:万|亿)?(?:" + COUNTERS + "))");

    private ChineseNumbers() {
    }

    /**
     * The text with counts and shares written in Chinese numerals turned into digits, so that the target rules see
     * them: 五所 → 5所, 一半 → 50%, 三分之一 → 33.3%, 千分之五 → 5‰, 九成 → 90%. A lone 一 stays (一个平台 is no target).
     */
    static String digitsIn(String text) {
        if (!mayHoldNumerals(text)) {
            return text;
        }
        // each expression is tried only on text holding the word it needs (一半, 分之, 成)
        String s = text.contains("一半") ? HALF.matcher(text).replaceAll("50%") : text;
        if (s.contains("分之")) {
            s = s.contains("百分之") ? shares(s, PERCENT, 100, "%") : s;
            s = s.contains("千分之") ? shares(s, PERMILLE, 1000, "‰") : s;
            s = fractions(s);
        }
        if (s.indexOf('成') >= 0) {
            s = tenths(s);
        }
        java.util.regex.Matcher c = COUNTED.matcher(s);
        StringBuilder out = new StringBuilder();
        while (c.find()) {
            int v = parse(c.group(1));
            boolean single = v == 1 && ("家所名座支万亿".indexOf(s.charAt(c.end())) >= 0 || oneEvent(s, c.start(), c.end())
                    || s.startsWith("至少", c.start() - 2) || s.startsWith("不少于", c.start() - 3)); // 至少一小时
            c.appendReplacement(out, (v > 1 || single) && !ordinal(s, c.start(), c.end()) ? String.valueOf(v) : c.group(1));
        }
        c.appendTail(out);
        return out.toString();
    }

    /**
     * A numeral that names which, not how many: 二次 (二次结构, 二次污染: secondary) and 二套 (二套住房: a second home),
     * where a count says 两次 / 两套; 四期 before 工程 or 项目, or after 港区 (a project's phase).
     */
    private static boolean ordinal(String s, int numeral, int counter) {
        if (inShortQuote(s, numeral, counter)) {
            return true;
        }
        char c = s.charAt(counter);
        if ((c == '次' || c == '套') && counter - numeral == 1 && s.charAt(numeral) == '二') {
            return true;
        }
        return c == '期' && (s.startsWith("工程", counter + 1) || s.startsWith("项目", counter + 1)
                || numeral >= 2 && s.startsWith("港区", numeral - 2));
    }

    /** The longest quoted name a numeral in it belongs to: “百人计划”, “新世纪百千万人才工程”, “两个城市”建设. */
    private static final int QUOTED_NAME = 12;

    /**
     * A numeral inside a short quotation names a programme or a slogan (“创新创业领军人才百人计划”, “两个城市”), it
     * counts nothing; a long quotation (a goal quoted whole) is read as it stands.
     */
    private static boolean inShortQuote(String s, int numeral, int counter) {
        int open = s.lastIndexOf('“', numeral);
        if (open < 0 || numeral - open > QUOTED_NAME || s.lastIndexOf('”', numeral) > open) {
            return false;
        }
        int close = s.indexOf('”', counter);
        return close >= 0 && close - open - 1 <= QUOTED_NAME;
    }

    /**
     * 一次 / 一场 as often as a frequency says (每月召开一次例会, 每季度通报一次), not 一次性 (a one-off payment) nor a
     * slogan's 一次 (一次认证, 进一次门).
     */
    private static boolean oneEvent(String s, int numeral, int counter) {
        char c = s.charAt(counter);
        if (c != '次' && c != '场' || counter + 1 < s.length() && s.charAt(counter + 1) == '性') {
            return false;
        }
        for (int i = numeral - 1; i >= 0 && i >= numeral - 16; i--) {
            char p = s.charAt(i);
            if (p == '每' && Deadlines.FREQUENCY.matcher(s).region(i, s.length()).lookingAt()) {
                return true; // 每月, 每学期, 每两年: not 每个事项
            }
            if (p == ',' || p == '。' || p == ';') {
                return false; // the text is normalised: full-width marks are half-width here
            }
        }
        return false;
    }

    /** The shares {@code pattern} finds (百分之九十五, 千分之五) as digits and {@code sign}, up to {@code most}. */
    private static String shares(String s, java.util.regex.Pattern pattern, int most, String sign) {
        java.util.regex.Matcher p = pattern.matcher(s);
        StringBuilder out = new StringBuilder();
        while (p.find()) {
            int whole = parse(p.group(1));
            StringBuilder tenths = new StringBuilder(p.group(2) == null ? "" : ".");
            for (int i = 0; p.group(2) != null && i < p.group(2).length(); i++) {
                tenths.append(DIGITS.indexOf(p.group(2).replace('零', '〇').charAt(i))); // digit by digit: 点零五 = .05
            }
            p.appendReplacement(out, whole >= 0 && whole <= most ? whole + tenths.toString() + sign : p.group());
        }
        p.appendTail(out);
        return out.toString();
    }

    private static String fractions(String s) {
        java.util.regex.Matcher f = FRACTION.matcher(s);
        StringBuilder out = new StringBuilder();
        while (f.find()) {
            int den = parse(f.group(1));
            int num = parse(f.group(2));
            String replacement = den > 0 && num >= 0 ? trim(Math.round(num * 1000.0 / den) / 10.0) + "%" : f.group();
            f.appendReplacement(out, replacement);
        }
        f.appendTail(out);
        return out.toString();
    }

    private static String tenths(String s) {
        java.util.regex.Matcher t = TENTHS.matcher(s);
        StringBuilder out = new StringBuilder();
        while (t.find()) {
            t.appendReplacement(out, parse(t.group(1)) * 10 + "%");
        }
        t.appendTail(out);
        return out.toString();
    }

    /** A quick test: a numeral followed by a numeral, a counter, 半, 分 or 成. */
    static boolean mayHoldNumerals(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if ((NUMERAL_BITS[c >>> 6] & 1L << c) != 0 && FOLLOWERS.indexOf(s.charAt(i + 1)) >= 0) { // c in NUMERALS
                return true;
            }
        }
        return false;
    }

    private static final String NUMERALS = "一二三四五六七八九十百千两〇零";
    /** NUMERALS as a bit a char: one lookup for each character of the text. */
    private static final long[] NUMERAL_BITS = new long[1 << 10];

    static {
        for (int i = 0; i < NUMERALS.length(); i++) {
            char c = NUMERALS.charAt(i);
            NUMERAL_BITS[c >>> 6] |= 1L << c;
        }
    }

    /** What may follow a numeral that some rule reads: another numeral, 半, 分, 成, 万, 亿, a counter's first character. */
    private static final String FOLLOWERS = NUMERALS + "半分成万亿" + java.util.Arrays.stream(COUNTERS.split("\\|"))
            .map(w -> w.substring(0, 1)).distinct().collect(java.util.stream.Collectors.joining());

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** The value, or -1 when the text is no Chinese numeral. */
    static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        String t = s.replace('零', '〇').replace('两', '二').replace('○', '〇').replace('Ｏ', '〇').replace('O', '〇');
        if (t.indexOf('十') < 0 && t.indexOf('百') < 0 && t.indexOf('千') < 0 && t.indexOf('万') < 0) {
            int v = 0;
            for (int i = 0; i < t.length(); i++) {
                int d = DIGITS.indexOf(t.charAt(i));
                if (d < 0) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }
        int total = 0;
        int section = 0;
        int digit = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            if (unit == 10000) {
                total += (section + Math.max(digit, 0)) * unit;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        return total + section + Math.max(digit, 0);
    }
}
