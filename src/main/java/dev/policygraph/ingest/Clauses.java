package dev.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds responsibility clauses: (牵头单位:A;责任单位:B、C), (责任单位:A、B,C) where the first listed unit leads by
 * convention, (A牵头,B、C配合), and the same without parentheses on a line of their own.
 */
final class Clauses {

    private static final String LEAD_LABELS = "牵头单位|牵头部门|主责单位|主责部门|主要责任单位|主办单位|牵头";
    private static final String CO_LABELS = "责任单位|责任部门|配合单位|配合部门|协办单位|协同单位|参与单位|参与部门|协助单位";
    private static final String DEADLINE_LABELS = "完成时限|完成时间|完成期限|完成日期|时间节点|时限要求|时间安排";
    private static final Pattern LABEL = Pattern.compile(
            "(" + LEAD_LABELS + "|" + CO_LABELS + "|" + DEADLINE_LABELS + ")\\s*[::]");
    private static final Pattern DEADLINE_LABEL = Pattern.compile("^(?:" + DEADLINE_LABELS + ")$");
    /** "各区" in "各区、县(市)政府": an enumeration of levels that belongs to the name after it. */
    private static final Pattern LEVEL_ENUMERATION = Pattern.compile("^各[区县市镇乡]{1,2}$");
    private static final Pattern LEAD_LABEL = Pattern.compile("^(?:" + LEAD_LABELS + ")$");
    private static final Pattern LABELLED_START = Pattern.compile(
            "^\\s*(?:" + LEAD_LABELS + "|" + CO_LABELS + "|" + DEADLINE_LABELS + ")\\s*[::]");
    private static final Pattern INLINE_LEAD = Pattern.compile("^(.+?)(?:牵头|负总责)$");
    private static final Pattern INLINE_CO = Pattern.compile("^(.+?)(?:配合|参与|协同|协助|按职责分工负责|按职责负责|分工负责|负责)$");
    private static final Pattern TRAILING_LABELLED = Pattern.compile(
            "(?:^|(?<=[。;;]))\\s*(?:" + LEAD_LABELS + "|" + CO_LABELS + ")\\s*[::][^。]*[。.]?\\s*$");
    private static final Pattern GOVERNMENT_BODY = Pattern.compile(
            "(?:局|委|委员会|办|办公室|部|政府|院|会|中心|处|室|厅|团|队)$");
    private static final Pattern LEAD_MARK = Pattern.compile("[((]牵头[))]$");
    private static final Pattern TRAILING_NOISE = Pattern.compile("(?:等(?:单位|部门)?|按职责分工负责|按职责负责|分别负责|负责)$");

    private Clauses() {
    }

    /** The last responsibility clause in the paragraph, or null. */
    static Clause find(String paragraph) {
        Clause found = null;
        for (int[] group : parenthesised(paragraph)) {
            String inner = paragraph.substring(group[0] + 1, group[1] - 1);
            Clause clause = parse(inner, paragraph.substring(group[0], group[1]), group[0], group[1]);
            if (clause != null) {
                found = clause;
            }
        }
        if (found != null) {
            return found;
        }
        Matcher start = LABELLED_START.matcher(paragraph);
        if (start.find()) {
            String body = paragraph.replaceAll("[。.]$", "");
            return parse(body, paragraph, 0, paragraph.length());
        }
        Matcher trailing = TRAILING_LABELLED.matcher(paragraph);
        if (trailing.find()) {
            String printed = paragraph.substring(trailing.start()).strip();
            Clause clause = parse(printed.replaceAll("[。.]$", ""), printed, trailing.start(), paragraph.length());
            return clause;
        }
        return null;
    }

    /**
     * Two clauses printed on consecutive lines of their own ("牵头单位:A" then "责任单位:B") read as one clause, or
     * null when together they do not read as one.
     */
    static Clause join(Clause first, Clause second) {
        String combined = bare(first.printed()) + ";" + bare(second.printed());
        Matcher start = LABELLED_START.matcher(combined);
        if (!start.find()) {
            return null;
        }
        Clause joined = parse(combined, first.printed() + "\n" + second.printed(), first.start(), second.end());
        return joined;
    }

