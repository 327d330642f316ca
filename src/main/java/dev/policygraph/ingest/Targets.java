package dev.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantified targets in a paragraph: "普惠性幼儿园比例保持在95%以上", "打造5所以上城市特色品牌幼儿园",
 * "35%的学校建成省现代化学校", "未来五年建成公办幼儿园20所", with the year from "到2027年" in the same sentence
 * or, failing that, the one the caller inherited from the section.
 */
final class Targets {

    /** One target before it is tied to a task. */
    record Found(String text, String metric, String comparator, double value, String unit, Integer year) {
    }

    private static final String NUM = "(?<num>\\d+(?:\\.\\d+)?)(?:\\s*[—–~\\-至到]\\s*(?<upper>\\d+(?:\\.\\d+)?))?(?<mult>万|亿)?";
    private static final String UNIT = "(?<unit>%|个百分点|人次|元|所|个|人|名|家|项|门|次|套|间|台|篇|支|座|处|平方米|公里|小时|课时|学时|天|周|张|册|种|条|批|倍|节|场|期|班|组|亩|户)";
    private static final String MOD = "(?<mod>以上|以下|以内|左右)?";
    private static final String VERBS = "不低于|不少于|不高于|不超过|不多于|低于|小于|少于|高于|大于|超过|控制在|达到|增至|增加到|增加至"
            + "|提高到|提高至|提升到|提升至|增长到|扩大到|突破|保持在|保持|稳定在|维持在|达|为";
    private static final Pattern VERB_FIRST = Pattern.compile(
            "^(?<metric>.+?)(?<verb>" + VERBS + ")(?:[\\p{IsHan}]{1,12}的)?" + NUM + UNIT + "?" + MOD);
    private static final Pattern SHARE_FIRST = Pattern.compile("^" + NUM + "%的(?<metric>[^\\d].+)$");
    private static final Pattern COUNT_FIRST = Pattern.compile(
            "^(?<pre>[^\\d]{0,24}?)" + NUM + "(?>" + UNIT + ")" + MOD + "(?!(?:以上|以下|以内|左右)?$|\\()(?<metric>[^\\d]{2,})$");
    private static final Pattern COUNT_LAST = Pattern.compile(
            "^(?<metric>[^\\d]{2,}?)" + NUM + UNIT + "(?:\\((?:个|所)\\))?" + MOD + "$");
    private static final Pattern YEAR = Pattern.compile(
            "(?:到|至|力争|争取|确保)\\s*(20\\d{2})年(?:底|末)?|(20\\d{2})年(?:底|末)?(?:前|以前)|^(20\\d{2})年(?:底|末)?");
    private static final Pattern YEAR_PHRASE = Pattern.compile(
            "^(?:力争|争取|确保)?(?:到|至)?(?:20\\d{2})年(?:底|末)?(?:前|以前)?(?:内)?");
    private static final Pattern FILLER = Pattern.compile(
            "^(?:力争|确保|争取|努力|实现|其中|同时|并且|并|使|让|全市|全区|全县|全省|各县\\(市、区\\)|各地|累计|基本|进一步|每年)+");
    private static final Pattern NEEDS_VERB = Pattern.compile(
            "建成|新建|建设|改扩建|规划|布点|培育|培养|引进|创建|打造|建好|开设|配备|认定|遴选|开展|实施|完成|新增|增加|补充|招聘|培训|举办|组建|扶持");

    private Targets() {
    }

    /** Year a paragraph sets for what follows it in its section ("到2025年,..." at its start), or null. */
    static Integer leadingYear(String paragraph) {
        Matcher m = YEAR_PHRASE.matcher(paragraph);
        if (!m.find() || m.end() == 0) {
            return null;
        }
        Matcher y = Pattern.compile("(20\\d{2})").matcher(m.group());
        return y.find() ? Integer.valueOf(y.group(1)) : null;
    }

    static List<Found> find(String paragraph, Integer inheritedYear) {
        List<Found> found = new ArrayList<>();
        for (String sentence : Clauses.split(paragraph, "。!?")) {
            Integer year = inheritedYear;
            boolean striving = false;
            for (String raw : Clauses.split(sentence, ",;:")) {
                String clause = raw.strip();
                Matcher y = YEAR.matcher(clause);
                if (y.find()) {
                    year = Integer.valueOf(first(y.group(1), y.group(2), y.group(3)));
                }
                if (clause.contains("力争") || clause.contains("至少")) {
                    striving = true;
                }
                String body = YEAR_PHRASE.matcher(clause).replaceFirst("");
                body = body.replaceFirst("^[,、]", "");
                Found target = match(clause, body, year, striving);
                if (target != null) {
                    found.add(target);
                }
            }
        }
        return found;
    }

    private static Found match(String clause, String body, Integer year, boolean striving) {
        if (body.length() < 4 || body.startsWith("《")) {
            return null;
        }
        Matcher m = VERB_FIRST.matcher(body);
        if (m.find() && !m.group("metric").isBlank() && !m.group("metric").endsWith("的")) {
            String comparator = comparator(m.group("verb"), m.group("mod"));
            return found(clause, m.group("metric"), comparator, m, year);
        }
        m = SHARE_FIRST.matcher(body);
        if (m.find()) {
            return found(clause, m.group("metric"), striving ? ">=" : "=", m, year, "%");
        }
        m = COUNT_FIRST.matcher(body);
        if (m.find() && (m.group("pre").isEmpty() || NEEDS_VERB.matcher(m.group("pre")).find())) {
            return found(clause, m.group("metric"), modifier(m.group("mod"), striving ? ">=" : "="), m, year);
        }
        m = COUNT_LAST.matcher(body);
        if (m.find() && NEEDS_VERB.matcher(m.group("metric")).find()) {
            return found(clause, m.group("metric"), modifier(m.group("mod"), striving ? ">=" : "="), m, year);
        }
        return null;
    }

    private static Found found(String clause, String metric, String comparator, Matcher m, Integer year) {
        return found(clause, metric, comparator, m, year, m.group("unit") == null ? "" : m.group("unit"));
    }

    private static Found found(String clause, String metric, String comparator, Matcher m, Integer year, String unit) {
        double value = Double.parseDouble(m.group("num"));
        String mult = m.group("mult");
        if ("万".equals(mult)) {
            value *= 10_000;
        } else if ("亿".equals(mult)) {
            value *= 100_000_000;
        }
        if (m.group("upper") != null && comparator.equals("=")) {
            comparator = ">=";
        }
        String cleaned = FILLER.matcher(metric.strip()).replaceFirst("").replaceFirst("^的", "");
        if (cleaned.length() < 2) {
            cleaned = metric.strip();
        }
        return new Found(clause, cleaned, comparator, value, unit, year);
    }

    private static String comparator(String verb, String mod) {
        String byVerb = switch (verb) {
            case "不低于", "不少于", "达到", "达", "增至", "增加到", "增加至", "提高到", "提高至", "提升到", "提升至",
                    "增长到", "扩大到", "突破" -> ">=";
            case "不高于", "不超过", "不多于", "控制在" -> "<=";
            case "低于", "小于", "少于" -> "<";
            case "高于", "大于", "超过" -> ">";
            default -> "=";
        };
        return modifier(mod, byVerb);
    }

    private static String modifier(String mod, String otherwise) {
        if ("以上".equals(mod)) {
            return ">=";
        }
        if ("以下".equals(mod) || "以内".equals(mod)) {
            return "<=";
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
