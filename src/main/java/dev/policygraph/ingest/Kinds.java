package dev.policygraph.ingest;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The kind of the items of a part, from the part's heading (kinds.tsv): task, goal, safeguard or requirement. */
final class Kinds {

    static final String TASK = "task";
    static final String GOAL = "goal";
    static final String SAFEGUARD = "safeguard";
    /** A part of resources (要素保障): tasks when a part of measures or closing safeguards follows it, else the closing part. */
    static final String SUPPORT = "support";

    private record Rule(Pattern pattern, String kind) {
    }

    private static final List<Rule> RULES = RuleFiles.rows("kinds.tsv", 2).stream()
            .map(r -> new Rule(Pattern.compile(r[0].strip()), r[1].strip())).toList();

    private Kinds() {
    }

    /**
     * The kind a part with this heading gives its items; task when the heading says nothing else. {@code later} are
     * the headings of the parts after it, asked for only to decide a part of resources
     * (support).
     */
    static String ofHeading(String heading, Supplier<List<String>> later) {
        String stated = statedBy(heading, later);
        return stated == null ? TASK : stated;
    }

    /** The kind the heading states, or null when it states none; a part of resources is resolved by the later parts. */
    static String statedBy(String heading, Supplier<List<String>> later) {
        String stated = statedBy(heading);
        if (!SUPPORT.equals(stated)) {
            return stated;
        }
        for (String next : later.get()) {
            String kind = statedBy(next);
            if (kind == null || SAFEGUARD.equals(kind) || TASK.equals(kind)) {
                return TASK; // closing safeguards or more measures follow: this part is no closing one
            }
        }
        return SAFEGUARD;
    }

    /** A heading listing the fields of a part's work (教育、科研和督导工作, 计财、基建、装备和安全工作). */
    private static final Pattern FIELDS = Pattern.compile("^[^,。;]{2,12}、[^,。;]{1,30}工作$");

    /** A heading that carries its score: 组织领导(10分), 生态环境保护(20分). */
    private static final Pattern SCORED = Pattern.compile("\\(\\d{1,3}(?:\\.\\d)?分\\)\\s*$");
    private static final Pattern AIMED_AT = Pattern.compile("以[^,;。]{1,12}?为(?:目标|原则|导向|重点|抓手|引领|根本|途径|要求|主线|核心)");
    private static final Pattern QUOTED = Pattern.compile("“[^”]{1,20}”");

    /** The kind the heading states, or null when it states none (so that the parts above it decide). */
    static String statedBy(String heading) {
        if (heading.indexOf('分') >= 0 && SCORED.matcher(heading).find()) {
            return TASK; // 一、组织领导(10分): a scored category of an assessment, its items indicators, whatever it is named
        }
        if (heading.indexOf('“') >= 0) {
            heading = QUOTED.matcher(heading).replaceAll(""); // a quoted name (迎接“对市督导”评估) states no kind
        }
        if (heading.indexOf('以') >= 0) {
            // 以优先发展为目标,着力提升…: what a measure aims at, a manner of speaking, states no kind
            heading = AIMED_AT.matcher(heading).replaceAll("");
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(heading);
            if (m.find()) {
                if (SAFEGUARD.equals(rule.kind()) && FIELDS.matcher(heading).matches()
                        && (m.group().equals("督导") || m.group().equals("督查"))) {
                    return null; // 教育、科研和督导工作: the fields of a work plan's part, 督导 one of them
                }
                // 主要目标和重点任务 names both: the headings beneath it decide
                return TASK.equals(rule.kind()) && mixed(heading) ? null : rule.kind();
            }
        }
        return null;
    }

    /**
     * True when the items of a goals part are tasks someone answers for: in a task breakdown (任务分解) even the
     * targets of 主要预期目标 (1.地区生产总值增长6%. 牵头单位:区发改局) name a lead unit; one item in four may name none
     * (7.其他主要经济指标不低于全市平均水平, a task without an owner there). {@code led} of {@code items} name a lead.
     */
    static boolean ownedGoals(long led, long items) {
        return led >= 1 && led * 4 >= items * 3;
    }

    /** True when the heading names both goals and tasks (今后三年主要目标和重点任务). */
    static boolean mixed(String heading) {
        return TASK_WORDS != null && GOAL_WORDS != null
                && TASK_WORDS.matcher(heading).find() && GOAL_WORDS.matcher(heading).find();
    }

    /** The first rule of tasks' words (任务, 举措 …), and the rule of goals' words right after it (总体要求, 主要目标 …). */
    private static final Pattern TASK_WORDS;
    private static final Pattern GOAL_WORDS;

    static {
        int task = 0;
        while (task < RULES.size() && !TASK.equals(RULES.get(task).kind())) {
            task++;
        }
        TASK_WORDS = task < RULES.size() ? RULES.get(task).pattern() : null;
        GOAL_WORDS = task + 1 < RULES.size() && GOAL.equals(RULES.get(task + 1).kind()) ? RULES.get(task + 1).pattern() : null;
    }
}
