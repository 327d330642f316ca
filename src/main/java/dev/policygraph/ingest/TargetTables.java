package dev.policygraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables of targets (主要指标表: 序号 / 指标 / 单位 / 2025年 / 2027年 / 属性), printed tab-separated or one cell per
 * line: each value cell of a year (or 目标值) column is a target of the row's indicator, "≥95" a floor, a bare "100"
 * a level. Baseline columns (基期值, 2023年现状) hold none. Column names are a rule table (target-table-columns.tsv).
 */
final class TargetTables {

    enum Role { NUMBER, METRIC, UNIT, GOAL, BASELINE, OTHER, YEAR }

    /** A header cell: its role, and the year of a year column. */
    private record Column(Role role, Integer year) {
    }

    /** A table found: the lines it takes (inclusive) and the targets of its rows. */
    record Table(int first, int last, List<Targets.Found> targets) {
    }

    private static final Map<String, Role> COLUMNS = new HashMap<>();

    static {
        for (String[] row : RuleFiles.rows("target-table-columns.tsv", 2)) {
            COLUMNS.put(row[0].strip(), Role.valueOf(row[1].strip()));
        }
    }

    private static final Pattern NOISE = Pattern.compile("[\\s:*、.。]");
    private static final Pattern BRACKETED = Pattern.compile("\\(.*?\\)");
    /** A plan period or quotes before a column's name (“十四五”现状值, “十五五”规划目标): the name is what follows. */
    private static final Pattern PERIOD = Pattern.compile("^[“”\"]*(?:十[一二三四五六七八九]五(?:期末|末|时期|期间)?)?[“”\"]*");
    /** A plan period alone on a line: the first line of a header cell wrapped after it. */
    private static final Pattern PERIOD_ONLY = Pattern.compile("^[“”\"]*十[一二三四五六七八九]五(?:期末|末|时期|期间)?[“”\"]*$");
    private static final Pattern BRACKETED_YEAR = Pattern.compile("\\(((?:19|20)\\d{2})年?\\)");
    private static final Pattern YEAR_COLUMN = Pattern.compile(
            "^((?:19|20)\\d{2})年?(?:度)?(?:底)?(?<rest>[\\p{IsHan}()]{0,8})$");
    private static final Pattern BASELINE_WORDS = Pattern.compile("基期|基准|现状|现值|实际|实绩|完成值|基数");
    private static final Pattern UNIT_IN_METRIC = Pattern.compile("\\(([^()]{1,6})\\)\\s*$");
    private static final Pattern VALUE = Pattern.compile(
            "^(?<pre>≥|≧|>=|>|≤|≦|<=|<|不低于|不少于|不高于|不超过|大于|小于|超过|约|达到|力争|力争达到|控制在|提高|提升|增长|增加|新增|下降|降低|减少)?\\s*"
                    + "(?<num>\\d+(?:\\.\\d+)?)(?<mult>万亿|亿|万|千)?\\s*(?<unit>%|‰|[\\p{IsHan}]{1,4}?(?:/[\\p{IsHan}]{1,2})?|[a-zA-Z]{1,3})?"
                    + "\\s*(?<mod>以上|以下|以内|左右|内)?$");
    private static final Pattern SCALED_UNIT = Pattern.compile("^(万亿|亿|万|千)(.+)$");
    private static final Pattern ROW_NUMBER = Pattern.compile("^\\d{1,3}[.、]?$");

    private TargetTables() {
    }

