package dev.policygraph.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Responsibility clauses in every form the conventions list, read from the rule tables clause-labels.tsv,
 * clause-verbs.tsv and clause-notes.tsv:
 * (牵头单位:X;责任单位:Y、Z), (责任单位:X(牵头)、Y), (负责部门:X), (X牵头,Y、Z配合), (X、Y负责。列第一位者为牵头单位,下同),
 * 由X牵头,Y参与, X牵头负责, and labelled lists on lines of their own or ending a paragraph.
 */
final class Clauses {

    /** What the units of one list in a clause do. */
    enum Role { LEAD, CO, RESPONSIBLE, INLINE, DEADLINE, OTHER }

    /** The nouns {unit} stands for in clause-labels.tsv. */
    private static final List<String> UNIT_NOUNS = List.of("单位", "部门", "处室", "科室", "股室", "机构");
    private static final Map<String, Role> LABELS = table("clause-labels.tsv");

    /** The nouns {unit} stands for in clause-labels.tsv (单位, 部门 …). */
    static List<String> unitNouns() {
        return UNIT_NOUNS;
    }
    private static final Map<String, Role> VERBS = table("clause-verbs.tsv");
    /** The last characters of the verbs of clause-verbs.tsv (null if one were empty: it would end every text). */
    private static final String VERB_ENDS = VERBS.containsKey("") ? null : VERBS.keySet().stream()
            .map(v -> v.substring(v.length() - 1)).distinct().reduce("", String::concat);
    /** Any of the notes of clause-notes.tsv, as one expression (one matcher per statement). */
    private static final Pattern NOTES = Pattern.compile("^(?:" + String.join("|", RuleFiles.lines("clause-notes.tsv")
            .stream().map(p -> "(?:" + p + ")").toList()) + ")$");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[。.;]+$");
    private static final Pattern TRAILING_STOPS_AND_SPACE = Pattern.compile("[。.;,\\s]+$");
    private static final Pattern TRAILING_STOP = Pattern.compile("[。.;]$");
    private static final Pattern STOPS_COMMAS_AND_SPACE = Pattern.compile("[\\s。.;,]");
    private static final Pattern EDGE_COMMAS = Pattern.compile("^[,、]+|[,、]+$");
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,、]+$");
    private static final Pattern SPACES = Pattern.compile("[ \u0001]+");
    private static final Pattern LABEL = Pattern.compile("(" + alternation(LABELS) + ")\\s*:");
    private static final Pattern BRACKETED_LABEL = Pattern.compile("〔(" + alternation(LABELS) + ")〕\\s*[::]?");
    /** Any short label at the start of a statement ("适用范围:"), known or not. */
    private static final Pattern ANY_LABEL = Pattern.compile("^[\\p{IsHan}]{2,8}\\s*:");
    private static final Pattern INLINE = Pattern.compile("^(.+?)(" + alternation(VERBS) + ")$");
    private static final Pattern DEADLINE_STATEMENT = Pattern.compile(
            "^(?:于|在)?(?:(?:19|20)\\d{2}年[^,;。]{0,12}?(?:前|底|末|内|起)?(?:完成|实现|建成|落实|启动|出台)?|长期坚持|持续推进|长期|持续|每年|逐年|常态化)$");
    /** The plan-wide rule that the first unit listed leads (列第一位者为牵头单位,下同). */
    private static final Pattern FIRST_LEADS = Pattern.compile("第一|首位");
    /** A unit responsible for every later measure, stated once (以下均需试点城市政府落实,不再列出). */
    private static final Pattern CARRIED = Pattern.compile("^以下(?:均|各项|任务)?(?:工作|任务)?(?:均|都)?(?:需|由|须|应)?([^,]+?)(?:负责落实|落实|负责)(?:,|$)");
    private static final Pattern LEAD_MARK = Pattern.compile("\\(牵头\\)$");

    private Clauses() {
    }

    /** How strict the reading of unlabelled units is: unbracketed text must name bodies by their ending. */
    private enum Mode { BRACKETED, BRACKETED_AT_END, LINE }

    /**
     * A task line that prints its clause first, "1.〔牵头单位〕X〔责任单位〕Y、Z 推进……。", with the clause moved to the end
     * of the line in brackets, where clauses stand: "1.推进……。(牵头单位:X;责任单位:Y、Z)". The clause ends at the first
     * space (the separator printed between it and the task); without one the line is left as it is.
     */
    private static final Pattern LEADING_CLAUSE = Pattern.compile(
            "^(?<number>(?:\\d{1,3}[.、]|\\([一二三四五六七八九十\\d]{1,3}\\)|[一二三四五六七八九十]{1,3}、)?)[ \u0001]*"
                    + "(?<clause>(?:〔(?:" + alternation(LABELS) + ")〕[ \u0001]*[^ \u0001〔。;]{2,80}[ \u0001]*){1,4}?)"
                    + "[ \u0001]+(?<rest>[^ \u0001〔].*)$", Pattern.MULTILINE);

    /** "〔牵头单位〕X〔配合单位〕Y" (labels printed in brackets, without a colon) as "牵头单位:X;配合单位:Y". */
    static String unbracketLabels(String text) {
        if (!hasBracketedLabel(text)) {
            return text; // both expressions below need 〔label〕
        }
        Matcher lead = LEADING_CLAUSE.matcher(text);
        StringBuilder moved = new StringBuilder();
        while (lead.find()) {
            String clause = SPACES.matcher(lead.group("clause")).replaceAll("");
            lead.appendReplacement(moved, Matcher.quoteReplacement(lead.group("number") + lead.group("rest").strip()
                    + "(" + clause + ")"));
        }
        lead.appendTail(moved);
        text = moved.toString();
        Matcher m = BRACKETED_LABEL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean continues = m.start() > 0 && "\n;。:".indexOf(text.charAt(m.start() - 1)) < 0
                    && !Character.isWhitespace(text.charAt(m.start() - 1));
            m.appendReplacement(out, Matcher.quoteReplacement((continues ? ";" : "") + m.group(1) + ":"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** True when the text from {@code from} on holds nothing but 。 . ; and spaces (as [。.;\\s] replaced away). */
    private static boolean onlyStopsAndSpace(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("。.;".indexOf(c) < 0 && !TextOps.isRegexSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /** As EDGE_COMMAS replaced away; without a comma at either end (or a line terminator, which $ reads) s itself. */
    private static String withoutEdgeCommas(String s) {
        if (s.isEmpty() || ",、".indexOf(s.charAt(0)) < 0 && ",、".indexOf(s.charAt(s.length() - 1)) < 0
                && !TextOps.hasLineTerminator(s)) {
            return s;
        }
        return EDGE_COMMAS.matcher(s).replaceAll("");
    }

    /** True when a label of clause-labels.tsv stands alone between 〔 and 〕 somewhere in the text. */
    private static boolean hasBracketedLabel(String text) {
        for (int open = text.indexOf('〔'); open >= 0; open = text.indexOf('〔', open + 1)) {
            int close = text.indexOf('〕', open + 1);
            if (close < 0) {
                return false;
            }
            if (close - open - 1 <= LONGEST_LABEL && LABELS.containsKey(text.substring(open + 1, close))) {
                return true;
            }
        }
        return false;
    }

    private static final int LONGEST_LABEL = LABELS.keySet().stream().mapToInt(String::length).max().orElse(0);

    /** A group heading naming the body that leads its tasks: 一、县示范区管委会牵头工作(8项), (二)市教育局负责的任务. */
    private static final Pattern LEADING_HEADING = Pattern.compile(
            "^([\\p{IsHan}()、]{2,40}?)(?:牵头|负责|承办)的?(?:工作|任务|事项|项目)(?:\\(共?\\d{1,3}项\\))?[。:]?$");

    /**
     * The clause a group heading states for the tasks beneath it by naming their lead (县示范区管委会牵头工作(8项)),
     * or null when the heading names no body that way.
     */
    static Clause ofLeadingHeading(String heading) {
        if (heading.length() > 60 || !TextOps.containsAny(heading, "牵头", "负责", "承办")) {
            return null;
        }
        Matcher m = LEADING_HEADING.matcher(heading.strip());
        if (!m.matches()) {
            return null;
        }
        List<String> leads = UnitNames.split(m.group(1));
        if (leads.isEmpty() || !leads.stream().allMatch(UnitNames::named)) {
            return null;
        }
        return new Clause(heading, 0, 0, leads, List.of(), false, null, List.of(), false);
    }

    /** All clauses in a paragraph: bracketed ones anywhere, and labelled or inline ones ending it. */
    static List<Clause> findAll(String paragraph) {
        List<Clause> found = new ArrayList<>();
        for (int[] group : bracketed(paragraph)) {
            if (!endsStatement(paragraph, group[1]) && !followsStatement(paragraph, group[0])
                    || insideLabelledClause(paragraph, group[0])) {
                continue;
            }
            boolean cut = group.length > 2; // the text ends inside the bracket: a page cut off in its clause
            String inner = paragraph.substring(group[0] + 1, cut ? group[1] : group[1] - 1);
            if (cut && !mayBeClause(inner, false)) {
                continue;
            }
            if (!cut && aliasOfName(paragraph, group[0], inner)) {
                continue; // 各乡镇人民政府(街道办事处), 社会事业局(教育处): another name of the body before it
            }
            boolean atEnd = onlyStopsAndSpace(paragraph, group[1]);
            if (!mayBeClause(inner, atEnd)) {
                continue;
            }
            Clause clause = parse(inner, paragraph.substring(group[0], group[1]), group[0], group[1],
                    atEnd ? Mode.BRACKETED_AT_END : Mode.BRACKETED);
            if (cut && clause != null && !wholeNames(clause)) {
                continue; // (牵头单位:市发: the cut went through a name
            }
            if (clause != null) {
                found.add(clause);
            }
        }
        Clause byHeading = headingThenBy(paragraph);
        if (byHeading != null && (found.isEmpty() || found.get(0).start() >= byHeading.end())) {
            found.add(0, byHeading);
        }
        Clause trailing = trailing(paragraph, found.isEmpty() ? 0 : found.get(found.size() - 1).end());
        if (trailing != null) {
            found.add(trailing);
        }
        return found;
    }

    /** True when every unit of the clause is a whole body's name (市发展改革委, not 市发 where a page was cut). */
    private static boolean wholeNames(Clause clause) {
        return java.util.stream.Stream.concat(clause.leads().stream(), clause.co().stream())
                .allMatch(u -> UnitNames.named(u) && !UnitNames.cutShort(u));
    }

    /**
     * A measure's short heading run on into its clause after a comma, closing its first sentence: (三)道路交通安全专项
     * 整治,由市公安局、市交通局负责,有关部门配合。要…. The clause starts at the comma (no part of the title); null when
     * the first sentence is not that shape.
     */
    private static Clause headingThenBy(String paragraph) {
        int by = paragraph.indexOf(",由");
        if (by < HEADING_MIN || by > HEADING_MAX || "对在为按根据凡如因当从".indexOf(paragraph.charAt(0)) >= 0) {
            return null; // (对未达到…的灾害,由涉灾区负责: a condition, no heading)
        }
        for (int i = 0; i < by; i++) {
            if (!TextOps.isHan(paragraph.charAt(i)) && "“”、".indexOf(paragraph.charAt(i)) < 0) {
                return null; // a heading of words alone: no stop, no bracket, no figure
            }
        }
        int end = by + 1;
        while (end < paragraph.length() && "。;".indexOf(paragraph.charAt(end)) < 0) {
            end++;
        }
        String tail = paragraph.substring(by + 1, end);
        if (!HEADING_BY.matcher(tail).matches()) {
            return null;
        }
        Clause c = parse(tail, tail, by, end, Mode.LINE);
        return c == null || c.leads().isEmpty() ? null : c;
    }

    private static final int HEADING_MIN = 4;
    private static final int HEADING_MAX = 24;

    /** A clause of nothing but its bodies and verbs: 由A、B负责,C配合 (not 由A负责考核: a measure's own words). */
    private static final Pattern HEADING_BY = Pattern.compile(
            "^由[^,。;]{2,60}?(?:牵头负责|负责|牵头)(?:,[^,。;]{2,60}?(?:配合|参与|协助|协同))?$");

    /** The paragraph read as nothing but a clause (a line of its own: 牵头单位:X, or (责任单位:X、Y)), or null. */
    static Clause whole(String paragraph) {
        return whole(paragraph, findAll(paragraph));
    }

    /** As {@link #whole(String)}, given the paragraph's clauses (findAll). */
    static Clause whole(String paragraph, List<Clause> all) {
        if (all.isEmpty()) {
            return null;
        }
        StringBuilder rest = new StringBuilder(paragraph);
        for (int i = all.size() - 1; i >= 0; i--) {
            rest.delete(all.get(i).start(), all.get(i).end());
        }
        if (!STOPS_COMMAS_AND_SPACE.matcher(rest.toString()).replaceAll("").isEmpty()) {
            return null;
        }
        Clause merged = all.get(0);
        for (int i = 1; i < all.size(); i++) {
            merged = merge(merged, all.get(i));
        }
        return merged;
    }

    /**
     * Clauses printed on consecutive lines of their own ("牵头单位:A" then "配合单位:B") read as one: B's units are
     * co-operating when A labels the lead.
     */
    static Clause join(Clause first, Clause second) {
        String combined = bare(first.printed()) + ";" + bare(second.printed());
        Clause joined = parse(combined, first.printed() + "\n" + second.printed(), first.start(), second.end(), Mode.LINE);
        return joined != null ? joined : merge(first, second);
    }

    /**
     * A clause that names no lead (责任单位:A、B、C, its first unit the lead by convention) in a measure whose own
     * sentence names the lead (…,由B牵头,组织…): B leads, every other unit listed co-operates. The clause unchanged when
     * the text names no lead that way.
     */
    static Clause ledInText(Clause clause, String text) {
        if (clause == null || !clause.leadByConvention() || text.indexOf("牵头") < 0) {
            return clause;
        }
        int printedAt = clause.printed() == null ? -1 : text.indexOf(clause.printed());
        Matcher m = LED_IN_TEXT.matcher(text);
        while (m.find()) {
            if (printedAt >= 0 && m.start() >= printedAt && m.start() < printedAt + clause.printed().length()
                    || TextOps.openAt(text, 0, m.start(), "(〔", ")〕")) {
                continue; // the clause's own words, or a clause of its own
            }
            List<String> leads = UnitNames.split(m.group(1));
            if (leads.isEmpty() || !leads.stream().allMatch(UnitNames::named)) {
                continue;
            }
            List<String> co = new ArrayList<>();
            for (String unit : clause.leads()) {
                if (!leads.contains(unit)) {
                    co.add(unit);
                }
            }
            for (String unit : clause.co()) {
                if (!leads.contains(unit) && !co.contains(unit)) {
                    co.add(unit);
                }
            }
            return new Clause(clause.printed(), clause.start(), clause.end(), leads, co, false, clause.deadline(),
                    clause.carried(), clause.firstLeads());
        }
        return clause;
    }

    /** 由X牵头 inside a measure's sentence, X a unit or a list of them (由区绿化市容局牵头,组织…). */
    private static final Pattern LED_IN_TEXT = Pattern.compile("(?<=[,;。]|^)由([^,。;()由]{2,40}?)牵头(?=[,;。]|负责)");

    /** Several clauses of one task: every lead of any of them leads; a unit that only co-operates is co. */
    static Clause union(List<Clause> clauses) {
        if (clauses.isEmpty()) {
            return null;
        }
        Clause merged = clauses.get(0);
        for (int i = 1; i < clauses.size(); i++) {
            merged = merge(merged, clauses.get(i));
        }
        return merged;
    }

    private static Clause merge(Clause a, Clause b) {
        List<String> leads = new ArrayList<>(a.leads());
        b.leads().stream().filter(u -> !leads.contains(u)).forEach(leads::add);
        List<String> co = new ArrayList<>();
        for (String u : a.co()) {
            if (!leads.contains(u) && !co.contains(u)) {
                co.add(u);
            }
        }
        for (String u : b.co()) {
            if (!leads.contains(u) && !co.contains(u)) {
                co.add(u);
            }
        }
        boolean byConvention = (a.leads().isEmpty() || a.leadByConvention()) && (b.leads().isEmpty() || b.leadByConvention())
                && !leads.isEmpty();
        List<String> carried = new ArrayList<>(a.carried());
        b.carried().stream().filter(u -> !carried.contains(u)).forEach(carried::add);
        return new Clause(a.printed() + "\n" + b.printed(), a.start(), b.end(), List.copyOf(leads), List.copyOf(co),
                byConvention, a.deadline() != null ? a.deadline() : b.deadline(), List.copyOf(carried),
                a.firstLeads() || b.firstLeads());
    }

    private static String bare(String printed) {
        String s = TRAILING_STOP.matcher(printed.strip()).replaceAll("");
        if (s.length() >= 2 && "(〔[".indexOf(s.charAt(0)) >= 0 && ")〕]".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** An unbracketed clause of whole sentences ending the paragraph after {@code from}, or null. */
    private static Clause trailing(String paragraph, int from) {
        List<int[]> sentences = sentences(paragraph, from);
        int start = -1;
        for (int i = sentences.size() - 1; i >= 0; i--) {
            int[] s = sentences.get(i);
            String body = TextOps.withoutTrailing(paragraph.substring(s[0], s[1]).strip(), "。.;", TRAILING_STOPS);
            if (body.isEmpty()) {
                continue;
            }
            int subject = start < 0 && body.charAt(0) != '由' ? byAfterSubject(body) : -1;
            if (subject > 0) {
                // 此项考核由县政协办牵头并汇总: the subject before 由 is no unit's name
                start = paragraph.indexOf(body, s[0]) + subject;
                break;
            }
            if (body.length() > 200 || !startsWithLabel(body) && !endsWithVerb(body)
                    || parse(body, body, s[0], s[1], Mode.LINE) == null) {
                if (start < 0 && otherLabelled(body)) {
                    continue; // 责任人:张三 after the clause: a person, no units, and no end of the clause before it
                }
                break;
            }
            start = s[0];
        }
        if (start < 0) {
            return gluedLabel(paragraph, from);
        }
        while (start < paragraph.length() && Character.isWhitespace(paragraph.charAt(start))) {
            start++;
        }
        // the sentences read together: 牵头单位:A。配合单位:B makes B co-operate with the lead A
        String printed = paragraph.substring(start).strip();
        Clause joined = parse(TRAILING_STOPS.matcher(printed).replaceAll(""), printed, start, paragraph.length(), Mode.LINE);
        return joined;
    }

    /**
     * A sentence's subject of a few characters, or a comma after what it is about (a longer subject after a comma:
     * …,其余单位生活垃圾分类推进由A牵头), then 由 and the bodies that answer for it: 具体考核细则由A、B负责,
     * 教育工作8分,由县教育局负责考核.
     */
    private static final Pattern SUBJECT_THEN_BY = Pattern.compile(
            "(?:^[\\p{IsHan}]{2,10}|^[\\p{IsHan}]{2,16}(?:、[\\p{IsHan}]{2,16}){1,4}|[,,:][\\p{IsHan}]{2,16}|^|[,,:])(?<!自)由(?=[\\p{IsHan}])");

    /**
     * Where 由 opens the sentence's last part when a subject names what it is about (具体考核细则由A、B、C负责) and the
     * part from 由 reads as a clause ending in its verb; -1 otherwise.
     */
    private static int byAfterSubject(String body) {
        if (body.indexOf('由') < 0 || !endsWithVerb(body)) {
            return -1;
        }
        Matcher m = SUBJECT_THEN_BY.matcher(body);
        int found = -1;
        while (m.find()) {
            found = m.end() - 1;
        }
        if (found < 0) {
            return -1;
        }
        String tail = body.substring(found);
        return parse(tail, tail, 0, tail.length(), Mode.LINE) == null ? -1 : found;
    }

    /**
     * A labelled clause glued to the end of the measure's own words, with no stop between them (…《安全生产法》
     * 责任单位:各处、区农业农村中心, as a page that lost its spaces prints "…活动 责任单位:X"): read when the label names
     * a unit noun (责任单位, 牵头部门 …, not a bare 牵头: or 配合:), runs to the end of the paragraph without another
     * sentence, and lists units. Null otherwise.
     */
    private static Clause gluedLabel(String paragraph, int from) {
        if (paragraph.indexOf(':', from) < 0) {
            return null; // a label ends in a colon
        }
        Matcher m = LABEL.matcher(paragraph).region(from, paragraph.length());
        int at = -1;
        String label = null;
        while (m.find()) {
            at = m.start();
            label = m.group(1);
        }
        if (at <= from || !gluedBefore(paragraph.charAt(at - 1)) || !listsUnits(label)) {
            return null;
        }
        String printed = paragraph.substring(at).strip();
        String body = TextOps.withoutTrailing(printed, "。.;", TRAILING_STOPS);
        if (body.isEmpty() || body.length() > 200 || containsStop(body)) {
            return null;
        }
        Clause clause = parse(body, printed, at, paragraph.length(), Mode.LINE);
        return clause != null && !(clause.leads().isEmpty() && clause.co().isEmpty()) ? clause : null;
    }

    /**
     * Where the first label naming a unit noun (责任单位:, 牵头部门: …) at or after {@code from} ends, after its colon;
     * -1 when there is none.
     */
    static int unitLabelEnd(String s, int from) {
        if (s.indexOf(':', from) < 0) {
            return -1;
        }
        Matcher m = LABEL.matcher(s).region(from, s.length());
        while (m.find()) {
            if (listsUnits(m.group(1))) {
                return m.end();
            }
        }
        return -1;
    }

    /** True when a label names a unit noun (责任单位, 牵头部门 …) and lists units: not a deadline's or another field's. */
    private static boolean listsUnits(String label) {
        Role role = LABELS.get(label);
        return endsInUnitNoun(label) && role != Role.OTHER && role != Role.DEADLINE;
    }

    /** What a label may be glued to: the last character of the measure's words (a Han character, 》, ), ”). */
    private static boolean gluedBefore(char c) {
        return TextOps.isHan(c) || c == '》' || c == ')' || c == '”';
    }

    private static boolean endsInUnitNoun(String label) {
        for (String noun : UNIT_NOUNS) {
            if (label.endsWith(noun)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsStop(String s) {
        return s.indexOf('。') >= 0 || s.indexOf(';') >= 0;
    }

    /**
     * True when a bracket opening at {@code start} is glued to a unit of a labelled clause that it is part of
     * (责任单位:镇安监办、各村(社区)): the clause is read whole, the bracket is no clause of its own.
     */
    private static boolean insideLabelledClause(String s, int start) {
        if (start == 0 || !Character.isLetter(s.charAt(start - 1))) {
            return false;
        }
        int from = start - 1;
        while (from > 0 && "。;\n".indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        String sentence = s.substring(from, start).strip();
        return startsWithLabel(sentence);
    }

    /**
     * True when a bracket opening at {@code start} is glued to a body's name and holds one other body's name, as
     * printed for the same body or its office (各乡镇人民政府(街道办事处), 社会事业局(教育处)): no clause.
     */
    private static boolean aliasOfName(String s, int start, String inner) {
        if (start >= 2 && start <= 20 && s.substring(start + inner.length() + 2).isBlank()
                && UnitNames.named(s.substring(0, start))
                && s.substring(0, start).chars().allMatch(ch -> TextOps.isHan((char) ch))
                && UnitNames.split(inner).stream().allMatch(UnitNames::named)) {
            return true; // a line of a body and the bodies it stands for: 属地街镇(镇人民政府、街道办事处), one unit
        }
        if (start == 0 || "府局委办处厅室院部会心".indexOf(s.charAt(start - 1)) < 0 || inner.length() > 16) {
            return false;
        }
        for (int i = 0; i < inner.length(); i++) {
            if (",、;:。".indexOf(inner.charAt(i)) >= 0) {
                return false;
            }
        }
        return !startsWithLabel(inner) && !endsWithVerb(inner) && UnitNames.named(inner);
    }

    /** True when a bracket closing at {@code end} ends a statement: 。 ; another bracket or the end follow. */
    private static boolean endsStatement(String s, int end) {
        int i = end;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i == s.length() || "。;.(〔[".indexOf(s.charAt(i)) >= 0;
    }

    /** A cheap test before the full reading: a clause starts with a label, ends with a verb, or lists bodies. */
    private static boolean mayBeClause(String inner, boolean atEnd) {
        if (inner.length() < 2 || inner.length() > 400) {
            return false;
        }
        if (startsWithLabel(inner) || inner.indexOf(':') >= 0) {
            return true;
        }
        String last = TextOps.withoutTrailing(inner, "。.;, \t\u000B\f", TRAILING_STOPS_AND_SPACE);
        int cut = Math.max(last.lastIndexOf('。'), last.lastIndexOf(';'));
        return endsWithVerb(cut >= 0 ? last.substring(0, cut) : last) || endsWithVerb(last) || atEnd
                || inner.contains("牵头") || inner.contains("负责");
    }

    private static boolean startsWithLabel(String s) {
        if (s.indexOf(':') < 0) {
            return false; // a label ends in a colon
        }
        Matcher m = LABEL.matcher(s);
        return m.lookingAt();
    }

    /** True when s starts with a label that lists no units (责任人:, 备注:). */
    private static boolean otherLabelled(String s) {
        if (s.indexOf(':') < 0) {
            return false;
        }
        Matcher m = LABEL.matcher(s);
        return m.lookingAt() && LABELS.get(m.group(1)) == Role.OTHER;
    }

    private static boolean endsWithVerb(String s) {
        if (!s.isEmpty() && VERB_ENDS != null && VERB_ENDS.indexOf(s.charAt(s.length() - 1)) < 0) {
            return false; // no verb ends so
        }
        for (String verb : VERBS.keySet()) {
            if (s.endsWith(verb)) {
                return true;
            }
        }
        return false;
    }

    /** True when a bracket opening at {@code start} follows a finished sentence: (…负责) after 。 */
    private static boolean followsStatement(String s, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        return i >= 0 && "。;".indexOf(s.charAt(i)) >= 0;
    }

    /** Sentences (ending in 。 or ;, outside brackets) of the text after {@code from}, as [start, end) pairs. */
    private static List<int[]> sentences(String s, int from) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '〔' || c == '“' || c == '《') {
                depth++;
            } else if ((c == ')' || c == '〕' || c == '”' || c == '》') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '。' || c == ';')) {
                out.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < s.length() && !s.substring(start).isBlank()) {
            out.add(new int[] {start, s.length()});
        }
        return out;
    }

    /** What the statements of one clause have said so far. */
    private static final class Reading {
        final Mode mode;
        final List<String> leads = new ArrayList<>();
        final List<String> co = new ArrayList<>();
        final List<String> responsible = new ArrayList<>();
        final List<String> carried = new ArrayList<>();
        String deadline;
        boolean any;
        boolean firstLeads;
        Role lastRole;

        Reading(Mode mode) {
            this.mode = mode;
        }

        boolean acceptable(List<String> units) {
            return !units.isEmpty() && units.stream().allMatch(mode != Mode.LINE ? UnitNames::plausible : UnitNames::named);
        }

        void add(Role role, List<String> units) {
            any = true;
            lastRole = role;
            Clauses.add(role, units, leads, co, responsible);
        }
    }

    private static Clause parse(String inner, String printed, int start, int end, Mode mode) {
        Reading r = new Reading(mode);
        for (String statement : split(inner, "。;")) {
            String st = withoutEdgeCommas(statement.strip());
            if (st.isEmpty() || note(st, r)) {
                continue;
            }
            Matcher label = LABEL.matcher(st);
            int labelAt = st.indexOf(':') >= 0 && !label.lookingAt() ? labelAfterDuePhrase(st) : -1;
            if (labelAt > 0) {
                // (5月底完成,牵头考核单位:A): when it is due, then the label
                if (r.deadline == null) {
                    r.deadline = st.substring(0, labelAt - 1);
                }
                st = st.substring(labelAt);
                label = LABEL.matcher(st);
            }
            if (st.indexOf(':') >= 0 && label.lookingAt()) { // a label ends in a colon
                if (!labelled(st, label, r)) {
                    return null;
                }
                continue;
            }
            if (st.indexOf(':') >= 0 && ANY_LABEL.matcher(st).find()) {
                r.lastRole = null;
                continue;
            }
            if (!inline(st, r)) {
                return null;
            }
        }
        return r.any ? clause(r, printed, start, end) : null;
    }

    /** A phrase that says when or how far a task goes (6月底完成, 2023年底前, 持续推进), before a clause's label. */
    private static final Pattern DUE_PHRASE = Pattern.compile(
            "^[^,:、()]{0,24}?(?:[\\d一二三四五六七八九十]{1,4}(?:年|月|季度)|年底|年内|年末|上半年|下半年|长期|持续|常态|逐步|按期|定期)"
                    + "[^,:、()]{0,24}$");

    /** Where a unit-listing label starts after a due phrase and a comma in {@code st}; -1 when it does not so. */
    private static int labelAfterDuePhrase(String st) {
        int comma = st.indexOf(',');
        if (comma <= 0 || !DUE_PHRASE.matcher(st.substring(0, comma)).matches()) {
            return -1;
        }
        Matcher label = LABEL.matcher(st).region(comma + 1, st.length());
        return label.lookingAt() && LABELS.get(label.group(1)) != Role.OTHER ? comma + 1 : -1;
    }

    /** 牵头单位:A;配合单位:B、C (several labels in one statement), 部门分工:A牵头,B配合. */
    private static boolean labelled(String st, Matcher label, Reading r) {
        List<int[]> labels = new ArrayList<>();
        do {
            labels.add(new int[] {label.start(), label.end(), label.start(1), label.end(1)});
        } while (st.indexOf(':', label.end()) >= 0 && label.find()); // a label ends in a colon
        for (int i = 0; i < labels.size(); i++) {
            int[] l = labels.get(i);
            int listEnd = i + 1 < labels.size() ? labels.get(i + 1)[0] : st.length();
            Role role = LABELS.get(st.substring(l[2], l[3]));
            String list = TRAILING_COMMAS.matcher(st.substring(l[1], listEnd).strip()).replaceAll("");
            if (role == Role.DEADLINE) {
                r.deadline = list;
                r.any = true;
                r.lastRole = null;
                continue;
            }
            if (role == Role.OTHER) {
                r.lastRole = null;
                continue;
            }
            if (role == Role.INLINE) {
                List<String> subjects = subjects(list);
                if (subjects != null) {
                    r.add(Role.RESPONSIBLE, subjects);
                } else if (!inline(list, r)) {
                    return false;
                }
                continue;
            }
            if (role == Role.RESPONSIBLE && VERBS_IN_LIST.matcher(list).matches()) {
                // 责任单位:A牵头,B、C配合: the list says itself who leads
                if (!inline(list, r)) {
                    return false;
                }
                continue;
            }
            if (list.indexOf(',') >= 0) {
                // 责任单位:A、B,C,排在首位为牵头单位,下同: the plan-wide notes after the list name no unit
                StringBuilder kept = new StringBuilder();
                for (String piece : split(list, ",")) {
                    if (!note(piece.strip(), r)) {
                        kept.append(kept.length() == 0 ? "" : ",").append(piece);
                    }
                }
                list = kept.toString();
            }
            List<String> units = UnitNames.split(list).stream().filter(UnitNames::plausible).toList();
            if (!units.isEmpty()) {
                r.add(role, units);
            }
        }
        return true;
    }

    /** "A会同B负责": the unit before the word leads, the units after it act together with it. */
    private static final Pattern JOINTLY = Pattern.compile("会同");

    /** A labelled list that names its lead and co-operating units by verbs: "A牵头,B、C配合". */
    private static final Pattern VERBS_IN_LIST = Pattern.compile(
            "^[^,;]+牵头(?:负责)?,[^,;]+(?:配合|参与|协助|协同|协办)$");

    /** (A牵头,B、C配合), (A、B,C按职责分工负责), 由A牵头,B参与; a bare list continues the label before it. */
    /** 具体分工:市体育局负责场地规划,各区政府负责建设: the bodies each part opens with, or null when a part has none. */
    private static List<String> subjects(String st) {
        if (st.indexOf('负') < 0) {
            return null; // SUBJECT needs 负责
        }
        List<String> units = new ArrayList<>();
        for (String part : split(st, ",;")) {
            Matcher m = SUBJECT.matcher(part.strip());
            List<String> named = m.lookingAt() ? subjectUnits(m) : null;
            if (named == null) {
                return null;
            }
            named.stream().filter(u -> !units.contains(u)).forEach(units::add);
        }
        return units.isEmpty() ? null : units;
    }

    /** The bodies before 负责 that a SUBJECT match found, or null when any of them names no body. */
    private static List<String> subjectUnits(Matcher subject) {
        List<String> units = UnitNames.split(subject.group(1));
        return units.isEmpty() || !units.stream().allMatch(UnitNames::named) ? null : units;
    }

    private static boolean inline(String st, Reading r) {
        String pending = "";
        boolean cutShort = false;
        for (String part : split(st, ",")) {
            String p = part.strip();
            if (p.endsWith(CUT_MARK)) {
                // units whose verb an excerpt's end cut off (closedAtCut)
                p = p.substring(0, p.length() - CUT_MARK.length());
                cutShort = true;
            }
            if (p.isEmpty() || note(p, r)) {
                continue;
            }
            if (DEADLINE_STATEMENT.matcher(p).matches()) {
                if (r.deadline == null && (r.any || r.mode != Mode.LINE)) {
                    r.deadline = p;
                }
                continue;
            }
            String statementText = pending.isEmpty() ? p : pending + "、" + p;
            Matcher m = INLINE.matcher(statementText);
            if (!m.matches()) {
                if (r.acceptable(UnitNames.split(p))) {
                    pending = statementText;
                    continue;
                }
                return false;
            }
            pending = "";
            Role role = VERBS.get(m.group(2));
            Matcher with = JOINTLY.matcher(m.group(1));
            if (role != Role.CO && with.find() && with.start() > 0) {
                // (A会同B、C负责): A leads, the units it acts together with co-operate
                List<String> lead = UnitNames.split(m.group(1).substring(0, with.start()));
                List<String> together = UnitNames.split(m.group(1).substring(with.end()));
                if (!r.acceptable(lead) || !r.acceptable(together)) {
                    return false;
                }
                if (role == Role.RESPONSIBLE && lead.size() > 1) {
                    // (A、B会同有关部门负责): no unit named the lead, so the first listed leads and the others co-operate
                    r.add(Role.LEAD, lead.subList(0, 1));
                    r.add(Role.CO, lead.subList(1, lead.size()));
                } else {
                    r.add(Role.LEAD, lead);
                }
                r.add(Role.CO, together);
                continue;
            }
            int helps = role != Role.CO ? m.group(1).indexOf("配合") : -1;
            if (helps > 0 && helps + 2 < m.group(1).length()) {
                // (A配合B落实): B answers for it, A helps
                List<String> helpers = UnitNames.split(m.group(1).substring(0, helps));
                List<String> helped = UnitNames.split(m.group(1).substring(helps + 2));
                if (r.acceptable(helpers) && r.acceptable(helped)) {
                    r.add(Role.LEAD, helped);
                    r.add(Role.CO, helpers);
                    continue;
                }
            }
            List<String> units = UnitNames.split(m.group(1));
            if (!r.acceptable(units)) {
                return false;
            }
            r.add(role, units);
        }
        if (pending.isEmpty()) {
            return true;
        }
        List<String> units = UnitNames.split(pending);
        if (r.lastRole != null && r.acceptable(units)) {
            // (责任单位:A、B;各区政府): the list after the semicolon goes on with the label before it; words that
            // name no body (A、B分别负责,年内持续推进) are a note on the clause
            if (units.stream().allMatch(UnitNames::named)) {
                // units after the leads whose own verb was cut off (A牵头督导,B、C… ) work with the leads
                r.add(cutShort && r.lastRole == Role.LEAD ? Role.CO : r.lastRole, units);
            }
            return true;
        }
        // units without a verb: a bracketed list of bodies and nothing else, e.g. (市教育局、市财政局)
        if (r.mode != Mode.BRACKETED_AT_END || r.any || pending.contains("等") || units.isEmpty()
                || !units.stream().allMatch(UnitNames::named)) {
            return false;
        }
        r.add(Role.RESPONSIBLE, units);
        return true;
    }

    private static Clause clause(Reading r, String printed, int start, int end) {
        List<String> leads = r.leads;
        if (leads.isEmpty() && r.co.isEmpty() && r.responsible.isEmpty() && r.deadline == null) {
            return null;
        }
        boolean byConvention = false;
        List<String> finalCo = new ArrayList<>();
        List<String> responsible = new ArrayList<>(r.responsible);
        if (leads.isEmpty() && !responsible.isEmpty()) {
            leads.add(responsible.remove(0));
            byConvention = !r.firstLeads;
        }
        for (String u : responsible) {
            if (!leads.contains(u) && !finalCo.contains(u)) {
                finalCo.add(u);
            }
        }
        for (String u : r.co) {
            if (!leads.contains(u) && !finalCo.contains(u)) {
                finalCo.add(u);
            }
        }
        return new Clause(printed, start, end, dedupe(leads), List.copyOf(finalCo), byConvention, r.deadline,
                List.copyOf(r.carried), r.firstLeads);
    }

    private static void add(Role role, List<String> units, List<String> leads, List<String> co, List<String> responsible) {
        for (String unit : units) {
            Matcher mark = LEAD_MARK.matcher(unit);
            if (mark.find()) {
                leads.add(unit.substring(0, mark.start()).strip());
                continue;
            }
            switch (role) {
                case LEAD -> leads.add(unit);
                case CO -> co.add(unit);
                default -> responsible.add(unit);
            }
        }
    }

    private static boolean note(String statement, Reading r) {
        if (NOTES.matcher(statement).matches()) {
            if (FIRST_LEADS.matcher(statement).find()) {
                r.firstLeads = true;
            }
            Matcher carried = CARRIED.matcher(statement);
            if (carried.find()) {
                UnitNames.split(carried.group(1)).stream().filter(UnitNames::named).forEach(r.carried::add);
            }
            return true;
        }
        return false;
    }

    /** Splits at any of the separators that stands outside (), 〔〕, [], “” and 《》. */
    static List<String> split(String s, String separators) {
        return split(s, separators, true);
    }

    /** Splits at any of the separators outside brackets; inside quotes too when {@code quotesGroup} is false. */
    static List<String> split(String s, String separators, boolean quotesGroup) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean quote = c == '“' || c == '”';
            if ((c == '(' || c == '〔' || c == '《' || c == '[' || c == '“') && (quotesGroup || !quote)) {
                depth++;
            } else if ((c == ')' || c == '〕' || c == '》' || c == ']' || c == '”') && depth > 0
                    && (quotesGroup || !quote)) {
                depth--;
            } else if (depth == 0 && separators.indexOf(c) >= 0) {
                parts.add(s.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(s.substring(from));
        return parts;
    }

    /** Balanced (...), 〔...〕 and [...] groups ([牵头单位:X;责任单位:Y]), outermost only, as [start, end) pairs. */
    private static List<int[]> bracketed(String s) {
        List<int[]> groups = new ArrayList<>();
        int depth = 0;
        int open = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '〔' || c == '[') {
                if (depth++ == 0) {
                    open = i;
                }
            } else if ((c == ')' || c == '〕' || c == ']') && depth > 0 && --depth == 0) {
                groups.add(new int[] {open, i + 1});
            }
        }
        if (depth > 0 && s.charAt(open) == '(') {
            groups.add(new int[] {open, s.length(), 0}); // never closed: the text was cut inside it
        }
        return groups;
    }

    private static List<String> dedupe(List<String> names) {
        return names.stream().distinct().toList();
    }

    private static Map<String, Role> table(String name) {
        Map<String, Role> map = new LinkedHashMap<>();
        for (String[] row : RuleFiles.rows(name, 2)) {
            String label = row[0].strip();
            Role role = Role.valueOf(row[1].strip());
            if (label.contains("{unit}")) {
                for (String noun : UNIT_NOUNS) {
                    map.put(label.replace("{unit}", noun), role);
                }
            } else {
                map.put(label, role);
            }
        }
        return Map.copyOf(map);
    }

    private static String alternation(Map<String, Role> table) {
        return TextOps.alternation(table.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList());
    }

    /** How far from the end of a text a clause cut by the end is looked for. */
    private static final int CUT_REACH = 300;

    /**
     * The text with a clause that its end cuts off (a page's excerpt ending in "(牵头单位:X;责任单位:区政") closed
     * after its last whole unit: the piece cut in the middle of a name, and a label left without units, dropped. The
     * text as it is when it ends in no open clause.
     */
    static String closedAtCut(String text) {
        String t = text.stripTrailing();
        int open = -1;
        int depth = 0;
        for (int i = t.length() - 1; i >= 0 && i >= t.length() - CUT_REACH; i--) {
            char c = t.charAt(i);
            if (c == ')' || c == '〕' || c == ']') {
                depth++;
            } else if ((c == '(' || c == '〔' || c == '[') && depth > 0) {
                depth--;
            } else if (c == '(' || c == '〔' || c == '[') {
                open = i; // the bracket left open: (责任单位:各县(区)政府、… has one closed inside it
                break;
            }
        }
        if (open < 0) {
            return closedLabelLine(t, text);
        }
        String inside = t.substring(open + 1);
        Matcher label = LABEL.matcher(inside);
        if (inside.indexOf('\n') >= 0) {
            return text;
        }
        String close = t.charAt(open) == '〔' ? "〕" : t.charAt(open) == '[' ? "]" : ")";
        if (!label.lookingAt()) {
            String units = closedUnitList(t, open, inside);
            return units != null ? t.substring(0, open + 1) + units + close + "\n"
                    : close.equals(")") ? closedAfterLeads(t, open, inside, text) : text;
        }
        String kept = wholeUnits(inside, "、,;:");
        // a label left without units (;责任单位:) goes with the piece that was cut
        kept = kept.replaceAll("[,;]?[^,;:、]*:$", "").replaceAll("[,;、]+$", "");
        if (!LABEL.matcher(kept).lookingAt() || kept.endsWith(":")) {
            return text;
        }
        return t.substring(0, open + 1) + kept + close + "\n"; // in the bracket it opened with ([牵头单位:X、县农业农)
    }

    /**
     * Lines whose labelled clause the page never closed ((牵头单位:郊区人力资源社会保障局 at a line's end, the next item on
     * the next line) closed where the units end; lines as they are otherwise. The text's last line is closedAtCut's.
     */
    static String closedAtLineEnds(String text) {
        if (text.indexOf('(') < 0 || text.indexOf(':') < 0) {
            return text; // an open clause needs its bracket and its label
        }
        String[] lines = text.split("\n", -1);
        boolean changed = false;
        for (int i = 0; i + 1 < lines.length; i++) {
            String line = lines[i].stripTrailing();
            int open = line.lastIndexOf('(');
            if (open < 0 || line.indexOf(')', open) >= 0 || line.endsWith(":") || !nextItemFollows(lines, i)) {
                continue; // a clause broken over lines (…各县〔市、区〕 / 政府)) goes on in the next
            }
            String inside = line.substring(open + 1);
            Matcher label = LABEL.matcher(inside);
            if (!label.lookingAt() || !listsUnits(label.group(1))) {
                continue;
            }
            List<String> units = UnitNames.split(inside.substring(label.end()));
            if (!units.isEmpty() && units.stream().allMatch(UnitNames::named)) {
                lines[i] = line + ")";
                changed = true;
            }
        }
        return changed ? String.join("\n", lines) : text;
    }

    /** True when the first line after {@code i} with text opens a heading or an item (2.实施…, 三、…). */
    private static boolean nextItemFollows(String[] lines, int i) {
        for (int j = i + 1; j < lines.length; j++) {
            String next = lines[j].strip();
            if (!next.isEmpty()) {
                return Numbering.match(next) != null;
            }
        }
        return false;
    }

    /**
     * closedAtCut for a labelled line the text's end cuts (责任单位:市发改委、市税务局、市协, 主办单位:连江交通建设发展有):
     * the line up to its last whole unit, a label left without units dropped; the text as it is when its last line is
     * no labelled list or ends as a sentence does.
     */
    private static String closedLabelLine(String t, String text) {
        int from = t.lastIndexOf('\n') + 1;
        String line = t.substring(from).strip();
        if (line.isEmpty() || "。;.)〕]".indexOf(line.charAt(line.length() - 1)) >= 0 || line.indexOf(':') < 0) {
            return text;
        }
        int label = line.lastIndexOf(':');
        Matcher m = LABEL.matcher(line);
        boolean labelled = false;
        while (m.find()) {
            labelled |= m.end() == label + 1 && listsUnits(m.group(1));
        }
        String units = line.substring(label + 1);
        String lastUnit = units.substring(Math.max(units.lastIndexOf('、'), units.lastIndexOf(',')) + 1).strip();
        if (!labelled || units.isBlank() || units.indexOf('。') >= 0 || endsWithVerb(units)
                || UnitNames.named(lastUnit) && !UnitNames.cutShort(lastUnit)) {
            return text;
        }
        String kept = wholeUnits(units, "、,").replaceAll("[,、]+$", "");
        String head = line.substring(0, label + 1);
        if (kept.isEmpty()) {
            // the label left without units goes with the piece that was cut, and the separator before it
            head = head.substring(0, head.length() - 1).replaceAll("[,;]?[^,;:、]*$", "");
            return t.substring(0, from) + head + "\n";
        }
        return t.substring(0, from) + head + kept + "\n";
    }

    /**
     * A clause's text cut by an excerpt's end, up to its last whole unit: the piece after the last of the separators
     * dropped unless it names a body by itself (the cut fell right after a name).
     */
    private static String wholeUnits(String text, String separators) {
        int cut = -1;
        for (int i = 0; i < separators.length(); i++) {
            cut = Math.max(cut, text.lastIndexOf(separators.charAt(i)));
        }
        String last = text.substring(cut + 1).strip();
        return !last.isEmpty() && UnitNames.named(last) && !UnitNames.cutShort(last) ? text : text.substring(0, cut + 1);
    }

    /**
     * closedAtCut for a bare list of bodies after a statement (…重大项目。〔A、B、C(D)、 cut after its last whole
     * name): the whole names, when there are two at least and each names a body; else null. A single name may be the
     * start of a longer clause (〔A牵头 …), and a piece of a name (〔财) names none.
     */
    private static String closedUnitList(String t, int open, String inside) {
        if (open == 0 || "。;".indexOf(t.charAt(open - 1)) < 0 || endsWithVerb(inside) || inside.contains(":")) {
            return null;
        }
        String kept = wholeUnits(inside, "、,").replaceAll("[,、]+$", "");
        List<String> units = UnitNames.split(kept);
        return units.size() >= 2 && units.stream().allMatch(UnitNames::named) ? kept : null;
    }

    /** What closedAtCut puts after units whose verb an excerpt's end cut off. */
    private static final String CUT_MARK = "…";

    /**
     * closedAtCut for a clause of verbs: (A、B牵头督导,C、D、 cut after the leads' statement, in the units of the next:
     * those closed after the last whole unit and marked as cut (CUT_MARK). The text as it is otherwise.
     */
    private static String closedAfterLeads(String t, int open, String inside, String text) {
        int comma = inside.indexOf(',');
        if (comma < 0) {
            return text;
        }
        Matcher lead = INLINE.matcher(inside.substring(0, comma));
        if (!lead.matches() || VERBS.get(lead.group(2)) != Role.LEAD || !UnitNames.split(lead.group(1)).stream()
                .allMatch(UnitNames::named)) {
            return text;
        }
        String kept = wholeUnits(inside.substring(comma + 1), "、,;。").replaceAll("[,;、。]+$", "");
        String head = t.substring(0, open + 1) + inside.substring(0, comma);
        return kept.isEmpty() ? head + ")\n" : head + "," + kept + CUT_MARK + ")\n";
    }

    /** The role a table column's header gives its units (牵头单位 → LEAD), or null when it names no unit list. */
    /** Bodies an item opens with, doing it: 区交通与建设局负责打击…, 社会事业处负责牵头协调… (not X要…, a mention). */
    private static final Pattern SUBJECT = Pattern.compile("^([\\p{IsHan}、()]{2,60}?),?负责(牵头)?(?=[\\p{IsHan}])");

    /**
     * The clause an item's opening words make when they are its bodies followed by 负责 (区交通与建设局负责打击…): the
     * first leads by convention, or every one of them explicitly before 负责牵头 or before 牵头 and the work they lead
     * (街道城运中心牵头将…). Null when they name no body.
     */
    static Clause subject(String text) {
        Clause opening = opening(text);
        if (opening != null) {
            return opening;
        }
        Clause led = subjectLeads(text); // 街道城运中心牵头将巡查发现问题告知…: the subject leads
        if (led != null) {
            return led;
        }
        if (text.indexOf('负') < 0) {
            return null; // the expression needs 负责
        }
        Matcher m = SUBJECT.matcher(text);
        List<String> units = m.lookingAt() ? subjectUnits(m) : null;
        if (units == null) {
            return null;
        }
        boolean leading = m.group(2) != null;
        return new Clause(m.group(), 0, m.end(), leading ? List.copyOf(units) : List.of(units.get(0)),
                leading ? List.of() : List.copyOf(units.subList(1, units.size())), !leading, null, List.of(), false);
    }

    /**
     * An item that opens with its bodies and what each does, a comma after each, before the measure: 市工商局负责,
     * 市经贸委、市农业局配合,严格实施…; 由市农业局牵头,市环保局参与,做好…; 市城管执法局负责,取缔….
     */
    private static final Pattern OPENING = Pattern.compile(
            "^由?([\\p{IsHan}、()]{2,60}?)(?:牵头负责|负责|牵头),(?:([\\p{IsHan}、()]{2,160}?)(?:配合|参与|协助|协同),)?(?=[\\p{IsHan}“《])");

    /**
     * The clauses of a measure's later sentences that open with their bodies as its first does (…监管。福建出入境检验
     * 检疫局、厦门出入境检验检疫局负责,省农业厅配合,强化…): each sub-measure's owners, in order.
     */
    static List<Clause> laterOpenings(String text) {
        List<Clause> out = new ArrayList<>();
        for (int at = text.indexOf('。'); at >= 0 && at + 1 < text.length(); at = text.indexOf('。', at + 1)) {
            Clause c = opening(text.substring(at + 1));
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** The clause of an item's opening bodies ({@link #OPENING}), each named explicitly; null when none opens it. */
    static Clause opening(String text) {
        if (text.indexOf(',') < 0 || text.indexOf('负') < 0 && text.indexOf('牵') < 0) {
            return null; // the expression needs a comma and 负责 or 牵头
        }
        Matcher leader = LEADER.matcher(text);
        int from = leader.lookingAt() ? leader.end() : 0;
        Matcher m = OPENING.matcher(text).region(from, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        List<String> leads = UnitNames.split(m.group(1));
        List<String> co = m.group(2) == null ? List.of() : UnitNames.split(m.group(2));
        if (leads.isEmpty() || !leads.stream().allMatch(UnitNames::named) || !co.stream().allMatch(UnitNames::named)) {
            return null;
        }
        return new Clause(text.substring(0, m.end()), 0, m.end(), List.copyOf(leads), List.copyOf(co), false, null,
                List.of(), false);
    }

    /**
     * The owners the sentence after a measure's heading opens with: 由X牵头,Y配合, (also after when it is done: 每年底,
     * 由X牵头,…), or X as the subject that leads it (市交通委牵头及时修订…, X、Y牵头开展…); null when it opens otherwise.
     */
    static Clause leadingSentence(String text) {
        Matcher when = WHEN.matcher(text);
        String s = when.lookingAt() ? text.substring(when.end()) : text;
        return s.startsWith("由") ? opening(s) : subjectLeads(s);
    }

    /** The bodies a sentence opens with as the subject that leads its work (市交通委牵头及时修订…), or null. */
    private static Clause subjectLeads(String s) {
        if (s.indexOf("牵头") < 0) {
            return null;
        }
        Matcher m = SUBJECT_LEADS.matcher(s);
        if (!m.lookingAt()) {
            return null;
        }
        List<String> leads = UnitNames.split(m.group(1));
        if (leads.isEmpty() || !leads.stream().allMatch(UnitNames::named)) {
            return null;
        }
        return new Clause(s.substring(0, m.end()), 0, m.end(), List.copyOf(leads), List.of(), false, null, List.of(), false);
    }

    /** When a sentence's work is done, before the bodies that do it (每年底, 每季度, 2025年底前). */
    private static final Pattern WHEN = Pattern.compile(
            "^(?:每年(?:底|初|年底)?|每半年|每季度|每月|年底前|(?:19|20)\\d{2}年(?:底|内)?前?),");

    /** Bodies leading the work the sentence goes on to state (市交通委牵头及时修订…; not 牵头单位, 牵头负责部门 or 牵头的…). */
    private static final Pattern SUBJECT_LEADS = Pattern.compile(
            "^([\\p{IsHan}、()]{2,40}?)(?:要|应)?牵头(?![单部的]|负责(?:部门|单位|人))(?=[\\p{IsHan}“《])");

    /** A leader in charge named before the bodies (由杨某某副市长负责,市发改委牵头,…): a person, no unit. */
    private static final Pattern LEADER = Pattern.compile(
            "^由?[\\p{IsHan}]{0,4}?副?(?:省|市|州|区|县|旗|镇|乡)长(?:负责|分管|牵头)?,");

    /**
     * The bodies that the sentences of a measure's text open with before 负责, after its first sentence (区行政审批局,
     * 负责提供…。区税务局负责核查…): in a part of duties, the bodies that share the measure. In order, each once.
     */
    static List<String> dutiesInSentences(String text) {
        List<String> out = new ArrayList<>();
        if (text.indexOf('负') < 0) {
            return out; // subject needs 负责
        }
        String[] sentences = text.split("[。;]");
        for (int i = 1; i < sentences.length; i++) {
            Clause c = subject(sentences[i].strip());
            if (c != null) {
                for (List<String> units : List.of(c.leads(), c.co())) {
                    units.stream().filter(u -> !out.contains(u)).forEach(out::add);
                }
            }
        }
        return out;
    }

    /** The heading of a part that lists each body's duties (五、职责分工, 部门职责). */
    private static final Pattern DUTIES =
            Pattern.compile("职责分工|职责分解|部门职责|职责任务|工作职责|责任分工|分工职责|职责与分工|任务分工|工作分工|职责清单");

    /** True when a part's heading says that its items are the duties of the bodies they open with. */
    static boolean listsDuties(String heading) {
        return heading != null && (heading.indexOf('职') >= 0 || heading.indexOf('分') >= 0) && DUTIES.matcher(heading).find();
    }

    /**
     * In a part of duties, the body an item opens with (区党群工作部按照…落实, 区卫生健康局:负责…) or the group heading
     * that is a body's name (（五）区社会事业局 over 1.–5.): the body leads by convention. Null when no body opens it.
     */
    static Clause dutyHolder(String text) {
        if (text.length() > 4 && text.endsWith("职责") && !text.contains("相关") && !text.contains("有关")) {
            // (一)街道消防委职责 over its items: the body whose duties they are (not a vague 相关部门's)
            Clause named = dutyHolder(DUTIES_OF.matcher(text).replaceFirst(""));
            if (named != null) {
                return new Clause(text, 0, text.length(), named.leads(), named.co(), named.leadByConvention(), null,
                        List.of(), false); // the heading whole: the body's name and the word for its duties
            }
        }
        int colon = text.indexOf(':');
        if (colon > 1 && colon <= 20 && UnitNames.named(text.substring(0, colon))) {
            return holder(text.substring(0, colon));
        }
        if (text.indexOf('、') < 0 && (UnitNames.named(text) && !text.startsWith("各") || UnitNames.institution(text))) {
            return holder(text); // a group heading that is a body's name, or a kind of institution (学校, 医疗卫生机构)
        }
        int open = text.indexOf('(');
        if (open > 0 && text.endsWith(")") && aliasOfName(text, open, text.substring(open + 1, text.length() - 1))) {
            return holder(text); // 属地街镇(镇人民政府、街道办事处): the body and those it stands for, one unit
        }
        if (text.startsWith("各")) {
            return collectiveHolder(text);
        }
        if (text.isEmpty() || LEVEL_CHARS.indexOf(text.charAt(0)) < 0) {
            return null; // a body opening a sentence is named with its level: 区党群工作部按照…
        }
        for (int end = 3; end <= Math.min(20, text.length() - 1); end++) {
            String head = text.substring(0, end);
            if (UnitNames.named(head) && TextOps.isHan(text.charAt(end))) {
                for (int longer = Math.min(end + 2, text.length()); longer > end && SCOPE_AFTER_NAME.indexOf(text.charAt(end)) < 0; longer--) {
                    if (UnitNames.named(text.substring(0, longer))) {
                        return holder(text.substring(0, longer)); // 区人社 → 区人社局
                    }
                }
                return holder(head);
            }
        }
        return null;
    }

    /** The words after a body's name that call what follows its duties: 职责, 的职责, 主要职责, 工作职责. */
    private static final Pattern DUTIES_OF = Pattern.compile("的?(?:主要|工作|具体)?职责$");

    /**
     * A collective body opening a duty (各片区管理局推动…, 各学校要…): the shortest 各X whose X is a body's name or a kind of
     * institution, going on past a place (各片区 → 各片区管理局, 各乡镇 → 各乡镇人民政府) and to a longer name a few
     * characters on (各街道办 → 各街道办事处). Null when none is found.
     */
    private static Clause collectiveHolder(String text) {
        for (int end = 3; end <= Math.min(20, text.length() - 1); end++) {
            String rest = text.substring(1, end);
            if ((UnitNames.named(rest) || UnitNames.institution(rest)) && LEVEL_CHARS.indexOf(rest.charAt(rest.length() - 1)) < 0
                    && TextOps.isHan(text.charAt(end))) {
                for (int longer = Math.min(end + 3, text.length()); longer > end; longer--) {
                    if (UnitNames.named(text.substring(1, longer)) && UnitNames.endsInWordSuffix(text.substring(1, longer))) {
                        return holder(text.substring(0, longer)); // 各街道办 → 各街道办事处, not 各片区管理局推动社
                    }
                }
                return holder(text.substring(0, end));
            }
        }
        return null;
    }

    /** The levels a body's name starts with (区党群工作部), and that a place ends in (各片区, 各乡镇): no body's ending. */
    static final String LEVEL_CHARS = "省市区县州旗镇乡";

    /** Words that open what a body does after its name (区财政金融局全区…, 区教育局各学校…): never part of the name. */
    private static final String SCOPE_AFTER_NAME = "全各本所该";

    private static Clause holder(String unit) {
        return new Clause(unit, 0, unit.length(), List.of(unit), List.of(), true, null, List.of(), false);
    }

    static Role roleOfLabel(String label) {
        return LABELS.get(label);
    }
}