    private static String bare(String printed) {
        String s = printed.strip().replaceAll("[。.;;]$", "");
        if (s.length() >= 2 && "(〔".indexOf(s.charAt(0)) >= 0 && ")〕".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static Clause parse(String inner, String printed, int start, int end) {
        Matcher label = LABEL.matcher(inner);
        List<int[]> labels = new ArrayList<>();
        while (label.find()) {
            labels.add(new int[] {label.start(), label.end(), label.start(1), label.end(1)});
        }
        if (labels.isEmpty() || inner.substring(0, labels.get(0)[0]).strip().length() > 0) {
            return inline(inner, printed, start, end);
        }
        List<String> leads = new ArrayList<>();
        List<String> co = new ArrayList<>();
        boolean labelledLead = false;
        String deadline = null;
        for (int i = 0; i < labels.size(); i++) {
            int[] l = labels.get(i);
            int listEnd = i + 1 < labels.size() ? labels.get(i + 1)[0] : inner.length();
            String name = inner.substring(l[2], l[3]);
            if (DEADLINE_LABEL.matcher(name).matches()) {
                deadline = inner.substring(l[1], listEnd).strip().replaceAll("[。.;;,,]+$", "");
                continue;
            }
            List<String> units = units(inner.substring(l[1], listEnd));
            if (LEAD_LABEL.matcher(name).matches()) {
                labelledLead = true;
                leads.addAll(units);
            } else {
                for (String unit : units) {
                    Matcher mark = LEAD_MARK.matcher(unit);
                    if (mark.find()) {
                        labelledLead = true;
                        leads.add(unit.substring(0, mark.start()));
                    } else {
                        co.add(unit);
                    }
                }
            }
        }
        boolean byConvention = false;
        if (!labelledLead && !co.isEmpty()) {
            leads.add(co.remove(0));
            byConvention = true;
        }
        if (leads.isEmpty() && co.isEmpty() && deadline == null) {
            return null;
        }
        return new Clause(printed, start, end, dedupe(leads), dedupe(co), byConvention, deadline);
    }

    /** (A牵头,B、C配合); (A、B按职责分工负责), where A leads by convention. */
    private static Clause inline(String inner, String printed, int start, int end) {
        List<String> leads = new ArrayList<>();
        List<String> co = new ArrayList<>();
        for (String part : split(inner, ",;")) {
            Matcher lead = INLINE_LEAD.matcher(part);
            Matcher other = INLINE_CO.matcher(part);
            if (lead.matches()) {
                leads.addAll(units(lead.group(1)));
            } else if (other.matches()) {
                co.addAll(units(other.group(1)));
            } else {
                return null;
            }
        }
        if (leads.isEmpty()) {
            if (co.isEmpty() || !co.stream().allMatch(n -> GOVERNMENT_BODY.matcher(n).find())) {
                return null;
            }
            leads.add(co.remove(0));
            return new Clause(printed, start, end, dedupe(leads), dedupe(co), true, null);
        }
        if (!leads.stream().allMatch(Clauses::looksLikeUnit) || !co.stream().allMatch(Clauses::looksLikeUnit)) {
            return null;
        }
        return new Clause(printed, start, end, dedupe(leads), dedupe(co), false, null);
    }

    static List<String> units(String list) {
        List<String> out = new ArrayList<>();
        String pending = null;
        for (String part : split(list, "、,;/")) {
            String unit = part.strip().replaceAll("[。.::]+$", "");
            unit = TRAILING_NOISE.matcher(unit).replaceAll("").strip();
            if (unit.isEmpty()) {
                continue;
            }
            if (pending != null) {
                unit = pending + "、" + unit;
                pending = null;
            }
            if (LEVEL_ENUMERATION.matcher(unit).matches()) {
                pending = unit;
                continue;
            }
            out.add(unit);
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }

    /** Splits at any of the separators that stands outside (), 〔〕, “” and 《》. */
    static List<String> split(String s, String separators) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '〔' || c == '“' || c == '《' || c == '[') {
                depth++;
            } else if ((c == ')' || c == '〕' || c == '”' || c == '》' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0 && separators.indexOf(c) >= 0) {
                parts.add(s.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(s.substring(from));
        return parts;
    }

    /** Balanced (...) groups, outermost only, as [start, end) pairs. */
    private static List<int[]> parenthesised(String s) {
        List<int[]> groups = new ArrayList<>();
        int depth = 0;
        int open = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '〔') {
                if (depth++ == 0) {
                    open = i;
                }
            } else if ((c == ')' || c == '〕') && depth > 0 && --depth == 0) {
                groups.add(new int[] {open, i + 1});
            }
        }
        return groups;
    }

    private static boolean looksLikeUnit(String name) {
        return name.length() >= 2 && name.length() <= 30 && !name.contains("。");
    }

    private static List<String> dedupe(List<String> names) {
        return names.stream().distinct().toList();
    }
}