    /** The tables of targets among the lines not {@code taken} by other readers, in order. */
    static List<Table> find(List<String> lines, boolean[] taken) {
        List<Table> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Table table = taken[i] ? null : tabbed(lines, taken, i);
            if (table == null && !taken[i]) {
                table = cellPerLine(lines, taken, i);
            }
            if (table != null && !table.targets().isEmpty()) {
                tables.add(table);
                i = table.last() + 1;
            } else {
                i++;
            }
        }
        return tables;
    }

    private static Column column(String cell) {
        String name = PERIOD.matcher(NOISE.matcher(cell).replaceAll("")).replaceFirst("");
        Role role = COLUMNS.get(BRACKETED.matcher(name).replaceAll(""));
        if (role != null) {
            Matcher year = role == Role.GOAL ? BRACKETED_YEAR.matcher(name) : null;
            // 目标值(2030年): the goal of that year
            return new Column(role, year != null && year.find() ? Integer.valueOf(year.group(1)) : null);
        }
        Matcher y = YEAR_COLUMN.matcher(name);
        if (y.matches()) {
            String rest = y.group("rest");
            boolean baseline = BASELINE_WORDS.matcher(rest).find();
            return new Column(baseline ? Role.BASELINE : Role.YEAR, Integer.valueOf(y.group(1)));
        }
        return null;
    }

    /** The columns of a header, or null: every cell known, an indicator and a year or 目标值 column. */
    private static List<Column> header(List<String> cells) {
        List<Column> columns = new ArrayList<>();
        boolean metric = false;
        boolean value = false;
        for (String cell : cells) {
            if (cell.isBlank()) {
                columns.add(null);
                continue;
            }
            Column c = column(cell);
            if (c == null) {
                return null;
            }
            metric |= c.role() == Role.METRIC;
            value |= c.role() == Role.YEAR || c.role() == Role.GOAL;
            columns.add(c);
        }
        return metric && value ? columns : null;
    }

    private static Table tabbed(List<String> lines, boolean[] taken, int at) {
        if (!Paragraphs.isTableRow(lines.get(at))) {
            return null;
        }
        List<Column> columns = header(List.of(lines.get(at).split("\t", -1)));
        if (columns == null) {
            return null;
        }
        List<Targets.Found> found = new ArrayList<>();
        int last = at;
        for (int i = at + 1; i < lines.size() && !taken[i] && Paragraphs.isTableRow(lines.get(i)); i++) {
            found.addAll(row(List.of(lines.get(i).split("\t", -1)), columns));
            last = i;
        }
        return new Table(at, last, found);
    }

    /** A header printed one cell per line (序号 / 指标 / 2025年 / 2027年), then rows of as many lines. */
    private static Table cellPerLine(List<String> lines, boolean[] taken, int at) {
        List<String> cells = new ArrayList<>();
        int i = at;
        while (i < lines.size() && !taken[i] && lines.get(i).length() <= 12) {
            String cell = lines.get(i);
            int span = 1;
            if (PERIOD_ONLY.matcher(cell).matches() && i + 1 < lines.size() && !taken[i + 1]) {
                cell += lines.get(i + 1); // “十五五” / 目标值: one header cell wrapped after its period
                span = 2;
            }
            if (column(cell) == null) {
                break;
            }
            cells.add(cell);
            i += span;
        }
        if (cells.size() < 3) {
            return null;
        }
        List<Column> columns = header(cells);
        boolean categoryFirst = columns != null && columns.size() > 2 && columns.get(0) != null
                && columns.get(0).role() == Role.OTHER && columns.get(1) != null && columns.get(1).role() == Role.NUMBER;
        if (categoryFirst) {
            // 类别 / 序号 / 指标 …: the category cell merged over its rows is printed as a line before the first of them
            columns = columns.subList(1, columns.size());
        }
        if (columns != null && (columns.get(0) == null || columns.get(0).role() != Role.NUMBER)) {
            return unnumbered(lines, taken, at, i, columns);
        }
        if (columns == null) {
            return null;
        }
        int width = columns.size();
        int merged = 0; // category columns after the number, printed only on the first row of their group
        while (1 + merged < width && columns.get(1 + merged) != null && columns.get(1 + merged).role() == Role.OTHER) {
            merged++;
        }
        List<Targets.Found> found = new ArrayList<>();
        int last = i - 1;
        while (i < lines.size()) {
            if (categoryFirst && categoryBefore(lines, taken, i)) {
                i++;
                continue;
            }
            if (!ROW_NUMBER.matcher(lines.get(i)).matches()) {
                break;
            }
            int size = rowSize(lines, i, columns, merged, categoryFirst);
            if (size < 0) {
                WrappedRow wrapped = wrappedRow(lines, taken, i, width);
                if (wrapped == null) {
                    break; // the lines no longer line up
                }
                // a cell wrapped over two lines ((骨干绿道长度) under its indicator): joined, the row read as printed
                found.addAll(row(wrapped.cells(), columns));
                last = i + wrapped.lines() - 1;
                i = last + 1;
                continue;
            }
            for (int j = i; j < i + size; j++) {
                if (taken[j]) {
                    return new Table(at, last, found);
                }
            }
            List<String> row = new ArrayList<>(width);
            row.add(lines.get(i));
            for (int d = size; d < width; d++) {
                row.add(""); // the merged category cell, printed on an earlier row
            }
            row.addAll(lines.subList(i + 1, i + size));
            found.addAll(row(row, columns));
            last = i + size - 1;
            i += size;
        }
        return new Table(at, last, found);
    }

    /**
     * How many lines the row numbered at {@code at} takes: the header's width, or fewer by the category cells merged
     * over it; -1 when no size lines up. A size lines up when the next row's number (the next integer) or the end of
     * the table follows it, no line inside it opens that next row, and its indicator cell holds a name, not a value;
     * where no category line may stand between rows, the next row's number a line or two further means a wrapped cell.
     */
    private static int rowSize(List<String> lines, int at, List<Column> columns, int merged, boolean categoryFirst) {
        int width = columns.size();
        String next = Integer.toString(rowNumber(lines.get(at)) + 1);
        int metric = -1;
        for (int c = 0; c < width; c++) {
            if (columns.get(c) != null && columns.get(c).role() == Role.METRIC) {
                metric = c;
                break;
            }
        }
        for (int size = width; size >= width - merged && size >= 2; size--) {
            if (at + size > lines.size()) {
                continue;
            }
            if (at + size < lines.size() && ROW_NUMBER.matcher(lines.get(at + size)).matches()
                    && !opensRow(lines, at + size, next)) {
                continue;
            }
            if (!categoryFirst && at + size < lines.size() && !opensRow(lines, at + size, next)
                    && (at + size + 1 < lines.size() && opensRow(lines, at + size + 1, next)
                    || at + size + 2 < lines.size() && opensRow(lines, at + size + 2, next))) {
                continue; // the next row starts a line or two later: a cell of this one is wrapped (wrappedRow)
            }
            boolean inside = false;
            for (int j = at + 1; j < at + size && !inside; j++) {
                inside = opensRow(lines, j, next) || HEADING.matcher(lines.get(j)).lookingAt();
            }
            int metricLine = at + metric - (width - size);
            if (inside || metric > 0 && (metricLine <= at || lines.get(metricLine).strip().length() < 2
                    || isValue(lines.get(metricLine).strip()))) {
                continue;
            }
            return size;
        }
        return -1;
    }

    /** A row some of whose cells went on on lines of their own: the lines it takes, and its cells joined. */
    private record WrappedRow(int lines, List<String> cells) {
    }

    /**
     * The row numbered at {@code at} when one or two of its cells go on on a line of their own that opens with a
     * bracket (市域绿道长度 / (骨干绿道长度)), those lines joined to the cell before them; null unless the next row's number
     * follows it.
     */
    private static WrappedRow wrappedRow(List<String> lines, boolean[] taken, int at, int width) {
        String next = Integer.toString(rowNumber(lines.get(at)) + 1);
        for (int extra = 1; extra <= 2; extra++) {
            int end = at + width + extra;
            if (end >= lines.size() || !opensRow(lines, end, next)) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            cells.add(lines.get(at));
            int joined = 0;
            for (int j = at + 1; j < end; j++) {
                String line = lines.get(j).strip();
                if (taken[j]) {
                    return null;
                }
                if (j > at + 1 && line.startsWith("(") && !isValue(line) && !isValue(cells.get(cells.size() - 1))) {
                    cells.set(cells.size() - 1, cells.get(cells.size() - 1) + line);
                    joined++;
                } else {
                    cells.add(line);
                }
            }
            if (joined != extra || cells.size() != width) {
                continue;
            }
            return new WrappedRow(end - at, cells);
        }
        return null;
    }

    /** A heading of the text after the table (三、主要任务, (一)…, 第三章): no cell of a row. */
    private static final Pattern HEADING = Pattern.compile(
            "^\\s*(?:第[一二三四五六七八九十]{1,3}[章节部分]|[一二三四五六七八九十]{1,3}、|\\([一二三四五六七八九十]{1,3}\\))");

    /** Whether line {@code i} is a category's name printed before the numbered row it heads. */
    private static boolean categoryBefore(List<String> lines, boolean[] taken, int i) {
        String line = lines.get(i).strip();
        return i + 1 < lines.size() && !taken[i] && !taken[i + 1] && ROW_NUMBER.matcher(lines.get(i + 1)).matches()
                && !ROW_NUMBER.matcher(line).matches() && line.length() >= 2 && line.length() <= 30
                && line.indexOf('。') < 0 && !isValue(line) && !HEADING.matcher(line).lookingAt();
    }

    /** Whether line {@code j} is the row number {@code next} followed by a name (not by a value of a row). */
    private static boolean opensRow(List<String> lines, int j, String next) {
        String line = lines.get(j);
        int end = line.endsWith(".") || line.endsWith("、") ? line.length() - 1 : line.length();
        return end == next.length() && line.startsWith(next)
                && (j + 1 >= lines.size() || !isValue(lines.get(j + 1).strip()));
    }

    /** The number of a row's number line (ROW_NUMBER: 12, 12., 12、). */
    private static int rowNumber(String line) {
        int end = line.endsWith(".") || line.endsWith("、") ? line.length() - 1 : line.length();
        return Integer.parseInt(line.substring(0, end));
    }

    /** A cell that is a value as a whole (≥95, 74.2%, 24km, —, 约束性), not a name that holds a figure. */
    private static boolean isValue(String cell) {
        return ATTRIBUTE.matcher(cell).matches() || VALUE.matcher(ChineseNumbers.digitsIn(cell)).matches();
    }

    /**
     * A header one cell a line without a number column (类别 / 指标 / 2010年实绩 / 2015年目标, 指标 / 2020年 / 2025年 / 属性):
     * rows told apart by their shape, an indicator's name (1.学前教育毛入园率(%) or 粮食总产(万吨)) then its values, under
     * category lines (一、发展水平) printed where a merged 类别 cell or a spanning row stood. Null when fewer than two rows
     * read so.
     */
    private static Table unnumbered(List<String> lines, boolean[] taken, int at, int from, List<Column> header) {
        List<Column> columns = new ArrayList<>(header);
        while (!columns.isEmpty() && (columns.get(0) == null || columns.get(0).role() == Role.OTHER)) {
            columns.remove(0); // a category column merged over its rows: printed only as the category lines
        }
        if (columns.size() < 2 || columns.get(0).role() != Role.METRIC) {
            return null;
        }
        int width = columns.size();
        List<Targets.Found> found = new ArrayList<>();
        int rows = 0;
        int last = from - 1;
        int i = from;
        while (i < lines.size() && !taken[i]) {
            String line = lines.get(i).strip();
            if (CATEGORY_LINE.matcher(line).matches()) {
                i++;
                continue;
            }
            if (i + width > lines.size() || valueLike(line) || line.length() > 40 || line.indexOf('。') >= 0) {
                break;
            }
            boolean cells = true;
            for (int j = i + 1; j < i + width; j++) {
                cells &= !taken[j] && valueLike(lines.get(j).strip());
            }
            if (!cells) {
                // a numbered row split into sub-rows (4.义务教育标准班额比例 / 其中:小学 / 初中 / …): its values cannot be
                // placed, the table goes on at the next numbered or category line
                int next = rows >= 1 && NUMBERED_METRIC.matcher(line).lookingAt() ? nextRowStart(lines, taken, i + 1) : -1;
                if (next < 0) {
                    break;
                }
                last = next - 1;
                i = next;
                continue;
            }
            List<String> row = new ArrayList<>(lines.subList(i, i + width));
            row.set(0, NUMBERED_METRIC.matcher(line).replaceFirst(""));
            found.addAll(row(row, columns));
            rows++;
            last = i + width - 1;
            i += width;
        }
        return rows >= 2 ? new Table(at, last, found) : null;
    }

    /** The next line within a few that opens a numbered indicator row or a category, or -1. */
    private static int nextRowStart(List<String> lines, boolean[] taken, int from) {
        for (int j = from; j < lines.size() && j < from + SUB_ROW_LINES && !taken[j]; j++) {
            String line = lines.get(j).strip();
            if (NUMBERED_METRIC.matcher(line).lookingAt() && !valueLike(line) || CATEGORY_LINE.matcher(line).matches()) {
                return j;
            }
        }
        return -1;
    }

    /** How many lines a numbered row split into sub-rows may take. */
    private static final int SUB_ROW_LINES = 12;

    /** A category line over indicator rows: 一、发展水平, (二)优质资源建设. */
    private static final Pattern CATEGORY_LINE = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}[、.]|\\([一二三四五六七八九十]{1,3}\\))[^\\d。]{1,30}$");
    /** An indicator's own number before its name (1.学前教育毛入园率). */
    private static final Pattern NUMBERED_METRIC = Pattern.compile("^\\d{1,3}[.、．](?!\\d)");
    /** A cell that holds a value or an indicator's attribute rather than a name: 99%以上, 163, —, 约束性. */
    private static final Pattern ATTRIBUTE = Pattern.compile("^(?:[—\\-–/~]+|约束性|预期性|指导性|引导性)$");

    private static boolean valueLike(String cell) {
        if (cell.isEmpty() || cell.length() > 20) {
            return false;
        }
        if (ATTRIBUTE.matcher(cell).matches()) {
            return true;
        }
        for (int k = 0; k < cell.length(); k++) {
            if (Character.isDigit(cell.charAt(k))) {
                return !NUMBERED_METRIC.matcher(cell).lookingAt() || cell.length() <= 4; // 1.学前… is a name
            }
        }
        return false;
    }

    private static List<Targets.Found> row(List<String> cells, List<Column> columns) {
        String metric = null;
        String unit = null;
        List<String> printed = new ArrayList<>();
        for (int c = 0; c < columns.size() && c < cells.size(); c++) {
            Column col = columns.get(c);
            String cell = cells.get(c).strip();
            if (col == null || cell.isEmpty()) {
                continue;
            }
            if (col.role() != Role.NUMBER) {
                printed.add(cell);
            }
            if (col.role() == Role.METRIC && metric == null) {
                metric = cell;
            } else if (col.role() == Role.UNIT) {
                unit = cell;
            }
        }
        if (metric == null) {
            return List.of();
        }
        Matcher inMetric = UNIT_IN_METRIC.matcher(metric);
        if (inMetric.find()) {
            if (unit == null) {
                unit = inMetric.group(1);
            }
            metric = metric.substring(0, inMetric.start()).strip();
        }
        String text = String.join("\t", printed);
        List<Targets.Found> out = new ArrayList<>();
        for (int c = 0; c < columns.size() && c < cells.size(); c++) {
            Column col = columns.get(c);
            if (col == null || col.role() != Role.YEAR && col.role() != Role.GOAL) {
                continue;
            }
            Targets.Found found = value(text, metric, cells.get(c), unit, col.year());
            if (found != null) {
                out.add(found);
            }
        }
        return out;
    }

    /**
     * The target a value cell states ("≥95", "100", "3.2亿立方米"), for the metric of its row, or null when the cell
     * holds no bare value ("—", "全覆盖").
     */
    static Targets.Found value(String text, String metric, String cell, String unit, Integer year) {
        Matcher v = VALUE.matcher(ChineseNumbers.digitsIn(cell.strip()));
        if (!v.matches()) {
            return null;
        }
        String printedUnit = v.group("unit") != null ? v.group("unit") : unit == null ? "" : unit;
        double value = Double.parseDouble(v.group("num")) * Targets.scale(v.group("mult"), printedUnit);
        String cellUnit = Targets.withMultiplier(v.group("mult"), printedUnit);
        Matcher scale = SCALED_UNIT.matcher(cellUnit);
        if (v.group("mult") == null && scale.matches() && !Targets.keptAsPrinted(scale.group(1), scale.group(2))) {
            // a unit column of 万家: the values count in ten thousands (a column of 亿元 or 万元 keeps its unit as printed)
            value *= Targets.scale(scale.group(1), scale.group(2));
            cellUnit = scale.group(2);
        }
        return new Targets.Found(text, metric, Targets.modifier(v.group("mod"), comparator(v.group("pre"))),
                Math.round(value * 1e6) / 1e6, cellUnit, year);
    }

    /** The comparator of a sign or word before a value: ≥ and 不低于 (target-words.tsv) alike; a bare value is =. */
    private static String comparator(String pre) {
        if (pre == null) {
            return "=";
        }
        return switch (pre) {
            case "≥", "≧", ">=" -> ">=";
            case ">" -> ">";
            case "≤", "≦", "<=" -> "<=";
            case "<" -> "<";
            default -> {
                String word = Targets.comparatorOf(pre);
                yield word == null ? "=" : word;
            }
        };
    }
}
