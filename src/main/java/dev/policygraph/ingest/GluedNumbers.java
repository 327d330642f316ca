package dev.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Item numbers glued to the text before them, with neither a line break nor a space, as web copies print them: a
 * whole plan on one line ("…特制定如下计划:一、明确指导思想…。二、完善制度建设1、健全领导机构…。2、加强宣传。") or a part's
 * heading run into its first item ("一、明确目标任务,促进学前教育快速发展1、学前三年教育发展目标。"). A line break goes back
 * before each number that continues its series; numbers that do not (第1、2批, 一、二、三等奖) stay where they are.
 */
final class GluedNumbers {

    /** A part's number, 一、 (group 1) or (一) (group 2). */
    private static final String PART_NUMBER = "([一二三四五六七八九十]{1,3})、|\\(([一二三四五六七八九十]{1,3})\\)";
    /**
     * A heading number inside a line, followed by its text: 一、 (一) 1. 1、 (not 1.5, 2、3): one home for the passes that
     * give a run-together text its line breaks back ({@link Paragraphs}, {@link SpacedText}, this class).
     */
    static final String INLINE_NUMBER =
            "(?:[一二三四五六七八九十]{1,3}、|\\([一二三四五六七八九十]{1,3}\\)|\\d{1,2}[.、](?!\\d))(?=[\\p{IsHan}“《])";
    /** A number glued to the text before it and followed by its text: 一、 (一) 1、 1. */
    private static final Pattern MARKER = Pattern.compile(
            "(?<=[\\p{IsHan}。;:!?”)\\]〕] ?)(?:" + PART_NUMBER + "|(\\d{1,2})[、.](?!\\d))(?= ?[\\p{IsHan}“《])");
    private static final Pattern PART_START = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}、|\\([一二三四五六七八九十]{1,3}\\))[^。;]{2,40}?$");
    private static final Pattern ITEM_START = Pattern.compile("^(\\d{1,2})[、.](?!\\d)");
    private static final int LONG_LINE = 160;
    /** The least text between two numbers of one series: 一、二、三等奖 is no list of parts. */
    private static final int LEAST_ITEM = 4;

    private GluedNumbers() {
    }

    private record Marker(int at, int kind, int value) {
    }

    /** A title glued to the first heading after it: 区教育局202x年工作计划(一)强化政治建设…. */
    private static final Pattern TITLE_THEN_FIRST = Pattern.compile(
            "(?m)^([^\\n(。;,:]{4,60}?(?:计划|方案|要点|意见|办法|细则|规划))((?:一、|\\(一\\))(?=\\p{IsHan}))");
    /** How far from the top a title glued to its first heading is looked for. */
    private static final int TITLE_REACH = 2000;

    /** The text with a line break between a title near the top and the first heading glued to it. */
    private static String titleApart(String text) {
        String head = text.substring(0, Math.min(text.length(), TITLE_REACH));
        int first = Math.max(head.indexOf("(一)"), head.indexOf("一、"));
        if (first < 4) {
            return text; // the expression needs 一、 or (一) after a title
        }
        head = head.substring(0, Math.min(head.length(), first + 4));
        Matcher m = TITLE_THEN_FIRST.matcher(head);
        return m.find() ? text.substring(0, m.end(1)) + "\n" + text.substring(m.end(1)) : text;
    }

    static String split(String text) {
        text = titleApart(text);
        StringBuilder out = null; // made at the first line that changes
        int copied = 0;
        int lastItem = 0;
        int from = 0;
        // a series run together (bracketedSeries) may stand on any line: the next (1) found once, not on every line
        int nextSeries = text.contains("(3)") ? text.indexOf("(1)") : -1;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            int first = from;
            while (first < end && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            char c = first < end ? text.charAt(first) : ' ';
            boolean part = "一二三四五六七八九十(".indexOf(c) >= 0;
            boolean item = c >= '0' && c <= '9';
            if (nextSeries >= 0 && nextSeries < from) {
                nextSeries = text.indexOf("(1)", from);
            }
            boolean series = nextSeries >= from && nextSeries < end;
            if (end - from > LONG_LINE || part || item || series) {
                String line = text.substring(from, end);
                String t = line.strip();
                String changed = line;
                if (t.length() > LONG_LINE && partMarks(t) >= 2) {
                    changed = collapsed(t, line);
                } else if (part) {
                    changed = headingWithItem(t, line, lastItem);
                }
                changed = itemsAfterLabels(changed);
                if (series && t.contains("(3)")) {
                    changed = bracketedSeries(changed);
                }
                if (item) {
                    changed = itemsAfterStops(changed);
                }
                String tail = changed.indexOf('\n') < 0 ? t : changed.substring(changed.lastIndexOf('\n') + 1).strip();
                if (!tail.isEmpty() && tail.charAt(0) >= '0' && tail.charAt(0) <= '9') {
                    Matcher m = ITEM_START.matcher(tail);
                    if (m.find()) {
                        lastItem = Integer.parseInt(m.group(1));
                    }
                }
                if (!changed.equals(line)) {
                    if (out == null) {
                        out = new StringBuilder(text.length() + 64);
                    }
                    out.append(text, copied, from).append(changed);
                    copied = end;
                }
            }
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * How many part numbers (一、 or (一)) stand inside the line after its first character: a cheap count that is at
     * least the number of part markers MARKER can find, so that lines with fewer than two are not searched.
     */
    private static int partMarks(String t) {
        int n = 0;
        for (int i = 1; i + 1 < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '、' && CHINESE_DIGITS.indexOf(t.charAt(i - 1)) >= 0
                    || c == '(' && CHINESE_DIGITS.indexOf(t.charAt(i + 1)) >= 0) {
                n++;
            }
        }
        return n;
    }

    private static final String CHINESE_DIGITS = "一二三四五六七八九十";

    /** A part's heading run into an item that starts or continues the document's items: two lines. */
    private static String headingWithItem(String t, String line, int lastItem) {
        if (!hasDigitBeforeMark(t)) {
            return line; // only a marker of digits (group 3) can split the line, and it needs 1、 or 1.
        }
        Matcher m = MARKER.matcher(t);
        while (m.find()) {
            if (m.group(3) == null) {
                continue;
            }
            int value = Integer.parseInt(m.group(3));
            String heading = t.substring(0, m.start());
            if ((value == 1 || value == lastItem + 1) && PART_START.matcher(heading).matches()) {
                return heading + "\n" + t.substring(m.start());
            }
            return line;
        }
        return line;
    }

    /** True when a digit stands before 、 or . somewhere in t (a cheap test before MARKER's digit branch). */
    private static boolean hasDigitBeforeMark(String t) {
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '、' || c == '.') && t.charAt(i - 1) >= '0' && t.charAt(i - 1) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A long line holding a plan's paragraphs: a break before every number that continues its series. */
    private static String collapsed(String t, String line) {
        List<Marker> markers = new ArrayList<>();
        Matcher m = MARKER.matcher(t);
        while (m.find()) {
            int kind = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            String number = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            int value = kind == 3 ? Integer.parseInt(number) : ChineseNumbers.parse(number);
            markers.add(new Marker(m.start(), kind, value));
        }
        int[] last = new int[4];
        int[] lastAt = {-LEAST_ITEM, -LEAST_ITEM, -LEAST_ITEM, -LEAST_ITEM};
        List<Integer> breaks = new ArrayList<>();
        int parts = 0;
        Matcher own = "一二三四五六七八九十(".indexOf(t.charAt(0)) >= 0 ? PART_START_NUMBER.matcher(t) : null;
        if (own != null && own.lookingAt()) {
            // the line's own part number (四、…五、…): no marker, as nothing stands before it, but the series it starts
            int kind = own.group(1) != null ? 1 : 2;
            last[kind] = ChineseNumbers.parse(own.group(1) != null ? own.group(1) : own.group(2));
            lastAt[kind] = 0;
            parts++;
        }
        for (int i = 0; i < markers.size(); i++) {
            Marker k = markers.get(i);
            // a page that begins inside a plan (…。七、…。八、…): a series after stops goes on from where the page starts
            Marker following = last[k.kind()] == 0 && k.kind() != 3 && k.value() > 1 && afterStop(t, k.at())
                    ? next(markers, i, k.value() + 1) : null;
            boolean resumes = following != null && afterStop(t, following.at());
            boolean continues = resumes || k.value() == last[k.kind()] + 1
                    || last[k.kind()] > 0 && k.value() > last[k.kind()] && k.value() <= last[k.kind()] + MOST_SKIPPED + 1
                            && (afterClause(t, k.at()) || k.kind() == 3 && headingBefore(t, breaks, k));
            boolean starts = k.value() == 1 && (followedBy(markers, i, 2) || k.kind() == 3 && headingBefore(t, breaks, k));
            if ((continues || starts) && k.at() - lastAt[k.kind()] >= LEAST_ITEM + 2) {
                if (starts && !continues && k.kind() != 3 && last[k.kind()] > 0 && !newPartSince(lastAt, k.kind())) {
                    continue; // parts do not start again, but (一) does under each new 一、
                }
                last[k.kind()] = k.value();
                lastAt[k.kind()] = k.at();
                breaks.add(k.at());
                parts += k.kind() == 3 ? 0 : 1;
            }
        }
        if (parts < 2) {
            return line; // items alone are an enumeration inside a paragraph (主要措施:1.…;2.…), not a collapsed plan
        }
        StringBuilder b = new StringBuilder(t.length() + breaks.size());
        int from = 0;
        for (int at : breaks) {
            b.append(t, from, at).append('\n');
            from = at;
        }
        b.append(t.substring(from));
        return b.toString();
    }

    /**
     * An item ended by its labelled clause with the next item glued to the clause's last unit (1.开展学法活动。责任单位:
     * 局办公室、农业处2.开展宪法日活动…): a line break before each number that continues the item's series after a
     * label (责任单位:, 牵头部门: …), the text of the clause being no place for a new item otherwise.
     */
    private static String itemsAfterLabels(String text) {
        if (text.indexOf(':') < 0) {
            return text; // a label ends in a colon
        }
        return itemsSplit(text, (line, from, value) -> {
            int label = Clauses.unitLabelEnd(line, from);
            if (label < 0) {
                return -1;
            }
            Matcher m = MARKER.matcher(line).region(label, line.length());
            while (m.find()) {
                if (m.group(3) != null && Integer.parseInt(m.group(3)) == value + 1) {
                    return m.start();
                }
                if (m.group(3) != null || m.group(1) != null) {
                    return -1; // another number first: the series does not go on here
                }
            }
            return -1;
        });
    }

    /**
     * Items printed one after another on a line, each closed by its 。 (2、“三八妇女节”感恩教育活动。3、“学礼仪规范”主题班队。):
     * a line break before each number that continues the line's own item number right after a stop.
     */
    private static String itemsAfterStops(String text) {
        if (!digitAfterStop(text)) {
            return text; // a number glued after a stop is what the line needs
        }
        return itemsSplit(text, (line, from, value) -> {
            Matcher m = MARKER.matcher(line).useTransparentBounds(true).region(from == 0 ? 0 : from + 1, line.length());
            while (m.find()) {
                if (m.group(3) == null || Integer.parseInt(m.group(3)) != value + 1) {
                    if (m.group(3) != null || m.group(1) != null) {
                        return -1; // another number first: the series does not go on here
                    }
                    continue;
                }
                int before = m.start() - 1;
                while (before >= 0 && line.charAt(before) == ' ') {
                    before--;
                }
                boolean stopped = before >= 0 && line.charAt(before) == '。' && m.start() - from >= LEAST_ITEM;
                // and a piece the page cut after the number (3.完成) is no item of its own
                boolean whole = line.substring(m.end()).chars().filter(c -> TextOps.isHan((char) c)).count() >= LEAST_ITEM;
                return stopped && whole ? m.start() : -1;
            }
            return -1;
        });
    }

    /** A bracketed item number after a stop, a colon or a line's start: (1), (12). */
    private static final Pattern BRACKETED_ITEM = Pattern.compile("(?:^|(?<=[。;:] ?))\\((\\d{1,2})\\)(?= ?[\\p{IsHan}“《])");
    /** The fewest items a run-together series must hold before it is read as one. */
    private static final int LEAST_SERIES = 3;

    /**
     * Items a report runs together on one line after its colon (…分别是: (1)加快建设县医院。 (2)开工新建西环路。 (3)…): a
     * line break before each item of a series (1), (2), (3) … where every number follows a stop and continues the
     * one before.
     */
    private static String bracketedSeries(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            List<Integer> starts = new ArrayList<>();
            Matcher m = BRACKETED_ITEM.matcher(line);
            int expected = 1;
            while (m.find()) {
                int value = Integer.parseInt(m.group(1));
                if (value == 1 && expected > 1 && starts.size() < LEAST_SERIES) {
                    starts.clear(); // a new series before the last was long enough
                    expected = 1;
                }
                if (value == expected) {
                    starts.add(m.start());
                    expected++;
                }
            }
            if (starts.size() < LEAST_SERIES) {
                out.append(line);
                continue;
            }
            int from = 0;
            for (int at : starts) {
                if (at > from && !line.substring(from, at).isBlank()) {
                    out.append(line, from, at).append('\n');
                    from = at;
                }
            }
            out.append(line, from, line.length());
        }
        return out.toString();
    }

    /** Where the next item (number {@code value} + 1) starts in a line after {@code from}, or -1. */
    private interface NextItem {
        int at(String line, int from, int value);
    }

    /** Each line that starts with an item number, broken before every following item {@code next} finds. */
    private static String itemsSplit(String text, NextItem next) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            Matcher first = ITEM_START.matcher(line.strip());
            int value = first.find() ? Integer.parseInt(first.group(1)) : 0;
            int from = 0;
            int at;
            while (value > 0 && (at = next.at(line, from, value)) >= 0) {
                out.append(line, from, at).append('\n');
                from = at;
                value++;
            }
            out.append(line, from, line.length());
        }
        return out.toString();
    }

    /** True when a digit follows a 。 in the text, a space between them or none. */
    private static boolean digitAfterStop(String text) {
        for (int i = text.indexOf('。'); i >= 0 && i + 1 < text.length(); i = text.indexOf('。', i + 1)) {
            char c = text.charAt(i + 1) == ' ' && i + 2 < text.length() ? text.charAt(i + 2) : text.charAt(i + 1);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A part's number opening a line, followed by its text: 一、 or (一). */
    private static final Pattern PART_START_NUMBER = Pattern.compile("(?:" + PART_NUMBER + ")(?=[\\p{IsHan}“《])");

    /** True when a number of a higher level (一、 over (一)) broke the line after the last number of this kind. */
    private static boolean newPartSince(int[] lastAt, int kind) {
        for (int higher = 1; higher < kind; higher++) {
            if (lastAt[higher] > lastAt[kind]) {
                return true;
            }
        }
        return false;
    }

    /** True when the text since the last break is a part's short heading (三、场镇环境卫生保洁1、…): its first item. */
    private static boolean headingBefore(String t, List<Integer> breaks, Marker k) {
        return !breaks.isEmpty() && PART_START.matcher(t.substring(breaks.get(breaks.size() - 1), k.at())).matches();
    }

    /** How many numbers a copy may have dropped between two items it keeps (a digest printing 2, 4, 10 of a plan's items). */
    private static final int MOST_SKIPPED = 5;

    /**
     * True when a responsibility clause closes right before {@code at} (…,(责任单位:区卫生健康局、区财政局等)4.推进…): the
     * end of an item, where the next number may skip the items a copy dropped.
     */
    private static boolean afterClause(String t, int at) {
        int close = at - 1;
        while (close >= 0 && t.charAt(close) == ' ') {
            close--;
        }
        if (close < 0 || t.charAt(close) != ')') {
            return false;
        }
        int open = t.lastIndexOf('(', close);
        if (open < 0 || close - open > 120) {
            return false;
        }
        String inner = t.substring(open + 1, close);
        return Clauses.unitLabelEnd(inner, 0) >= 0 || TextOps.containsAny(inner, "牵头", "负责", "配合");
    }

    /** The first marker of marker i's kind after it with the value, or null. */
    private static Marker next(List<Marker> markers, int i, int value) {
        for (int j = i + 1; j < markers.size(); j++) {
            if (markers.get(j).kind() == markers.get(i).kind() && markers.get(j).value() == value) {
                return markers.get(j);
            }
        }
        return null;
    }

    /** True when a sentence's stop stands right before position {@code at}. */
    private static boolean afterStop(String t, int at) {
        return at > 0 && t.charAt(at - 1) == '。';
    }

    private static boolean followedBy(List<Marker> markers, int i, int value) {
        return next(markers, i, value) != null;
    }
}
