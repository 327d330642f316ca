package dev.policygraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Task tables (任务分工表, 考评指标表) in a document's lines: a header row of known column names (table-columns.tsv),
 * printed as one tab-separated line or one cell per line, then numbered rows. Each row becomes a task whose cells
 * are read by their column: 序号 the number, 任务/指标 the title, 牵头单位 the leads, 配合单位 the co-responsible
 * units, 责任单位 units of which the first leads by convention, 完成时限 the deadline.
 */
final class Tables {

    enum Role { NUMBER, TITLE, LEAD, CO, RESPONSIBLE, DEADLINE, SCORE, TEXT, CATEGORY, PERSON, PROGRESS }

    private record Column(Role role, int rank, Integer year) {
        Column(Role role, int rank) {
            this(role, rank, null);
        }
    }

    private static final Map<String, Column> COLUMNS = new HashMap<>();

    static {
        for (String[] row : RuleFiles.rows("table-columns.tsv", 3)) {
            COLUMNS.put(row[0].strip(), new Column(Role.valueOf(row[1].strip()), Integer.parseInt(row[2].strip())));
        }
    }

    /** A header cell the table of columns does not know, but which reads as one (考评内容及评分标准). */
    private static final Pattern HEADERISH = Pattern.compile("(?:内容|标准|要求|说明|名称|指标|任务|单位|部门|时限|时间|分值|措施|备注|目标|事项|依据|方式|情况|进度)$|^是否");
    /** Noise around a header's name: brackets, marks, a weight and the requirements named after it (内容与要求). */
    private static final Pattern HEADER_NOISE = Pattern.compile("\\(.*?\\)|〔.*?〕|^\\d{1,2}(?:[-—~至]\\d{1,2})?月份?|^前?[一二三四1-4]季度|^[上下]半年|[\\s:*、.。]|及(?:分值|分数|权重)$|(?<=内容)[与及]要求$");
    /** A table's sum row (合计 / 总计 / 小计): no task. */
    private static final Pattern TOTAL_ROW = Pattern.compile("^(合\\s*计|总\\s*计|小\\s*计|总分)[:：]?$");
    private static final Pattern NUMBER_IN_CELL = Pattern.compile("^(\\d{1,3})[.、]\\s*");
    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern NUMBER_MARK = Pattern.compile("[.、]$");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[。;]+$|(?<=[\\p{IsHan}%）)”])\\.$");
    private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d{1,3})[.、]?$");
    private static final Pattern SCORE = Pattern.compile("^\\d{1,3}(?:\\.\\d)?分?$");
    private static final Pattern DEADLINE = Pattern.compile(
            "^(?:.{0,12}(?:(?:19|20)\\d{2}年|\\d{1,2}月|季度|年底|年内|年度|长期|持续|每年|常态|逐年|月底|前完成|按期|分步).{0,16})$");
    private static final Pattern CAPTION = Pattern.compile("^[^。;]{2,60}$");
    /** A row numbered by its category's numeral (五), see ownCellsEnd. */
    private static final Pattern NUMERAL = Pattern.compile("^[一二三四五六七八九十]{1,3}$");
    /** A category row's numeral and heading: 五、加强宣传舆论、信息报送工作. */
    private static final Pattern CATEGORY_HEAD = Pattern.compile("^([一二三四五六七八九十]+)[、.](\\S.{1,39})$");
    private static final Pattern CATEGORY_ROW = Pattern.compile("^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)).{0,40}$");

    private Tables() {
    }

    /** One row of a task table, read. */
    record Row(String number, String title, List<String> leads, List<String> co, boolean leadByConvention,
               String deadline, String text, Integer targetYear, List<Targets.Found> targets, String kind,
               String category) {
    }

    /** A table found in the lines: the lines it takes (first to last, inclusive), its caption and its rows. */
    record Table(int first, int last, String caption, List<Row> rows, List<String> warnings) {
    }

    /** The task tables in the document's lines, in order. */
    static List<Table> find(List<String> lines) {
        List<Table> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Table table = tabbed(lines, i);
            if (table == null) {
                table = cellPerLine(lines, i);
            }
            if (table == null && Paragraphs.isTableRow(lines.get(i))) {
                table = headerInRowsCellsPerLine(lines, i);
            }
            if (table == null) {
                table = GluedTables.read(lines, i);
            }
            if (table != null) {
                tables.add(table);
                i = table.last() + 1;
            } else {
                i++;
            }
        }
        return tables;
    }

    /**
     * A table whose header is printed as rows of cells (序号 | 重点任务 / 完成时间 | 责任人 | 责任部门 | 进展情况) and whose
     * rows one cell a line under it: read as a table one cell a line with that header. Null when the rows from
     * {@code at} are no header of names or a row of cells follows them.
     */
    private static Table headerInRowsCellsPerLine(List<String> lines, int at) {
        List<String> header = new ArrayList<>();
        int j = at;
        while (j < lines.size() && j - at < 3 && Paragraphs.isTableRow(lines.get(j))) {
            for (String cell : cells(lines.get(j))) {
                String c = cell.strip();
                if (c.isEmpty()) {
                    continue;
                }
                if (c.length() > 12 || column(c) == null && !HEADERISH.matcher(c).find()) {
                    return null;
                }
                header.add(c);
            }
            j++;
        }
        if (header.size() < 3 || j >= lines.size() || Paragraphs.isTableRow(lines.get(j))) {
            return null;
        }
        List<String> expanded = new ArrayList<>(lines.subList(0, at));
        expanded.addAll(header);
        expanded.addAll(lines.subList(j, lines.size()));
        Table table = cellPerLine(expanded, at);
        if (table == null) {
            return null;
        }
        int shift = header.size() - (j - at);
        return new Table(at, table.last() - shift, table.caption(), table.rows(), table.warnings());
    }

    /** The longest column name of table-columns.tsv starting at {@code pos} of the text, or null (GluedTables). */
    static String columnNameAt(String text, int pos) {
        for (int n = Math.min(LONGEST_COLUMN, text.length() - pos); n >= 2; n--) {
            if (COLUMNS.containsKey(text.substring(pos, pos + n))) {
                return text.substring(pos, pos + n);
            }
        }
        return null;
    }

    /** The role of a column name of table-columns.tsv, or null. */
    static Role roleOf(String name) {
        Column c = COLUMNS.get(name);
        return c == null ? null : c.role();
    }

    /** A table of rows already split into cells, one a column of the given roles (GluedTables). */
    static Table built(int first, int last, String caption, List<Role> roles, List<List<String>> raw) {
        List<Column> columns = roles.stream().map(r -> new Column(r, r == Role.TITLE ? 1 : 0)).toList();
        return build(first, last, caption, columns, raw, java.util.Collections.nCopies(raw.size(), null), true);
    }

    /** The longest column name of table-columns.tsv. */
    private static final int LONGEST_COLUMN = COLUMNS.keySet().stream().mapToInt(String::length).max().orElse(0);

    /** The role of a header cell, or null. */
    private static Column column(String cell) {
        String bare = null;
        Column known = null;
        if (mayBeKnown(cell)) {
            bare = HEADER_NOISE.matcher(cell).replaceAll("");
            known = COLUMNS.get(bare);
        }
        if (known == null && cell.length() <= 40 && mayBeQualifiedOrLabel(cell)) {
            bare = bare != null ? bare : HEADER_NOISE.matcher(cell).replaceAll("");
            if (bare.length() <= 30) {
                known = qualified(bare);
            }
            if (known == null && INTERNAL_DIVISION.matcher(bare).matches()) {
                known = new Column(Role.PERSON, 0); // 市卫健委内牵头处室: the lead body's own divisions, no plan's units
            }
            if (known == null && bare.length() <= 12) {
                known = labelled(bare);
            }
        }
        if (known == null && bare != null && bare.length() >= 3 && bare.length() <= 6) {
            known = byEnding(bare);
        }
        if (known == null && cell.length() <= 20
                && (cell.indexOf('及') > 0 || cell.indexOf('和') > 0 || cell.indexOf('与') > 0)) {
            String joined = bare != null ? bare : HEADER_NOISE.matcher(cell).replaceAll("");
            if (joined.length() >= 5 && joined.length() <= 16) {
                known = joint(joined);
            }
        }
        if (known != null || cell.indexOf('标') < 0) {
            return known; // every line is asked whether it starts a table: the cheap test first (目标)
        }
        Matcher target = TARGET_COLUMN.matcher(SPACE.matcher(cell).replaceAll(""));
        if (target.matches()) {
            // 2026年目标, 目标值(2025年): the row's targets, for that year
            String year = target.group(1) != null ? target.group(1) : target.group(2);
            return new Column(Role.TEXT, TARGET_RANK, year == null ? null : Integer.valueOf(year));
        }
        return null;
    }

    /**
     * The title column a name of a few characters ending in a title column's name is (改革任务 as 任务, 民生事项名称 as
     * 事项名称, 攻坚举措 as 举措), or a grouping column a name ending in 分类, 类别 or 类型 is (事项分类, 项目类别), or null.
     */
    private static Column byEnding(String bare) {
        if (bare.startsWith("完成") || bare.startsWith("目标")
                || "一二三四五六七八九十0123456789".indexOf(bare.charAt(0)) >= 0) { // not a part's heading (三、重点任务)
            return null;
        }
        if (bare.length() >= 4 && MEASURE_VERB.matcher(bare).lookingAt()) {
            return null; // a row's measure (推进农村分类, 强化工作举措), not a column's name
        }
        for (int from = 1; from <= bare.length() - 2; from++) {
            Column known = COLUMNS.get(bare.substring(from));
            if (known != null && (known.role() == Role.TITLE
                    || known.role() == Role.CATEGORY && CATEGORY_ENDING.matcher(bare.substring(from)).matches())) {
                return known; // 事项名称 a task's name, 事项分类 / 项目类别 a grouping of rows
            }
        }
        return null;
    }

    /** The verbs a measure opens with, which no column's name does. */
    private static final Pattern MEASURE_VERB = Pattern.compile(
            "^(?:推进|推动|加强|加快|开展|实施|建立|健全|完善|提升|强化|落实|深化|促进|优化|规范|做好|抓好)");

    /** Two column names joined by 与, 及 or 和 (责任主体与协同单位, 牵头单位及配合单位). */
    private static final Pattern JOINT = Pattern.compile("^(\\p{IsHan}{2,8}?)[与及和](\\p{IsHan}{2,8})$");

    /**
     * The column two names joined in one header cell make: two unit columns' names (责任主体与协同单位) one column of
     * units of both kinds, the first of them the lead where no other column names one; a task column's name (rank 1
     * or 2) joined to words naming more of it (重点工作及责任分解内容) that task column. Null for other joints
     * (考评内容及评分标准 stays a text the row's criteria are read from as before).
     */
    private static Column joint(String bare) {
        Matcher m = JOINT.matcher(bare);
        if (!m.matches()) {
            return null;
        }
        Column first = COLUMNS.get(m.group(1));
        Column second = COLUMNS.get(m.group(2));
        if (first == null) {
            return null;
        }
        if (second == null) {
            return first.role() == Role.TITLE && first.rank() <= 2 ? first : null;
        }
        return isUnitRole(first.role()) && isUnitRole(second.role()) ? new Column(Role.RESPONSIBLE, 0) : null;
    }

    private static boolean isUnitRole(Role role) {
        return role == Role.LEAD || role == Role.CO || role == Role.RESPONSIBLE;
    }

    /** A column name after its year, a region or a document it belongs to: 2023年重点工作任务, 铜川市落实措施, 陕西省《工作要点》部署任务. */
    private static final Pattern QUALIFIER = Pattern.compile(
            "^(?:(?:19|20)\\d{2}年度?)?(?:[\\p{IsHan}]{0,8}?[省市区县州旗])?(?:《[^》]{1,30}》)?");

    /** A header cell that is a clause label (协同配合单位, 主要责任单位): the column of that role. */
    private static Column labelled(String bare) {
        Clauses.Role role = Clauses.roleOfLabel(bare);
        if (role == null) {
            return null;
        }
        return switch (role) {
            case LEAD -> new Column(Role.LEAD, 0);
            case CO -> new Column(Role.CO, 0);
            case RESPONSIBLE -> new Column(Role.RESPONSIBLE, 0);
            case DEADLINE -> new Column(Role.DEADLINE, 0);
            default -> null;
        };
    }

    /** A column naming the divisions inside one body that do a row's work (市卫健委内牵头处室, 局内配合科室). */
    private static final Pattern INTERNAL_DIVISION =
            Pattern.compile("^\\p{IsHan}{0,12}内(?:牵头|配合|责任|负责)?(?:处室|科室|股室|部门)$");

    private static Column qualified(String bare) {
        Matcher m = QUALIFIER.matcher(bare);
        if (!m.find() || m.end() == 0 || m.end() >= bare.length()) {
            return null;
        }
        Column known = COLUMNS.get(bare.substring(m.end()));
        return known != null && known.role() == Role.TITLE ? known : null;
    }

    /** The rank that marks a column of the row's targets (a TEXT column's rank means nothing else). */
    private static final int TARGET_RANK = 8;

    /** A column of the row's targets: 2026年目标, 年度目标, 目标值(2025年). */
    private static final Pattern TARGET_COLUMN = Pattern.compile(
            "^(?:((?:19|20)\\d{2})年(?:度)?)?(?:工作|年度|预期|任务)?目标(?:值|任务)?(?:[(（]((?:19|20)\\d{2})年?[)）])?$");

    /**
     * False when the cell can be neither a column name after its region or source (铜川市落实措施, 省《要点》部署任务) nor a
     * clause label (协同配合单位): it starts with no year and has no 》, no 省/市/区/县/州/旗 and no unit noun.
     */
    private static boolean mayBeQualifiedOrLabel(String cell) {
        int end = cell.length();
        while (end > 0 && " \t:*、.。".indexOf(cell.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0 || LAST_CHARS.indexOf(cell.charAt(end - 1)) < 0 && ")〕".indexOf(cell.charAt(end - 1)) < 0) {
            return false; // neither a title column's name nor a label ends so
        }
        if (cell.charAt(0) == '1' || cell.charAt(0) == '2') {
            return true; // a year first (2023年重点工作任务)
        }
        for (int i = 0; i < end; i++) {
            if (QUALIFIER_OR_LABEL_CHARS.indexOf(cell.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The last characters of the unit nouns of clause labels (单位, 部门, 处室 …). */
    private static final String UNIT_NOUN_ENDS = Clauses.unitNouns().stream()
            .map(n -> n.substring(n.length() - 1)).distinct().reduce("", String::concat);
    /** The last characters of the title columns' names and of the unit nouns. */
    private static final String LAST_CHARS = COLUMNS.entrySet().stream()
            .filter(e -> e.getValue().role() == Role.TITLE)
            .map(e -> e.getKey().substring(e.getKey().length() - 1)).distinct().reduce(UNIT_NOUN_ENDS, String::concat);
    /** What a qualified column name or a clause label holds somewhere: 》, a level's ending or a unit noun's. */
    private static final String QUALIFIER_OR_LABEL_CHARS = "》省市区县州旗" + UNIT_NOUN_ENDS;

    /**
     * A cheap test before HEADER_NOISE (asked of every line): the expression removes the characters counted here as
     * noise and at most each bracket up to the first closing one after it, so a cell with more other characters
     * outside those spans than the longest name has is no column. Cells with a line terminator (which the
     * expression's dot does not cross) are left to the expression.
     */
    private static boolean mayBeKnown(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            if ("\n\r\u0085\u2028\u2029".indexOf(cell.charAt(i)) >= 0) {
                return true;
            }
        }
        int kept = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '(' || c == '〔') {
                int close = cell.indexOf(c == '(' ? ')' : '〕', i + 1);
                if (close < 0) {
                    return true;
                }
                i = close;
            } else if (" \t\n\u000B\f\r:*、.。".indexOf(c) < 0 && ++kept > LONGEST_COLUMN) {
                return false;
            }
        }
        return true;
    }

    /** A first column naming what each row is about (专项整治行业名称, 整治领域名称): the rows' titles where none other is. */
    private static final Pattern NAMED_COLUMN = Pattern.compile("^[\\p{IsHan}]{2,8}名称$");
    /** A text column that holds the tasks themselves where no column is named as the title: 目标任务, 工作内容. */
    private static final Pattern TASK_TEXT_COLUMN = Pattern.compile("^[\\p{IsHan}]{0,4}(?:任务|内容|事项)$");

    /** A header cell that is a year alone (2025年): the column of the rows' values for that year. */
    private static final Pattern BARE_YEAR = Pattern.compile("^((?:19|20)\\d{2})年(?:底|末)?$");

    /** The rank that marks a column explaining an indicator (a TEXT column's rank means nothing else). */
    private static final int EXPLANATION_RANK = 9;

    /** A column explaining each indicator of an indicator system: how it is measured or what it means. */
    private static final Pattern EXPLANATION = Pattern.compile("^(?:指标)?(?:解释|含义)$|^指标说明$|^计算(?:方法|公式)$");

    /** A header: known columns including a title and something that makes it a task table. */
    private static List<Column> header(List<String> cells) {
        List<Column> columns = new ArrayList<>();
        int known = 0;
        boolean title = false;
        boolean duty = false;
        List<Integer> yearColumns = new ArrayList<>();
        for (String cell : cells) {
            Column c = cell.isBlank() ? spannedOn(columns) : column(cell);
            Matcher bareYear = c == null && cell.length() <= 8 ? BARE_YEAR.matcher(cell.strip()) : null;
            if (bareYear != null && bareYear.matches()) {
                c = new Column(Role.TEXT, TARGET_RANK, Integer.valueOf(bareYear.group(1))); // 2025年: the row's value for the year
                yearColumns.add(columns.size());
            }
            columns.add(c);
            if (c != null) {
                known++;
                title |= c.role() == Role.TITLE;
                duty |= c.role() == Role.LEAD || c.role() == Role.CO || c.role() == Role.RESPONSIBLE
                        || c.role() == Role.DEADLINE || c.role() == Role.SCORE;
                if (c.role() == Role.TEXT && EXPLANATION.matcher(HEADER_NOISE.matcher(cell).replaceAll("")).matches()) {
                    // an indicator system: each indicator explained (序号 | 指标 | 解释): what is assessed, by no body
                    columns.set(columns.size() - 1, new Column(Role.TEXT, EXPLANATION_RANK));
                    duty = true;
                }
            }
        }
        if (!title) {
            // no title column but one of the tasks' text (序号 | 目标任务 | 责任单位 | 完成情况): that is the title
            for (int c = 0; c < columns.size(); c++) {
                String name = HEADER_NOISE.matcher(cells.get(c)).replaceAll("");
                if (columns.get(c) == null && c <= 1 && NAMED_COLUMN.matcher(name).matches()
                        || columns.get(c) != null && columns.get(c).role() == Role.TEXT
                        && (columns.get(c).year() == null && TASK_TEXT_COLUMN.matcher(name).matches()
                        || columns.get(c).rank() == TARGET_RANK && c <= 2)) {
                    // 序号 | 年度目标 | 牵头单位, 序号 | 2022年预期目标 | 责任单位: the goal is the task, its year the targets'
                    columns.set(c, new Column(Role.TITLE, 9, columns.get(c) == null ? null : columns.get(c).year()));
                    title = true;
                    break;
                }
            }
        }
        if (!(known >= 2 && title && duty && known * 2 >= cells.stream().filter(c -> !c.isBlank()).count())) {
            return null;
        }
        boolean lead = columns.stream().anyMatch(c -> c != null && c.role() == Role.LEAD);
        for (int c = 0; lead && c < columns.size(); c++) {
            if (columns.get(c) != null && columns.get(c).role() == Role.RESPONSIBLE && SECTION_COLUMN.matcher(cells.get(c)).find()) {
                // 牵头单位 | 负责科室: the lead's own section, no other body (rank SECTION_RANK: its cells name sections)
                columns.set(c, new Column(Role.PERSON, SECTION_RANK));
            }
        }
        boolean units = columns.stream().anyMatch(c -> c != null && c.rank() == 0
                && (c.role() == Role.LEAD || c.role() == Role.RESPONSIBLE));
        for (int c = 0; units && c < columns.size(); c++) {
            if (columns.get(c) != null && columns.get(c).role() == Role.RESPONSIBLE && columns.get(c).rank() == 1) {
                // 检查主体 | … | 股室: the bureau of every row, its sections answer for the rows
                columns.set(c, new Column(Role.TEXT, 0));
            }
        }
        if (yearColumns.size() >= 2) {
            // the first of several bare years (2022年 | 2025年 | 2027年) is the base the targets start from
            columns.set(yearColumns.get(0), new Column(Role.TEXT, 0));
        }
        // a title column printed before the 序号 is a category merged over the rows (考核项目 | 序号 | 考核指标 …)
        int number = numberColumn(columns);
        for (int c = 0; c < number; c++) {
            if (columns.get(c) != null && (columns.get(c).role() == Role.TITLE || columns.get(c).role() == Role.TEXT)
                    && columns.subList(number, columns.size()).stream().anyMatch(k -> k != null && k.role() == Role.TITLE)) {
                columns.set(c, new Column(Role.CATEGORY, 0)); // 目标 | 序号 | 指标 | 解释: the aim each group serves
            }
        }
        // a field named only as an indicator before the tasks' own column (指标 | 工作任务): a category merged over rows
        for (int c = 0; c + 1 < columns.size(); c++) {
            Column here = columns.get(c);
            Column next = columns.get(c + 1);
            if (here != null && next != null && here.role() == Role.TITLE && next.role() == Role.TITLE
                    && next.rank() <= 2 && here.rank() > next.rank()
                    && BARE_FIELD.matcher(HEADER_NOISE.matcher(cells.get(c)).replaceAll("")).matches()) {
                columns.set(c, new Column(Role.CATEGORY, 0));
            }
        }
        return columns;
    }

    /** The endings that make a header cell a grouping column whatever it groups (事项分类, 项目类别, 工作类型). */
    private static final Pattern CATEGORY_ENDING = Pattern.compile("^(?:分类|类别|类型)$");
    /** A column of the sections inside a body (负责科室, 责任处室, 股室). */
    private static final Pattern SECTION_COLUMN = Pattern.compile("(?:科室|处室|股室)$");

    /** A column named by its field alone (指标, 类别, 项目): over a task column, a category. */
    private static final Pattern BARE_FIELD = Pattern.compile("^(?:指标|类别|分类|项目|领域|类型)$");

    /**
     * The column an empty header cell continues: a header cell merged over two columns (考核项目 over a category and
     * the body assessed) leaves the second one empty, and it is read as the first; a blank after 序号 or after
     * nothing names no column.
     */
    private static Column spannedOn(List<Column> columns) {
        Column left = columns.isEmpty() ? null : columns.get(columns.size() - 1);
        return left != null && left.role() == Role.TITLE ? left : null;
    }

    private static final Pattern PART_NUMBER_CELL = Pattern.compile("^[一二三四五六七八九十]{1,3}、?$");
    private static final Pattern ARABIC_NUMBER_CELL = Pattern.compile("^\\d{1,3}\\.?$");

    /**
     * A row whose 序号 is a part's number (一、) over rows numbered 1, 2 … groups them: its number and title as the
     * category heading (二、部门履职差异考核项目), or null when the row is a row like the others.
     */
    private static String groupRow(List<String> cells, List<Column> columns, List<String> lines, int next) {
        int number = numberColumn(columns);
        int title = titleIndex(columns);
        if (number < 0 || title < 0 || number >= cells.size() || title >= cells.size()
                || !PART_NUMBER_CELL.matcher(cells.get(number).strip()).matches() || next >= lines.size()
                || !Paragraphs.isTableRow(lines.get(next))) {
            return null;
        }
        List<String> following = cells(lines.get(next));
        if (number >= following.size() || !ARABIC_NUMBER_CELL.matcher(following.get(number).strip()).matches()) {
            return null;
        }
        String part = cells.get(number).strip();
        return (part.endsWith("、") ? part : part + "、") + cells.get(title).strip();
    }

    /**
     * Rows whose cell boundaries are uncertain (cells apart by spaces, which a person's name or a wrapped cell may
     * hold too) with each cell in the column it fits under the header, as many cells as the header has (empty where
     * none fits); the cells of one column that were apart joined as {@link #align} joins them, on one line.
     */
    static List<List<String>> aligned(List<String> headerCells, List<List<String>> rows) {
        List<Column> columns = header(headerCells);
        List<List<String>> out = new ArrayList<>(rows.size());
        for (List<String> rowCells : rows) {
            String[] placed = align(rowCells, columns);
            List<String> row = new ArrayList<>(placed.length);
            for (String cell : placed) {
                row.add(cell == null ? "" : cell.replace('\n', ' '));
            }
            out.add(row);
        }
        return out;
    }

    /**
     * True when the cell is a column's name as table-columns.tsv or a clause label spells it (牵头责任单位, 牵头领导),
     * not only by its ending or after a qualifier (类别主要任务 is two names).
     */
    static boolean isNamedColumn(String cell) {
        String bare = HEADER_NOISE.matcher(cell).replaceAll("");
        return COLUMNS.containsKey(bare) || bare.length() <= 12 && labelled(bare) != null;
    }

    /** True when the cells are the header of a numbered task table (序号, a task, a unit or deadline column). */
    static boolean isHeader(List<String> cells) {
        List<Column> columns = header(cells);
        return columns != null && numberColumn(columns) >= 0;
    }

    /** The end of a title cell wrapped onto a line of its own: a word of two or three characters, no figure. */
    private static final Pattern WRAPPED_TAIL = Pattern.compile("^[\\p{IsHan}]{1,3}$");

    /** A header cell's length without the note in brackets after its name (重点工作任务(民生实事项目) is 6). */
    private static int headerCellLength(String cell) {
        return cell.length() <= 12 || cell.length() > 24 || cell.indexOf('(') <= 0 ? cell.length()
                : HEADER_NOISE.matcher(cell).replaceAll("").length();
    }

    /** A row's title cell that prints the row's number (1、地区生产总值增长率). */
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^(\\d{1,3})[、.．](?!\\d)(\\S.*)$");

    /**
     * A table printed one cell a line whose header has no 序号 and whose rows number their title cells (类别 | 指标名称 |
     * 年度目标 | 完成情况 | 责任部门 over 高质量发展 / 1、地区生产总值增长率 / 与市保持同步 / 9.8% / 区发改委): a row from each
     * numbered title, in order, to the next; a short line that names no unit after a row's cells, before the next
     * row, is the category of the rows after it (高品质生活). Null when fewer than two rows are read.
     */
    private static Table numberedInTitleCells(List<String> lines, int at, int end, List<Column> columns) {
        if (titleIndex(columns) < 0 || !hasUnitColumn(columns)) {
            return null;
        }
        List<Column> kept = new ArrayList<>();
        kept.add(new Column(Role.NUMBER, 0));
        for (Column c : columns) {
            if (c == null || c.role() != Role.CATEGORY) {
                kept.add(c);
            }
        }
        int width = kept.size() - 1; // the cells of a row besides its number
        List<List<String>> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        String category = null;
        String rowCategory = null;
        List<String> current = null;
        int expected = -1;
        int last = end - 1;
        int i = end;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher numbered = NUMBERED_TITLE.matcher(line);
            if (numbered.matches() && (expected < 0 ? Integer.parseInt(numbered.group(1)) <= 1 && i - end <= 2
                    : Integer.parseInt(numbered.group(1)) == expected)) {
                if (current != null) {
                    rows.add(current);
                    categories.add(rowCategory);
                }
                String title = numbered.group(2);
                if (i + 1 < lines.size() && title.length() >= 8 && !title.endsWith("。")
                        && WRAPPED_TAIL.matcher(lines.get(i + 1)).matches() && !UnitNames.named(lines.get(i + 1))
                        && Targets.comparatorOf(lines.get(i + 1)) == null) { // not a value's 控制在 / 5000人内, a unit's 发改局
                    title += lines.get(++i); // the title cell wrapped: 四大重点培育产业占区级税收 / 比重
                } else if (i + 2 < lines.size() && title.length() >= 4 && wrappedHeading(lines.get(i + 1), lines.get(i + 2))) {
                    title += lines.get(++i); // a short heading wrapped before the row's text: 实化运行消防 / 安全委员会
                }
                current = new ArrayList<>(List.of(numbered.group(1), title));
                rowCategory = category;
                expected = Integer.parseInt(numbered.group(1)) + 1;
                last = i;
                i++;
                continue;
            }
            if (current == null) {
                if (i - end >= 2 || line.length() > 12 && !CATEGORY_ROW.matcher(line).matches() || line.indexOf('。') >= 0) {
                    return null; // no numbered row right under the header
                }
                category = line; // the category merged over the first rows
                i++;
                continue;
            }
            boolean nextRow = i + 1 < lines.size() && NUMBERED_TITLE.matcher(lines.get(i + 1)).matches()
                    && lines.get(i + 1).startsWith(expected + "");
            if (current.size() - 1 >= width && (line.length() <= 12 || CATEGORY_ROW.matcher(line).matches()) && nextRow
                    && !isUnitList(line)) {
                category = line;
                last = i;
                i++;
                continue;
            }
            if (current.size() - 1 >= width && line.indexOf('。') >= 0
                    && subRowEnds(lines, i + 1, width, expected)) {
                // a measure under the row's merged heading cell with units of its own (2.完善规章标准 / A。/ X / Y /
                // B。/ X / Y): one more sub-row of the same task
                rows.add(current);
                categories.add(rowCategory);
                current = new ArrayList<>(List.of(current.get(0), current.get(1), line));
                last = i;
                i++;
                continue;
            }
            if (current.size() - 1 >= width && (line.length() > 40 || line.indexOf('。') >= 0)
                    || current.size() - 1 >= width + ROW_SPAN || isNamedColumn(line) || line.startsWith("附件")
                    || Numbering.match(line) != null && !numbered.matches()) {
                break; // the text after the table
            }
            String cell = current.get(current.size() - 1);
            if (current.size() > 2 && cell.endsWith("、") && isUnitList(line)) {
                current.set(current.size() - 1, cell + line); // a unit cell wrapped after its 、: 区委编办、 / 各街道
            } else {
                current.add(line);
            }
            last = i;
            i++;
        }
        if (current != null) {
            rows.add(current);
            categories.add(rowCategory);
        }
        if (rows.size() < 2) {
            return null;
        }
        if (rows.stream().filter(r -> r.size() - 1 == width + 1).count() * 2 > rows.size()) {
            // a cell more than the named columns in most rows: the numbered cell is the item's own heading over the
            // columns' text (类别 | 项目 | 主要任务 | 牵头单位 | 配合单位, 项目 a name the header does not know)
            kept.add(1, new Column(Role.TITLE, 0));
        }
        return build(at, last, caption(lines, at), kept, rows, categories, false);
    }

    /**
     * True when {@code tail}, a few Han characters, is the end of a numbered heading cell wrapped over two lines: the
     * line after it is the row's text (a sentence), so it is no unit's cell, whatever its ending.
     */
    private static boolean wrappedHeading(String tail, String after) {
        return tail.length() <= 6 && tail.chars().allMatch(c -> TextOps.isHan((char) c)) && after.length() >= 15
                && after.indexOf('。') >= 0;
    }

    /**
     * True when one to {@code width} lines from {@code from} list units and what follows them is the next row (its
     * number {@code expected}), a category over the rows, another such sub-row or the end of the text.
     */
    private static boolean subRowEnds(List<String> lines, int from, int width, int expected) {
        int after = from;
        while (after < lines.size() && after - from < width && isUnitList(lines.get(after))) {
            after++;
        }
        if (after == from) {
            return false;
        }
        if (after == lines.size()) {
            return true;
        }
        String next = lines.get(after);
        Matcher row = NUMBERED_TITLE.matcher(next);
        return row.matches() && Integer.parseInt(row.group(1)) == expected || CATEGORY_ROW.matcher(next).matches()
                || next.indexOf('。') >= 0 && after + 1 < lines.size() && isUnitList(lines.get(after + 1));
    }

    /**
     * A two-row header printed row by row: years that end the header's cells (… 任务目标 | 实施单位 | 2023年 | 2024年 |
     * 2025年) are the sub-columns of the group column named for them (任务目标, 年度目标, 进度安排), so the rows print the
     * years' cells in its place, before the columns after it. The cells in the rows' order; the same cells otherwise.
     */
    private static List<String> yearsUnderGroup(List<String> cells) {
        int years = 0;
        while (years < cells.size() && BARE_YEAR.matcher(cells.get(cells.size() - 1 - years)).matches()) {
            years++;
        }
        int named = cells.size() - years;
        if (years < 2 || named < 3) {
            return cells;
        }
        for (int g = named - 2; g >= 1; g--) {
            if (YEAR_GROUP.matcher(cells.get(g)).find()) {
                List<String> out = new ArrayList<>(cells.subList(0, g));
                out.addAll(cells.subList(named, cells.size()));
                out.addAll(cells.subList(g + 1, named));
                return out;
            }
        }
        return cells;
    }

    /** The name of a column spanning the years under it. */
    private static final Pattern YEAR_GROUP = Pattern.compile("目标|进度|计划|安排|节点");

    /** The index of the 序号 column, or -1. */
    private static int numberColumn(List<Column> columns) {
        return columnOf(columns, Role.NUMBER);
    }

    /** The index of the first column of the role, or -1. */
    private static int columnOf(List<Column> columns, Role role) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) != null && columns.get(c).role() == role) {
                return c;
            }
        }
        return -1;
    }

    private static List<String> cells(String line) {
        return List.of(line.split("\t", -1));
    }

    /** A table of tab-separated rows starting at line {@code at}, or null. */
    private static Table tabbed(List<String> lines, int at) {
        String first = lines.get(at);
        if (!Paragraphs.isTableRow(first)) {
            return null;
        }
        List<Column> columns = header(cells(first));
        if (columns == null) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        String category = null;
        int last = at;
        int i = at + 1;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (Paragraphs.isTableRow(line)) {
                List<String> rowCells = cells(line);
                if (header(rowCells) != null || Metadata.isFieldLabel(rowCells.get(0))) {
                    break; // another table, or the page's fields under the plan (索引号: | … | 成文日期: | …)
                }
                String group = groupRow(rowCells, columns, lines, i + 1);
                if (group != null) {
                    category = group; // 一、 | 通用考核项目 | 40 over rows numbered 1, 2 …: the rows' category
                    last = i;
                    i++;
                    continue;
                }
                rows.add(rowCells);
                categories.add(category);
                last = i;
                i++;
                continue;
            }
            int wrapped = rows.isEmpty() ? 0 : wrappedCell(rows.get(rows.size() - 1), columns, lines, i);
            if (wrapped > 0) {
                // the row's last cell printed over lines (1、… / 2、… / 3、…⇥公共服务集团): one cell, the row goes on
                List<String> previous = new ArrayList<>(rows.get(rows.size() - 1));
                List<String> rest = cells(lines.get(i + wrapped - 1));
                // the lines go on with the row's last cell, or they are a cell of their own after it
                boolean own = previous.size() + rest.size() == columns.size();
                StringBuilder cell = new StringBuilder(own ? lines.get(i) : previous.remove(previous.size() - 1));
                for (int k = own ? i + 1 : i; k < i + wrapped - 1; k++) {
                    cell.append('\n').append(lines.get(k));
                }
                cell.append('\n').append(rest.get(0));
                previous.add(cell.toString());
                previous.addAll(rest.subList(1, rest.size()));
                rows.set(rows.size() - 1, previous);
                last = i + wrapped - 1;
                i += wrapped;
                continue;
            }
            int filled = rows.isEmpty() ? 0 : missingCells(rows.get(rows.size() - 1), columns, lines, i);
            if (filled > 0) {
                // the last row's unit cells wrapped onto lines of their own (区财政局 | 区税务局 | 区政府有关部门,…)
                List<String> previous = new ArrayList<>(rows.get(rows.size() - 1));
                int missing = columns.size() - previous.size();
                int joined = filled - missing; // lines before the last cells go on in the last cell printed
                for (int k = 0; k < filled; k++) {
                    String cell = wrappedUnits(lines.get(i + k), i + k == lines.size() - 1);
                    if (k < joined) {
                        String before = previous.get(previous.size() - 1);
                        previous.set(previous.size() - 1, before + (before.endsWith("、") || before.endsWith(",") ? "" : ",") + cell);
                    } else {
                        previous.add(cell);
                    }
                }
                rows.set(rows.size() - 1, previous);
                last = i + filled - 1;
                i += filled;
                continue;
            }
            // a row of one cell (a category spanning the table) or a wrapped cell: the table goes on when a row follows
            int next = -1;
            for (int j = i + 1; j < lines.size() && j <= i + 2; j++) {
                if (Paragraphs.isTableRow(lines.get(j))) {
                    next = j;
                    break;
                }
            }
            boolean isCategory = CATEGORY_ROW.matcher(line).matches();
            if (next > 0 && header(cells(lines.get(next))) == null && (isCategory || Numbering.match(line) == null)) {
                if (isCategory) {
                    category = line;
                }
                if (!isCategory && !rows.isEmpty() && line.length() > 30) {
                    List<String> previous = new ArrayList<>(rows.get(rows.size() - 1));
                    int t = titleIndex(columns);
                    if (t >= 0 && t < previous.size()) {
                        previous.set(t, previous.get(t) + line);
                        rows.set(rows.size() - 1, previous);
                    }
                }
                i = next;
                continue;
            }
            break;
        }
        if (!rows.isEmpty() && lines.subList(last + 1, lines.size()).stream().allMatch(String::isBlank)) {
            rows.set(rows.size() - 1, wholeUnitsAtCut(rows.get(rows.size() - 1)));
        }
        return build(at, last, caption(lines, at), columns, rows, categories, true);
    }

    /**
     * The last row of a text that a page's end cut in the middle of a unit's name (…、区统计局、区): its last cell up
     * to its last whole name, when that makes it a list of units; the row as it is otherwise.
     */
    private static List<String> wholeUnitsAtCut(List<String> row) {
        String cell = row.get(row.size() - 1).strip();
        int cut = Math.max(cell.lastIndexOf('、'), cell.lastIndexOf(','));
        if (cut <= 0 || isUnitList(cell) || !isUnitList(cell.substring(0, cut))) {
            return row;
        }
        List<String> out = new ArrayList<>(row);
        out.set(out.size() - 1, cell.substring(0, cut));
        return out;
    }

    /** How many lines a tab-separated row's cell may wrap onto before the row goes on. */
    private static final int WRAPPED_CELL_LINES = 4;

    /**
     * How many lines from {@code at} (the last a row) hold a cell of {@code row} printed over lines: the row lacks
     * cells, the lines before the next row have no tab, and that row's cells complete it (its first the end of the
     * wrapped cell, which is the row's last one or one after it); 0 otherwise.
     */
    private static int wrappedCell(List<String> row, List<Column> columns, List<String> lines, int at) {
        if (row.size() >= columns.size() || row.size() < 2) {
            return 0;
        }
        for (int j = at + 1; j < lines.size() && j <= at + WRAPPED_CELL_LINES; j++) {
            if (Paragraphs.isTableRow(lines.get(j))) {
                List<String> next = cells(lines.get(j));
                int cells = row.size() + next.size();
                return (cells - 1 == columns.size() || cells == columns.size()) && header(next) == null ? j - at + 1 : 0;
            }
        }
        return 0;
    }

    /** How many lines a tab-separated row's unit cells may wrap onto. */
    private static final int WRAPPED_UNIT_LINES = 3;

    /**
     * How many lines from {@code at} are the unit cells of {@code row} wrapped onto lines of their own: the row lacks
     * cells and its last cell is a unit list (its lead), and the lines, up to the next row or the text's end, are unit
     * lists too; 0 when they are not.
     */
    private static int missingCells(List<String> row, List<Column> columns, List<String> lines, int at) {
        if (row.size() >= columns.size() || row.size() < 2 || !hasUnitColumn(columns)) {
            return 0;
        }
        Column lastPrinted = columns.get(row.size() - 1);
        if (lastPrinted == null || lastPrinted.role() != Role.LEAD && lastPrinted.role() != Role.RESPONSIBLE
                || !isUnitList(row.get(row.size() - 1).strip())) {
            return 0;
        }
        int n = 0;
        while (at + n < lines.size() && n <= WRAPPED_UNIT_LINES) {
            String line = lines.get(at + n).strip();
            if (Paragraphs.isTableRow(lines.get(at + n))) {
                break;
            }
            if (line.isEmpty() || Numbering.match(line) != null || CATEGORY_ROW.matcher(line).matches()
                    || !isUnitList(wrappedUnits(line, at + n == lines.size() - 1))) {
                return 0;
            }
            n++;
        }
        return n > WRAPPED_UNIT_LINES || n < columns.size() - row.size() ? 0 : n;
    }

    private static final Pattern TRAILING_STOP = Pattern.compile("[。;]$");

    /** A wrapped unit cell without its full stop; on the text's last line, without a last unit the text cut (…,谯城经开). */
    private static String wrappedUnits(String line, boolean last) {
        String units = TRAILING_STOP.matcher(line.strip()).replaceFirst("");
        if (last && units.lastIndexOf(',') > 0 && !isUnitList(units)) {
            units = units.substring(0, units.lastIndexOf(','));
        }
        return units;
    }

    /** A table printed one cell per line: a run of header cells, then rows that each start with their 序号. */
    private static Table cellPerLine(List<String> lines, int at) {
        if (column(lines.get(at)) == null || Paragraphs.isTableRow(lines.get(at))) {
            return null;
        }
        int end = at;
        List<String> headerCells = new ArrayList<>();
        while (end < lines.size() && headerCellLength(lines.get(end)) <= 12) {
            String cell = lines.get(end);
            String next = end + 1 < lines.size() ? lines.get(end + 1) : null;
            Column own = column(cell);
            boolean headerish = HEADERISH.matcher(cell).find();
            // each column's name asked once: the cell's, and the cell's with the next line's (a name wrapped over two)
            Column joined = next != null && cell.length() <= 6 ? column(cell + next) : null;
            if (next != null && cell.length() <= 6 && next.length() <= 8
                    && (cell.endsWith("及") || cell.endsWith("和") || cell.endsWith("与")
                    || joined != null && (!headerCells.isEmpty() && column(next) == null || own == null && !headerish))) {
                headerCells.add(cell + next); // a header cell wrapped over two lines (牵头 / 责任单位, 完成 / 状况)
                end += 2;
                continue;
            }
            if (own != null || headerish && !cell.contains("。")
                    || !headerCells.isEmpty() && BARE_YEAR.matcher(cell).matches()) {
                headerCells.add(cell);
                end++;
            } else if (!headerCells.isEmpty() && joined != null && cell.length() <= 4) {
                headerCells.add(cell + next); // a header cell wrapped over two lines, the second long (责任 / 科室…)
                end += 2;
            } else {
                break;
            }
        }
        headerCells = yearsUnderGroup(headerCells);
        List<Column> columns = headerCells.size() >= 3 ? header(headerCells) : null;
        int numberColumn = columns == null ? -1 : numberColumn(columns);
        if (numberColumn < 0) {
            return columns == null ? null : numberedInTitleCells(lines, at, end, columns);
        }
        // in cell-per-line rows the number comes first whatever its column
        List<Column> ordered = new ArrayList<>(columns);
        ordered.add(0, ordered.remove(numberColumn));
        if (numberColumn > 0) {
            // a category printed before the 序号 (header() makes a title column there one: 考核内容 | 考核指标 | 序号 |
            // 考核要点) comes before the row's number too: no cell after it is one, from the first row read
            for (int c = numberColumn; c >= 1; c--) {
                if (ordered.get(c) != null && ordered.get(c).role() == Role.CATEGORY) {
                    ordered.remove(c);
                }
            }
        }
        boolean scored = columns.stream().anyMatch(c -> c != null && c.role() == Role.SCORE);
        boolean unitless = !hasUnitColumn(columns);
        boolean dated = ordered.stream().anyMatch(c -> c != null && c.role() == Role.DEADLINE);
        boolean categoryFirst = false; // a grouping column printed before the 序号: its cells come before a row's number
        for (int c = 0; c < numberColumn; c++) {
            categoryFirst |= columns.get(c) != null && columns.get(c).role() == Role.CATEGORY;
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        Set<Integer> itemRows = new HashSet<>(); // rows read by numberedSubRow
        // a group column right after the 序号 (序号 | 类别 | 主要项目 …) whose cells carry their weight on a line of their
        // own: printed in a group's first row only, given to the rows beneath it
        boolean spannedCategory = ordered.size() > 2 && ordered.get(1) != null && ordered.get(1).role() == Role.CATEGORY;
        String weighted = null;
        String category = null;
        String currentCategory = null;
        boolean afterCategory = false;
        int expected = 1;
        int i = end;
        int last = end - 1;
        List<String> current = null;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (!rows.isEmpty() || current != null) {
                int repeated = repeatedHeader(lines, i, lines.subList(at, end));
                if (repeated > 0) {
                    // the header printed again where a page breaks: the row above ends, the rows go on under it
                    if (current != null) {
                        rows.add(current);
                        categories.add(currentCategory);
                        current = null;
                    }
                    last = i + repeated - 1;
                    i += repeated;
                    continue;
                }
            }
            if ((!rows.isEmpty() || current != null) && i + 1 < lines.size() && CATEGORY_ROW.matcher(line).matches()) {
                int again = repeatedHeader(lines, i + 1, lines.subList(at, end));
                Matcher first = again > 0 && i + 1 + again < lines.size() ? ROW_NUMBER.matcher(lines.get(i + 1 + again)) : null;
                if (first != null && first.matches()) {
                    // 二、常务副区长…牵头重点工作 over the header printed again: a group of rows numbered anew
                    if (current != null) {
                        rows.add(current);
                        categories.add(currentCategory);
                        current = null;
                    }
                    category = line;
                    afterCategory = true;
                    expected = Integer.parseInt(first.group(1));
                    last = i + again;
                    i += 1 + again;
                    continue;
                }
            }
            if (current == null && rows.isEmpty() && TOTAL_ROW.matcher(line).matches()) {
                // the sum row printed under the header (总分 / 100): no row, and its value is no row number
                i += i + 1 < lines.size() && SCORE.matcher(lines.get(i + 1)).matches() ? 2 : 1;
                last = i - 1;
                continue;
            }
            var m = ROW_NUMBER.matcher(line);
            boolean numbered = m.matches();
            boolean titleFollows = numbered && titleFollows(lines, i, unitless); // read only for a numbered line
            if (numbered && current == null && rows.isEmpty() && titleFollows) {
                expected = Integer.parseInt(m.group(1)); // a part of a longer table: its rows start where they start
            }
            if (numbered && afterCategory && titleFollows && Integer.parseInt(m.group(1)) > expected
                    && !nextRowStartsWithin(lines, i + 1, expected, ordered.size() + ROW_SPAN)) {
                expected = Integer.parseInt(m.group(1)); // the rows of other categories left out (3, then 68)
            }
            if (numbered && afterCategory && titleFollows && Integer.parseInt(m.group(1)) == 1 && expected > 1
                    && !nextRowStartsWithin(lines, i + 1, expected, ordered.size() + ROW_SPAN)) {
                expected = 1; // the numbering restarts under the category
            }
            afterCategory = false;
            // a score printed right after the title (各项分值) is the row's cell, not the next row's number
            boolean scoreCell = current != null && current.size() < ordered.size() && ordered.get(current.size()) != null
                    && ordered.get(current.size()).role() == Role.SCORE;
            if (numbered && !scoreCell && current != null && current.size() >= ordered.size() && titleFollows
                    && Integer.parseInt(m.group(1)) > expected
                    && !nextRowStartsWithin(lines, i + 1, expected, ordered.size() + ROW_SPAN)) {
                // rows picked from a longer list (6, then 52, 53 …: a bureau's share of a plan's tasks): the
                // numbering goes on from the row printed, the row above complete
                expected = Integer.parseInt(m.group(1));
            }
            if (numbered && !scoreCell && Integer.parseInt(m.group(1)) == expected && (current == null || titleFollows)) {
                if (current != null) {
                    rows.add(current);
                    categories.add(currentCategory);
                }
                currentCategory = category;
                current = new ArrayList<>();
                current.add(line);
                expected++;
                last = i;
                i++;
                if (spannedCategory && !categoryFirst && i + 1 < lines.size()) {
                    if (WEIGHT_LINE.matcher(lines.get(i + 1).strip()).matches()) {
                        // 组织管理 / (10分): the group's cell, merged down over its rows, with its weight
                        weighted = lines.get(i).strip() + lines.get(i + 1).strip();
                        current.add(weighted);
                        last = i + 1;
                        i += 2;
                        if (i < lines.size() && PLACEHOLDER.matcher(lines.get(i).strip()).matches()) {
                            // 区级行业督查 / (5分) / '/': the item left blank, the group is all the row assesses
                            current.add(lines.get(i - 2).strip());
                            last = i;
                            i++;
                        }
                    } else if (weighted != null) {
                        current.add(weighted); // a later row of the group: its merged cell is not printed again
                    }
                }
                continue;
            }
            if (CATEGORY_ROW.matcher(line).matches() && (current == null || current.size() >= columns.size())
                    && rowAfterCategories(lines, i, expected, scored)) {
                category = line; // a category spanning the table (一、主要预期目标), over the rows that follow
                afterCategory = true;
                if (current != null) {
                    rows.add(current); // no cell after a row spanning the table belongs to the row above it
                    categories.add(currentCategory);
                    current = null;
                }
                last = i;
                i++;
                continue;
            }
            int spanned = CATEGORY_ROW.matcher(line).matches() && (current == null || current.size() >= columns.size())
                    ? rowAfterSpanningCategory(lines, i, expected, scored, unitless) : -1;
            if (spanned > 0) {
                // a category whose heading and score stand on lines of their own (二、 / 对标…任务 / 2), before a row
                StringBuilder heading = new StringBuilder();
                for (int j = i; j < spanned; j++) {
                    if (!SCORE.matcher(lines.get(j)).matches()) {
                        heading.append(lines.get(j));
                    }
                }
                category = heading.toString();
                afterCategory = true;
                if (current != null) {
                    rows.add(current);
                    categories.add(currentCategory);
                    current = null;
                }
                last = spanned - 1;
                i = spanned;
                continue;
            }
            int owned = CATEGORY_ROW.matcher(line).matches() && current != null && current.size() >= columns.size()
                    && !nextRowStartsWithin(lines, i, expected, ordered.size() + ROW_SPAN) ? ownCellsEnd(lines, i, ordered) : -1;
            if (owned > 0) {
                // a category after the last row with cells of its own, a unit among them (五、加强宣传… / 7 / 1.… /
                // 县河长办): a row numbered by the category; one of bonus and deduction rules (六、奖扣分项目) is none
                rows.add(current);
                categories.add(currentCategory);
                current = null;
                Matcher head = CATEGORY_HEAD.matcher(line);
                String stated = head.matches() ? Kinds.statedBy(head.group(2)) : Kinds.SAFEGUARD;
                if (!Kinds.SAFEGUARD.equals(stated) && !Kinds.GOAL.equals(stated)) {
                    current = new ArrayList<>(List.of(head.group(1), head.group(2)));
                    current.addAll(lines.subList(i + 1, owned));
                    currentCategory = null;
                }
                last = owned - 1;
                i = owned;
                continue;
            }
            if (current == null && !rows.isEmpty()) {
                // between a category and the next row: its own cells (a score, a text repeating a row's)
                if (!nextRowStartsWithin(lines, i, expected, ordered.size() + ROW_SPAN)) {
                    break;
                }
                i++;
                continue;
            }
            if (current == null) {
                if (i - end > 2 && !(rows.isEmpty() && TOTAL_ROW.matcher(lines.get(end)).matches() && i - end <= 5)) {
                    break;
                }
                i++;
                continue;
            }
            if (categoryFirst && current.size() >= 2 && noCellOfRow(line, current, ordered)
                    && categoryBeforeRow(lines, i, expected)) {
                // 行动三:… / 公共空间优化 / 9: a group's cells before the next row's number head that row's group
                category = line;
                last = i;
                i++;
                continue;
            }
            if (categoryFirst && current.size() >= 2 && NUMBERED_CATEGORY.matcher(line.strip()).matches()
                    && noCellOfRow(line, current, ordered) && categoryBeforeRow(lines, i, 1)) {
                // 2.分类运输与转运 / 1: a numbered group whose rows number from 1 again
                rows.add(current);
                categories.add(currentCategory);
                current = null;
                category = line;
                expected = 1;
                last = i;
                i++;
                continue;
            }
            if (current.size() >= ordered.size() && dated && BARE_YEAR.matcher(line.strip()).matches()
                    && i + 1 < lines.size() && !ROW_NUMBER.matcher(lines.get(i + 1)).matches()
                    && lines.get(i + 1).strip().length() <= 20 && !isUnitList(lines.get(i + 1).strip())) {
                // 2019年 / 168个 after a full row: the row's figure for a later year (节点 | 指标数 printed again)
                current.add(line);
                current.add(lines.get(i + 1));
                last = i + 1;
                i += 2;
                continue;
            }
            SubRow item = current.size() >= ordered.size() ? numberedSubRow(lines, i, ordered, current) : null;
            if (item != null) {
                // 1 | 主要预期目标 | 1.地区生产总值… then 2.一般公共预算收入… with units of its own: a row of the same group
                rows.add(current);
                categories.add(currentCategory);
                itemRows.add(rows.size());
                current = item.cells();
                last = i + item.lines() - 1;
                i += item.lines();
                continue;
            }
            int group = current.size() >= ordered.size() ? subRowAt(lines, i, ordered) : 0;
            if (group > 0) {
                // the columns after a merged task cell printed again: one more sub-row of the row (subRows)
                current.addAll(lines.subList(i, i + group));
                last = i + group - 1;
                i += group;
                continue;
            }
            if (nextItemOfCell(current, line, ordered)) {
                // 1 / 1.强化… / 2.紧扣… / 区绿化市容局: the row's task cell lists its items, one a line, before its units
                int t = current.size() - 1;
                current.set(t, current.get(t) + "\n" + line);
                last = i;
                i++;
                continue;
            }
            if (progressItem(current, line, ordered)) {
                current.set(current.size() - 1, current.get(current.size() - 1) + line);
                last = i;
                i++;
                continue;
            }
            boolean lastRow = !nextRowStartsWithin(lines, i, expected, columns.size() + ROW_SPAN);
            if (lastRow && (current.size() >= columns.size() && !unitsGoOn(current, line, ordered)
                    || Numbering.match(line) != null && !CATEGORY_ROW.matcher(line).matches()
                    && !criterionInCell(current, line, ordered)
                    && !(current.size() == afterTaskCell(ordered) - 1 && listedInCell(lines, i))
                    || line.startsWith("附件") || column(line) != null)) {
                break;
            }
            current.add(line);
            last = i;
            i++;
        }
        if (current != null) {
            rows.add(current);
            categories.add(currentCategory);
        }
        if (rows.isEmpty()) {
            return null;
        }
        numberedByItems(rows, itemRows, ordered);
        // rows whose group was carried down, every row then as wide as the header: their cells in their columns
        boolean positional = spannedCategory && carriedGroups(rows, ordered)
                && rows.stream().allMatch(row -> row.size() == ordered.size());
        List<List<String>> split = new ArrayList<>();
        List<String> splitCategories = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (List<String> sub : subRows(rows.get(r), ordered)) {
                split.add(sub);
                splitCategories.add(categories.get(r));
            }
        }
        return build(at, last, caption(lines, at), ordered, split, splitCategories, positional);
    }

    /**
     * True when {@code line} is the next item of a task cell that numbers its items from 1 (1.强化… then 2.紧扣…), the
     * row still short of the cells after it: the cell goes on, no new row and no end of the table.
     */
    private static boolean nextItemOfCell(List<String> current, String line, List<Column> ordered) {
        int t = afterTaskCell(ordered) - 1;
        if (t < 1 || current.size() != t + 1 || current.size() >= ordered.size()) {
            return false;
        }
        Matcher here = CELL_ITEM.matcher(line.strip());
        if (!here.matches()) {
            return false;
        }
        String cell = current.get(t);
        int firstLine = cell.indexOf('\n');
        Matcher first = CELL_ITEM.matcher((firstLine < 0 ? cell : cell.substring(0, firstLine)).strip());
        if (!first.matches() || !first.group(1).equals("1")) {
            return false;
        }
        int lastLine = cell.lastIndexOf('\n');
        Matcher previous = CELL_ITEM.matcher(cell.substring(lastLine + 1).strip());
        return previous.matches() && Integer.parseInt(here.group(1)) == Integer.parseInt(previous.group(1)) + 1;
    }

    /** A group's weight printed on a line of its own under its name: (10分). */
    private static final Pattern WEIGHT_LINE = Pattern.compile("^\\(\\d{1,3}(?:\\.\\d)?分\\)$");

    /** An item of a cell's list, its number and its text (1.强化…, 2. 紧扣…). */
    private static final Pattern CELL_ITEM = Pattern.compile("^(\\d{1,3})[、.．]\\s*(?!\\d)(\\S.*)$");

    /** A group's heading numbered like a row's item (2.分类运输与转运): its rows number from 1 again. */
    private static final Pattern NUMBERED_CATEGORY = Pattern.compile("^\\d{1,2}[.、]\\p{IsHan}[^。]{1,30}$");

    /** True when the line fits none of the columns the row has not filled yet (a text where only units may stand). */
    private static boolean noCellOfRow(String line, List<String> current, List<Column> ordered) {
        for (int c = current.size(); c < ordered.size(); c++) {
            if (ordered.get(c) == null || fit(line.strip(), ordered.get(c)) > Double.NEGATIVE_INFINITY) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when line {@code i} is a short grouping cell (no unit list, no sentence) and the row numbered
     * {@code expected} starts on the next line or the one after it (two levels of groups: 行动三:… / 公共空间优化).
     */
    private static boolean categoryBeforeRow(List<String> lines, int i, int expected) {
        String line = lines.get(i).strip();
        if (line.length() > 40 || line.indexOf('。') >= 0 || isUnitList(line)) {
            return false;
        }
        for (int j = i + 1; j <= i + 2 && j < lines.size(); j++) {
            Matcher m = ROW_NUMBER.matcher(lines.get(j));
            if (m.matches()) {
                return Integer.parseInt(m.group(1)) == expected && titleFollows(lines, j);
            }
            String next = lines.get(j).strip();
            if (next.length() > 40 || next.indexOf('。') >= 0 || isUnitList(next)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A cell-per-line row whose task cell is merged over several sub-rows, each printing the columns after it again
     * (序号 | 工作事项 | 主要内容 | 牵头单位 | 配合单位, then 主要内容 | 牵头单位 | 配合单位 once more): one row a sub-row, each with
     * the row's number and task cell, which {@link #build} joins back into one task with the units of all. Where the
     * cells do not fall into whole sub-rows with a unit list (or a dash) in every unit column, the row as it is.
     */
    private static List<List<String>> subRows(List<String> cells, List<Column> ordered) {
        int k = afterTaskCell(ordered);
        int g = ordered.size() - k;
        if (k == 0 || g < 2 || !textColumn(ordered.get(k)) || cells.size() < ordered.size() + g
                || (cells.size() - k) % g != 0) {
            return List.of(cells);
        }
        boolean units = false;
        for (int from = k; from < cells.size(); from += g) {
            for (int c = 0; c < g; c++) {
                Column col = ordered.get(k + c);
                String cell = cells.get(from + c).strip();
                if (col == null || !isUnitRole(col.role())) {
                    if (textColumn(col) && isUnitList(cell) || c == 0 && PLACEHOLDER.matcher(cell).matches()) {
                        return List.of(cells); // units one a line (东孝街道 / 孝顺镇 / …), no sub-row's text
                    }
                    continue;
                }
                if (!unitsOrDash(cell)) {
                    return List.of(cells);
                }
                units = true;
            }
        }
        if (!units) {
            return List.of(cells);
        }
        List<List<String>> out = new ArrayList<>();
        for (int from = k; from < cells.size(); from += g) {
            List<String> sub = new ArrayList<>(cells.subList(0, k));
            sub.addAll(cells.subList(from, from + g));
            out.add(sub);
        }
        return out;
    }

    /**
     * The number of a row that prints none, after {@code before} rows: its place where the table numbers its rows (it
     * lost its number); in a table without a column of numbers (行业名称 | 时间安排 | 责任单位) "#" and its place, which
     * tells the rows apart and prints as no number (ParsedTask.printedNumber).
     */
    private static String placeNumber(boolean numbered, int before) {
        return numbered ? String.valueOf(before + 1) : "#" + (before + 1);
    }

    /** A row read from a group's next numbered item: its cells, and the lines it took. */
    private record SubRow(List<String> cells, int lines) {
    }

    /**
     * The group's next item when a row's task cell numbers its items (1.地区生产总值… then 2.一般公共预算收入…) and each
     * prints units of its own, its leader's cell missing where merged over rows: the new row with the group's cells
     * before the task cell, or null.
     */
    private static SubRow numberedSubRow(List<String> lines, int i, List<Column> ordered, List<String> current) {
        int t = afterTaskCell(ordered) - 1;
        if (t < 1 || current.size() <= t) {
            return null;
        }
        Matcher before = NUMBERED_TITLE.matcher(current.get(t).strip());
        Matcher here = NUMBERED_TITLE.matcher(lines.get(i).strip());
        if (!before.matches() || !here.matches() || Integer.parseInt(here.group(1)) != Integer.parseInt(before.group(1)) + 1) {
            return null;
        }
        List<String> cells = new ArrayList<>(current.subList(0, t));
        cells.add(lines.get(i));
        int j = i + 1;
        boolean units = false;
        for (int c = t + 1; c < ordered.size() && j < lines.size(); c++) {
            String line = lines.get(j).strip();
            if (ROW_NUMBER.matcher(line).matches() || NUMBERED_TITLE.matcher(line).matches()) {
                break;
            }
            Column col = ordered.get(c);
            boolean unitList = isUnitList(line);
            if (col != null && col.role() == Role.PERSON && unitList) {
                cells.add(""); // the leader's cell merged over the items: not printed again
                continue;
            }
            units |= unitList && col != null && isUnitRole(col.role());
            cells.add(lines.get(j));
            j++;
        }
        while (cells.size() < ordered.size()) {
            cells.add("");
        }
        return units ? new SubRow(cells, j - i) : null;
    }

    /**
     * The rows of a group whose task cells number their items (1. … 2. …, rows read by numberedSubRow after the first):
     * each numbered by its item, the item's number out of its title.
     */
    private static void numberedByItems(List<List<String>> rows, Set<Integer> itemRows, List<Column> ordered) {
        int t = afterTaskCell(ordered) - 1;
        for (int r = 0; r < rows.size() && t >= 1; r++) {
            boolean first = !itemRows.contains(r) && itemRows.contains(r + 1);
            if (!first && !itemRows.contains(r)) {
                continue;
            }
            List<String> row = rows.get(r);
            Matcher item = NUMBERED_TITLE.matcher(row.get(t).strip());
            if (item.matches()) {
                row.set(0, item.group(1));
                row.set(t, item.group(2));
            }
        }
    }

    /** True for a column of the task's own words (a second task column, a text), where a sub-row starts. */
    private static boolean textColumn(Column column) {
        return column != null && (column.role() == Role.TITLE || column.role() == Role.TEXT);
    }

    /** Where the columns after a row's number and its first task cell start; 0 when no task column follows the number. */
    private static int afterTaskCell(List<Column> ordered) {
        for (int c = 1; c < ordered.size(); c++) {
            if (ordered.get(c) != null && ordered.get(c).role() == Role.TITLE) {
                return c + 1;
            }
        }
        return 0;
    }

    /**
     * The number of lines from {@code i} that print the columns after a row's task cell once more (a text, then a unit
     * list or a dash in every unit column), with the next row's number or another such group right after them; 0
     * when they do not.
     */
    private static int subRowAt(List<String> lines, int i, List<Column> ordered) {
        int k = afterTaskCell(ordered);
        int g = ordered.size() - k;
        if (k == 0 || g < 2 || !textColumn(ordered.get(k)) || i + g > lines.size() || ROW_NUMBER.matcher(lines.get(i)).matches()
                || unitsOrDash(lines.get(i).strip())) {
            return 0;
        }
        boolean units = false;
        for (int c = 0; c < g; c++) {
            Column col = ordered.get(k + c);
            String cell = lines.get(i + c).strip();
            if (ROW_NUMBER.matcher(cell).matches() || column(cell) != null) {
                return 0;
            }
            if (col != null && isUnitRole(col.role())) {
                if (!unitsOrDash(cell)) {
                    return 0;
                }
                units = true;
            }
        }
        return units ? g : 0;
    }

    /** What a unit column's cell of a sub-row holds: a list of units, or a dash for none. */
    private static boolean unitsOrDash(String cell) {
        return PLACEHOLDER.matcher(cell).matches() || isUnitList(cell);
    }

    /** The number of lines from {@code i} that print {@code header} again, line for line; 0 when they do not. */
    private static int repeatedHeader(List<String> lines, int i, List<String> header) {
        return !header.isEmpty() && lines.get(i).equals(header.get(0)) && i + header.size() <= lines.size()
                && lines.subList(i, i + header.size()).equals(header) ? header.size() : 0;
    }

    /**
     * True when the line after {@code i} reads as a row's title: a title, or one that reads as a time (推进…常态化);
     * not a criterion numbered 1. (a score over its criteria: 10 / 1.经验被推广的,奖10分).
     */
    private static boolean titleFollows(List<String> lines, int i) {
        return titleFollows(lines, i, false);
    }

    /** As titleFollows; in a table without unit columns ({@code unitless}) a row may start with the body it assesses. */
    private static boolean titleFollows(List<String> lines, int i, boolean unitless) {
        if (i + 1 >= lines.size()) {
            return false;
        }
        String next = lines.get(i + 1).strip();
        if (fit(next, new Column(Role.TITLE, 1)) < 0
                && !(unitless && (assessedBody(next) || BODY_CATEGORY.matcher(next).find()))) {
            return false;
        }
        Numbering.Match item = Numbering.match(next);
        return item == null || item.style() != Numbering.ITEM || listedInCell(lines, i + 1);
    }

    /** True when the lines from {@code at} number a cell's items 1., 2. (a task cell listing its items a line each). */
    private static boolean listedInCell(List<String> lines, int at) {
        if (at + 1 >= lines.size()) {
            return false;
        }
        Matcher first = CELL_ITEM.matcher(lines.get(at).strip());
        Matcher second = CELL_ITEM.matcher(lines.get(at + 1).strip());
        return first.matches() && first.group(1).equals("1") && second.matches() && second.group(1).equals("2");
    }

    /** True when, after category lines from {@code from} on, a row numbered {@code expected} or later starts. */
    private static boolean rowAfterCategories(List<String> lines, int from, int expected, boolean scored) {
        for (int j = from; j < lines.size() && j < from + 12; j++) {
            String line = lines.get(j);
            if (CATEGORY_ROW.matcher(line).matches()) {
                continue;
            }
            if (scored && j > from && CATEGORY_ROW.matcher(lines.get(j - 1)).matches() && SCORE.matcher(line).matches()) {
                return false; // the category's own score (二、… / 6): a row may start after it (rowAfterSpanningCategory)
            }
            Matcher m = ROW_NUMBER.matcher(line);
            return m.matches() && Integer.parseInt(m.group(1)) >= expected && titleFollows(lines, j);
        }
        return false;
    }

    /**
     * Where a row numbered {@code expected} or later starts after a category row at {@code from} whose heading and
     * score follow it on short lines of their own (二、 / 对标中央…落实湖长制重点任务 / 2), or -1. In a table with a score
     * column ({@code scored}) the number right after the category is its score.
     */
    private static int rowAfterSpanningCategory(List<String> lines, int from, int expected, boolean scored,
                                                boolean unitless) {
        for (int j = from + 1; j < lines.size() && j <= from + 4; j++) {
            String line = lines.get(j);
            Matcher m = ROW_NUMBER.matcher(line);
            boolean ownScore = scored && j == from + 1; // in a table with a score column, the category's score
            int n = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            // a row numbered on, or 1 where the numbering restarts under the category
            if (n > 0 && !ownScore && (n >= expected || n == 1) && titleFollows(lines, j, unitless)) {
                return j;
            }
            if (!SCORE.matcher(line).matches() && (line.length() > 40 || line.indexOf('。') >= 0)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The end (exclusive) of the cells a category row at {@code from} holds itself when they close with a unit list
     * (its score, criteria and responsible unit), before another category, a part or an annex; else -1.
     */
    private static int ownCellsEnd(List<String> lines, int from, List<Column> columns) {
        if (!CATEGORY_HEAD.matcher(lines.get(from)).matches() || !hasUnitColumn(columns)) {
            return -1;
        }
        int end = -1;
        for (int j = from + 1; j < lines.size() && j <= from + columns.size() + ROW_SPAN; j++) {
            String line = lines.get(j);
            if (CATEGORY_ROW.matcher(line).matches() || line.startsWith("附件") || line.length() > 80) {
                break;
            }
            if (line.length() <= 40 && isUnitList(line)) {
                end = j + 1;
            } else if (end > 0) {
                break;
            }
        }
        return end;
    }

    private static boolean nextRowStartsWithin(List<String> lines, int from, int expected, int window) {
        for (int j = from; j < lines.size() && j < from + window; j++) {
            var m = ROW_NUMBER.matcher(lines.get(j));
            if (m.matches() && Integer.parseInt(m.group(1)) == expected) {
                return true;
            }
        }
        return false;
    }

    private static String caption(List<String> lines, int at) {
        for (int j = at - 1; j >= 0 && j >= at - 3; j--) {
            String line = lines.get(j);
            if (CAPTION.matcher(line).matches() && !Paragraphs.isTableRow(line)) {
                return line;
            }
        }
        return null;
    }

    /**
     * The title column of the same rank right after {@code heading} when the heading's cells are merged over rows
     * (项目名称 printed in two rows of ten, every row one cell short but those): the column whose cells name each row
     * where both are printed; -1 otherwise.
     */
    private static int mergedTitle(List<List<String>> raw, List<Column> columns, int heading) {
        if (heading < 0 || raw.size() < MERGED_ROWS || heading + 1 >= columns.size()) {
            return -1;
        }
        Column next = columns.get(heading + 1);
        if (next == null || next.role() != Role.TITLE || next.rank() != columns.get(heading).rank()) {
            return -1;
        }
        int whole = 0;
        int short1 = 0;
        for (List<String> cells : raw) {
            whole += cells.size() == columns.size() ? 1 : 0;
            short1 += cells.size() == columns.size() - 1 ? 1 : 0;
        }
        // the last row may be cut by the page's end
        int last = raw.get(raw.size() - 1).size();
        int counted = whole + short1 + (last < columns.size() - 1 ? 1 : 0);
        return whole > 0 && whole * 2 <= raw.size() && counted == raw.size() ? heading + 1 : -1;
    }

    /**
     * Whether the {@code heading} title column is merged over rows that print numbers of their own: a numbered row
     * one cell short (the merged cell printed once) under a row that printed both title cells, at least twice. The
     * short row's measure stands beside the heading's empty cell or, placed from the left, in it.
     */
    private static boolean mergedOverNumbered(List<String[]> placed, List<Column> columns, int heading) {
        int number = numberColumn(columns);
        if (heading < 0 || number < 0) {
            return false;
        }
        int under = 0;
        String group = null;
        String lastNumber = null;
        for (String[] cells : placed) {
            String no = number < cells.length && cells[number] != null ? cells[number].strip() : "";
            String own = heading < cells.length && cells[heading] != null ? cells[heading].strip() : "";
            boolean other = otherTitle(cells, columns, heading);
            if (no.isEmpty() || own.isEmpty() && !other) {
                continue;
            }
            if (group != null && !no.equals(lastNumber) && own.isEmpty() != !other) {
                under++; // the row one cell short: the measure beside the merged cell, or in its place
            } else if (!own.isEmpty() && other) {
                group = own;
            }
            lastNumber = no;
        }
        return under >= 2;
    }

    /** Whether a row prints a title cell other than the {@code heading} column's. */
    private static boolean otherTitle(String[] cells, List<Column> columns, int heading) {
        for (int c = 0; c < columns.size() && c < cells.length; c++) {
            Column col = columns.get(c);
            if (c != heading && col != null && col.role() == Role.TITLE && cells[c] != null && !cells[c].isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The fewest rows in which a title column's merged cells can be told from cells left empty. */
    private static final int MERGED_ROWS = 4;

    private static int titleIndex(List<Column> columns) {
        int best = -1;
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            if (col != null && col.role() == Role.TITLE && (best < 0 || col.rank() < columns.get(best).rank())) {
                best = c;
            }
        }
        return best;
    }

    private static Table build(int first, int last, String caption, List<Column> columns, List<List<String>> raw,
                               List<String> categories, boolean exact) {
        int titleAt = titleIndex(columns);
        if (exact && numberColumn(columns) < 0 && (titleAt == 0 || titleAt == 1 && columns.get(0) != null
                && columns.get(0).role() == Role.CATEGORY)) {
            categories = new ArrayList<>(categories);
            raw = numberedInTitle(raw, columns.size(), titleAt, categories);
        }
        List<Row> rows = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String[]> placed = new ArrayList<>();
        for (List<String> cells : raw) {
            String[] assigned = exact && cells.size() == columns.size() ? cells.toArray(new String[0]) : null;
            if (assigned != null && numberColumn(columns) < 0) {
                assigned = paddedRight(cells, columns, assigned);
            }
            if (assigned == null && exact && cells.size() < columns.size()) {
                assigned = rightAligned(cells, columns);
            }
            placed.add(assigned != null ? assigned : align(cells, columns));
        }
        boolean hasLead = columns.stream().anyMatch(c -> c != null && c.role() == Role.LEAD);
        boolean unitless = !hasUnitColumn(columns);
        boolean explained = columns.stream().anyMatch(c -> c != null && c.role() == Role.TEXT && c.rank() == EXPLANATION_RANK);
        int numberedTitle = numberColumn(columns) < 0 ? numberedTitle(placed, columns) : -1;
        int heading = numberedTitle >= 0 ? numberedTitle : titleIndex(columns);
        // 项目名称 printed once over the rows it groups: in the rows that print it, the rows' own names title them
        int merged = numberedTitle >= 0 ? -1 : mergedTitle(raw, columns, heading);
        Integer columnYear = columns.stream().filter(c -> c != null && c.year() != null).map(Column::year).findFirst()
                .orElse(null);
        boolean twoTitles = columns.stream().filter(c -> c != null && c.role() == Role.TITLE).count() >= 2;
        // 序号 | 事项 | 工作措施: rows numbered one by one under a 事项 cell merged over several of them are tasks of
        // their own, so the merged cell is their group and the measure beside it each row's title
        boolean groupHeading = twoTitles && numberColumn(columns) >= 0 && numberedTitle < 0
                && mergedOverNumbered(placed, columns, heading);
        String lastHeading = null;
        Row previous = null;
        boolean previousNumbered = false;
        boolean numbered = numberColumn(columns) >= 0;
        for (int r = 0; r < raw.size(); r++) {
            List<String> cells = raw.get(r);
            String kind = kindUnder(categories.get(r));
            String[] assigned = placed.get(r);
            List<String> bodies = unitless && !explained ? assessedBodies(assigned, columns, heading) : List.of();
            boolean inherited = false;
            if (twoTitles && heading < assigned.length) {
                // 重点任务 over 具体措施: a heading cell merged down over several rows is printed once, in the first
                String own = assigned[heading] == null ? "" : assigned[heading].strip();
                if (own.isEmpty() && lastHeading != null) {
                    assigned[heading] = lastHeading;
                    inherited = true;
                } else if (!own.isEmpty()) {
                    lastHeading = own;
                }
            }
            boolean ownMeasure = groupHeading && !otherTitle(assigned, columns, heading);
            String number = null;
            String title = null;
            String titleCell = null; // the cell the title is read from, its lines kept
            int titleRank = Integer.MAX_VALUE;
            List<String> leads = new ArrayList<>();
            List<String> co = new ArrayList<>();
            List<String> responsible = new ArrayList<>(bodies);
            String deadline = null;
            StringBuilder text = new StringBuilder();
            List<String> valueCells = new ArrayList<>();
            List<Integer> valueYears = new ArrayList<>();
            List<String> valuePrinted = new ArrayList<>();
            for (int c = 0; c < columns.size() && c < assigned.length; c++) {
                Column col = columns.get(c);
                String cell = assigned[c] == null ? "" : assigned[c].strip();
                if (col == null || cell.isEmpty() || PLACEHOLDER.matcher(cell).matches()) {
                    continue;
                }
                switch (col.role()) {
                    case NUMBER -> {
                        if (cell.length() <= SHORT_NUMBER) {
                            number = NUMBER_MARK.matcher(cell).replaceAll(""); // longer: a group heading merged in
                        }
                    }
                    case TITLE -> {
                        if (groupHeading ? (c != heading || ownMeasure) && col.rank() < titleRank
                                : merged >= 0 && cells.size() == columns.size() ? c == merged
                                : numberedTitle >= 0 ? c == numberedTitle : col.rank() < titleRank) {
                            title = cell.indexOf('\n') < 0 ? cell : wrappedTitle(cell);
                            titleCell = cell;
                            titleRank = col.rank();
                        }
                        text.append(cell).append('\n');
                    }
                    case LEAD, CO, RESPONSIBLE -> units(cell, col.role(), leads, co, responsible);
                    case DEADLINE -> deadline = cell;
                    case TEXT -> {
                        text.append(cell).append('\n');
                        if (col.year() != null || col.rank() == TARGET_RANK) {
                            // a target column (2025年, 年度目标): its bare values are the row's targets (控制在 /
                            // 10410人内: a value wrapped over lines is one)
                            valueCells.add(cell.indexOf('\n') >= 0 ? cell.replace("\n", "") : cell);
                            valueYears.add(col.year());
                            valuePrinted.add(cell);
                        }
                    }
                    default -> {
                    }
                }
            }
            if (title != null && (TOTAL_ROW.matcher(title).matches()
                    || number == null && ROW_NUMBER.matcher(title).matches())) {
                continue; // a sum row, or a numbered row left empty (1. 2. … to be filled in)
            }
            if (title != null && number != null && titleCell != null && titleCell.indexOf('\n') > 0) {
                // a task cell listing its items (1.强化… / 2.紧扣…) under the row's own number: titled by its first
                // item, without the item's number
                Matcher item = CELL_ITEM.matcher(title);
                if (item.matches() && item.group(1).equals("1")) {
                    title = item.group(2).strip();
                }
            }
            if (title != null && number == null) {
                // the row number printed inside the indicator cell ("1.学位供给")
                Matcher inCell = NUMBER_IN_CELL.matcher(title);
                if (inCell.find() && inCell.end() < title.length()) {
                    number = inCell.group(1);
                    title = title.substring(inCell.end());
                }
            }
            if (title == null) {
                if (previous != null && number == null) {
                    previous = merge(previous, leads, co, responsible);
                    rows.set(rows.size() - 1, previous);
                }
                continue;
            }
            boolean byConvention = false;
            if (leads.isEmpty() && !responsible.isEmpty() && !hasLead) {
                leads.add(responsible.remove(0));
                byConvention = true;
            }
            for (String u : responsible) {
                if (!leads.contains(u) && !co.contains(u)) {
                    co.add(u);
                }
            }
            co.removeAll(leads);
            boolean numberPrinted = number != null;
            if (number == null && !(inherited && numbered)) {
                number = placeNumber(numbered, rows.size());
            }
            String indicator = TRAILING_STOPS.matcher(title).replaceAll("");
            if (indicator.length() > 1 && indicator.charAt(0) == '*') {
                indicator = indicator.substring(1).strip(); // 打*的为具体项目: the table's mark, not the row's words
            }
            List<Targets.Found> stated = new ArrayList<>();
            for (int v = 0; v < valueCells.size(); v++) {
                // a bare value in a target column ("≥98%") is a target of the row's indicator, for its column's year
                Targets.Found f = TargetTables.value(title, indicator, valueCells.get(v), null, valueYears.get(v));
                if (f != null) {
                    stated.add(f);
                    // read as the row's value: not again from the row's text (提高2个 / 百分点 is no target of its own)
                    int at = text.indexOf(valuePrinted.get(v) + "\n");
                    if (at >= 0 && valuePrinted.get(v).indexOf('\n') >= 0) {
                        text.delete(at, at + valuePrinted.get(v).length() + 1);
                    }
                }
            }
            if (number == null && inherited && numbered && previousNumbered && previous != null
                    && previous.title().equals(indicator)) {
                // a row without a number under a merged 序号 and 任务 cell goes on with the numbered row above it
                String more = text.toString().strip();
                more = more.startsWith(title) ? more.substring(title.length()).strip() : more;
                previous = merge(extended(previous, (previous.text() + "\n" + more).strip(), stated,
                        previous.deadline() != null ? previous.deadline() : deadline), leads, co, List.of());
                rows.set(rows.size() - 1, previous);
                continue;
            }
            if (number == null) {
                number = placeNumber(numbered, rows.size());
            }
            previousNumbered = numberPrinted;
            Row row = new Row(number, indicator, List.copyOf(leads), List.copyOf(co),
                    byConvention, deadline, text.toString().strip(), columnYear, List.copyOf(stated), kind,
                    categories.get(r));
            if (previous != null && previous.number().equals(row.number()) && previous.title().equals(row.title())) {
                // a task whose cells were merged down over several rows (one row per responsible unit, or one per
                // sub-measure under a merged task cell): its units, and the text and targets the row adds
                StringBuilder joined = new StringBuilder(previous.text());
                for (String line : row.text().split("\n")) {
                    if (!line.isBlank() && !previous.text().contains(line)) {
                        joined.append('\n').append(line);
                    }
                }
                previous = merge(extended(previous, joined.toString(), row.targets(), previous.deadline()),
                        row.leads(), row.co(), List.of());
                rows.set(rows.size() - 1, previous);
                continue;
            }
            rows.add(row);
            previous = row;
        }
        rows = ownedGoalRows(rows);
        if (rows.isEmpty()) {
            warnings.add("a task table (" + (caption == null ? "line " + (first + 1) : caption)
                    + ") has a header but no rows that could be read");
        }
        return new Table(first, last, caption, rows, warnings);
    }

    private static final Pattern NUMBERED_CELL = Pattern.compile("^\\d{1,3}[.、]");

    /**
     * The rows of a table of {@code m} columns without a 序号 column whose items are numbered in their cell
     * (1.学习型机关创建(20分)), the title column ({@code t}) first or after a category column (类别 | 民生事项名称 | …),
     * as a page flattens an assessment table with merged cells: a group cell printed before a row's item ((二)“五型”机关创建
     * (100分) | 1.责任型…) is the category of that row and the rows after it; a row with more cells than the header
     * (an unnamed column of dashes) keeps its item and its last cells, in the last columns; a row with fewer cells
     * (the cells merged down from the row above are printed once) has its item and its last cells in the last
     * columns, and the columns between take the row above's cells.
     */
    private static List<List<String>> numberedInTitle(List<List<String>> raw, int m, int t, List<String> categories) {
        List<List<String>> out = new ArrayList<>(raw.size());
        String category = null;
        String[] previous = null;
        for (int r = 0; r < raw.size(); r++) {
            List<String> cells = new ArrayList<>();
            raw.get(r).forEach(c -> cells.add(c.strip()));
            if (t == 0 && cells.size() >= 2 && CATEGORY_ROW.matcher(cells.get(0)).matches()
                    && NUMBERED_CELL.matcher(cells.get(1)).find()) {
                category = cells.remove(0);
            }
            if (category != null) {
                categories.set(r, category);
            }
            if (t > 0 && !cells.isEmpty() && NUMBERED_CELL.matcher(cells.get(0)).find()) {
                while (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1); // the merged category cell missing, an empty cell closing the row
                }
            }
            if (cells.isEmpty() || !NUMBERED_CELL.matcher(cells.get(0)).find() || cells.size() == m) {
                out.add(cells);
                previous = cells.size() == m ? cells.toArray(new String[0]) : null;
                continue;
            }
            String[] row = new String[m];
            row[t] = cells.get(0);
            int tail = Math.min(cells.size() - 1, m - 1 - t);
            for (int k = 0; k < tail; k++) {
                row[m - tail + k] = cells.get(cells.size() - tail + k);
            }
            for (int c = 0; c < m - tail; c++) {
                if (c != t) {
                    row[c] = previous == null ? "" : previous[c];
                }
            }
            out.add(java.util.Arrays.asList(row));
            previous = row;
        }
        return out;
    }

    /** How many lines more than its columns a row printed one cell per line may take (cells wrapped over lines). */
    private static final int ROW_SPAN = 16;

    /** The longest 序号 cell read as a number (1, 1.1, (一), 一-1); a longer one is a heading merged into it. */
    private static final int SHORT_NUMBER = 8;

    private static final Set<Role> UNIT_ROLES = Set.of(Role.LEAD, Role.CO, Role.RESPONSIBLE);

    /** Whether the last {@code count} cells of a row are each a list of units. */
    private static boolean unitsAtEnd(List<String> row, int count) {
        for (int c = row.size() - count; c < row.size(); c++) {
            if (c < 1 || !isUnitList(row.get(c).strip())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a row prints its deadline one cell before the table's deadline column {@code at} (-1: none). */
    private static boolean deadlineOneEarly(List<String> row, int at) {
        return at > 1 && at - 1 < row.size() && DEADLINE.matcher(row.get(at - 1).strip()).matches()
                && (at >= row.size() || !DEADLINE.matcher(row.get(at).strip()).matches());
    }

    /** The longest cell of a group column that carriedGroups gives to the rows beneath it. */
    private static final int GROUP_CELL = 16;

    /**
     * A group column right after the 序号 whose cell is printed in a group's first row only (序号 | 任务类型 | 改革任务 …:
     * a merged cell of a page's table, read a cell a line): a row printed one cell short takes the group of the full
     * row above it, so that its own cells stay in their columns. Only where rows of both widths are there, every
     * group printed is a short name, not a sentence, and the short row prints every unit column at its end (a row
     * whose last unit cell is empty is one cell short for that reason, its group printed), or prints its deadline a
     * cell before the deadline column (the cells before it are its own, less the group), and whose cell after its
     * title explains it. Whether a group was carried.
     */
    private static boolean carriedGroups(List<List<String>> rows, List<Column> columns) {
        int width = columns.size();
        int deadline = columnOf(columns, Role.DEADLINE); // after the 序号 and the group (column 1, a CATEGORY)
        int unitColumns = 0;
        while (unitColumns < width - 2 && columns.get(width - 1 - unitColumns) != null
                && UNIT_ROLES.contains(columns.get(width - 1 - unitColumns).role())) {
            unitColumns++;
        }
        if (unitColumns == 0) {
            return false;
        }
        boolean full = false;
        boolean shortRow = false;
        int longestTitle = 0; // the longest title a full row prints
        for (List<String> row : rows) {
            if (row.size() == width) {
                String group = row.get(1).strip();
                if (group.length() > GROUP_CELL || group.indexOf('。') >= 0 || group.indexOf(',') >= 0) {
                    return false;
                }
                full = true;
                longestTitle = Math.max(longestTitle, row.get(2).strip().length());
            }
            shortRow |= row.size() == width - 1;
        }
        if (!full || !shortRow) {
            return false;
        }
        boolean carried = false;
        String group = null;
        for (List<String> row : rows) {
            if (row.size() == width) {
                group = row.get(1);
            } else if (row.size() > width) {
                group = null; // a row of its own shape: no group known to carry past it
            } else if (group != null && row.size() >= 3 && explains(row.get(2), longestTitle)
                    && (row.size() == width - 1 && unitsAtEnd(row, unitColumns) || deadlineOneEarly(row, deadline))) {
                // the row's second cell explains (建立移交清单,完成现场盘点…): its first is its title, its group left out;
                // a short second cell may as well be the title of a row that prints its group and leaves a cell empty
                row.add(1, group);
                carried = true;
            }
        }
        return carried;
    }

    /** The longest stretch beyond the full rows' titles that still reads as a title. */
    private static final int TITLE_SLACK = 4;

    /** Whether a cell reads as a measure's explanation rather than a title: a sentence, or longer than any title. */
    private static boolean explains(String cell, int longestTitle) {
        String c = cell.strip();
        return c.indexOf(',') >= 0 || c.indexOf('。') >= 0 || c.indexOf(';') >= 0 || c.indexOf('、') >= 0
                || c.length() > longestTitle + TITLE_SLACK;
    }

    /**
     * A tab-separated row with fewer cells than the header whose leading cells were merged over the rows above it
     * (an HTML table flattened row by row drops a cell spanning rows): its cells in the last columns, when each fits
     * there; else null.
     */
    private static String[] rightAligned(List<String> cells, List<Column> columns) {
        int shift = columns.size() - cells.size();
        String[] out = new String[columns.size()];
        boolean title = false;
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c).strip();
            Column col = columns.get(shift + c);
            if (!cell.isEmpty() && fit(cell, col) == Double.NEGATIVE_INFINITY) {
                return null;
            }
            title |= !cell.isEmpty() && col != null && col.role() == Role.TITLE;
            out[shift + c] = cells.get(c);
        }
        return title ? out : null;
    }

    /**
     * In a table without a 序号 column, a row printed with as many cells as the header whose last ones are empty, when its cells fit the last columns
     * better: the cells merged down from the row above are left out and the row pads its end instead (2021.8 | 城投集团
     * | | under 项目名称 | 工作任务 | 完成时间 | 牵头单位: a deadline and a lead, not a project and a task); else the row
     * as printed.
     */
    private static String[] paddedRight(List<String> cells, List<Column> columns, String[] printed) {
        int kept = cells.size();
        while (kept > 0 && cells.get(kept - 1).isBlank()) {
            kept--;
        }
        if (kept == cells.size() || kept == 0) {
            return printed;
        }
        int shift = cells.size() - kept;
        String[] right = new String[columns.size()];
        double asPrinted = 0;
        double shifted = 0;
        for (int c = 0; c < kept; c++) {
            String cell = cells.get(c).strip();
            if (cell.isEmpty()) {
                continue;
            }
            asPrinted += fit(cell, columns.get(c));
            shifted += fit(cell, columns.get(shift + c));
            right[shift + c] = cells.get(c);
        }
        return shifted > asPrinted ? right : printed;
    }

    /**
     * In a table without a 序号 column, the title column whose cells print the rows' numbers (1.城市人居环境提升项目): every
     * cell it has numbered, two at least; it heads the rows whatever its rank (a task column beside it holds the
     * project's measures). -1 when there is none.
     */
    private static int numberedTitle(List<String[]> placed, List<Column> columns) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) == null || columns.get(c).role() != Role.TITLE) {
                continue;
            }
            int numbered = 0;
            boolean all = true;
            for (String[] row : placed) {
                String cell = c < row.length && row[c] != null ? row[c].strip() : "";
                if (cell.isEmpty()) {
                    continue;
                }
                if (NUMBERED_CELL.matcher(cell).find()) {
                    numbered++;
                } else {
                    all = false;
                    break;
                }
            }
            if (all && numbered >= 2) {
                return c;
            }
        }
        return -1;
    }

    /** The rows with those of each goals category whose rows are owned ({@link Kinds#ownedGoals}) as tasks. */
    private static List<Row> ownedGoalRows(List<Row> rows) {
        Map<String, long[]> byCategory = new HashMap<>(); // category: rows, rows naming a lead
        for (Row row : rows) {
            if (Kinds.GOAL.equals(row.kind())) {
                long[] counts = byCategory.computeIfAbsent(String.valueOf(row.category()), k -> new long[2]);
                counts[0]++;
                counts[1] += row.leads().isEmpty() ? 0 : 1;
            }
        }
        if (byCategory.isEmpty()) {
            return rows;
        }
        List<Row> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            long[] counts = Kinds.GOAL.equals(row.kind()) ? byCategory.get(String.valueOf(row.category())) : null;
            out.add(counts == null || !Kinds.ownedGoals(counts[1], counts[0]) ? row
                    : new Row(row.number(), row.title(), row.leads(), row.co(), row.leadByConvention(), row.deadline(),
                            row.text(), row.targetYear(), row.targets(), Kinds.TASK, row.category()));
        }
        return out;
    }

    /** The kind of the rows under a category row: goals under 主要预期目标, else tasks. */
    private static String kindUnder(String category) {
        String stated = category == null ? null : Kinds.statedBy(category);
        return Kinds.GOAL.equals(stated) ? Kinds.GOAL : Kinds.TASK;
    }

    /** The row with the text it now has, more targets and its deadline. */
    private static Row extended(Row row, String text, List<Targets.Found> more, String deadline) {
        List<Targets.Found> all = new ArrayList<>(row.targets());
        all.addAll(more);
        return new Row(row.number(), row.title(), row.leads(), row.co(), row.leadByConvention(), deadline, text,
                row.targetYear(), List.copyOf(all), row.kind(), row.category());
    }

    /** The marks a 责任单位 cell prints before its lead unit (▲发改局,各部门; ★区发改委、统计局). */
    private static final Pattern MARKED_LEAD = Pattern.compile("[▲★]\\s*([^,，、;；▲★\\s]+)");
    private static final Pattern STARRED_LEAD = Pattern.compile("(\\p{IsHan}[^,，、;；*\\s]*)\\*");

    private static Row merge(Row row, List<String> leads, List<String> co, List<String> responsible) {
        List<String> l = new ArrayList<>(row.leads());
        leads.stream().filter(u -> !l.contains(u)).forEach(l::add);
        List<String> c = new ArrayList<>(row.co());
        c.removeAll(l); // a unit that leads any of the rows joined is a lead only
        co.stream().filter(u -> !c.contains(u) && !l.contains(u)).forEach(c::add);
        responsible.stream().filter(u -> !c.contains(u) && !l.contains(u)).forEach(c::add);
        return new Row(row.number(), row.title(), List.copyOf(l), List.copyOf(c), row.leadByConvention(),
                row.deadline(), row.text(), row.targetYear(), row.targets(), row.kind(), row.category());
    }

    private static void units(String cell, Role role, List<String> leads, List<String> co, List<String> responsible) {
        if (role == Role.RESPONSIBLE && (cell.indexOf('▲') >= 0 || cell.indexOf('★') >= 0)) {
            // ▲发改局,各部门,各镇乡(街道), ★区发改委、统计局: the marked unit leads, as if printed 发改局(牵头)
            cell = MARKED_LEAD.matcher(cell).replaceAll("$1(牵头)");
        }
        if (role == Role.RESPONSIBLE && cell.indexOf('*') > 0) {
            // 区财政局*、区科技局: a star after a unit marks the lead likewise
            cell = STARRED_LEAD.matcher(cell).replaceAll("$1(牵头)");
        }
        Clause labelled = Clauses.whole(cell);
        if (labelled != null && (cell.contains(":") || cell.contains("牵头") || cell.contains("配合"))) {
            labelled.leads().stream().filter(u -> !leads.contains(u)).forEach(leads::add);
            labelled.co().stream().filter(u -> !co.contains(u)).forEach(co::add);
            return;
        }
        for (String unit : UnitNames.split(cell)) {
            if (UnitNames.progressNote(unit)) {
                continue; // a row that lost its unit cell: its progress moved into the unit column
            }
            if (unit.endsWith("(牵头)")) {
                leads.add(UnitNames.withoutMark(unit));
                continue;
            }
            switch (role) {
                case LEAD -> leads.add(unit);
                case CO -> co.add(unit);
                default -> responsible.add(unit);
            }
        }
    }

    /**
     * Cells of a row whose empty cells were lost (one cell per line) placed in their columns: in order, each where
     * its content fits (units in unit columns, a date in the deadline column, a score in the score column, text in
     * the title), maximising the fit.
     */
    static String[] align(List<String> cells, List<Column> columns) {
        int n = cells.size();
        int m = columns.size();
        double[][] best = new double[n + 1][m + 1];
        int[][] choice = new int[n + 1][m + 1];
        for (double[] row : best) {
            java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        best[0][0] = 0;
        Boolean[] unitLists = new Boolean[n];
        java.util.function.IntPredicate unitList = k -> {
            if (unitLists[k] == null) {
                unitLists[k] = isUnitList(cells.get(k).strip()); // the costly test, once a cell
            }
            return unitLists[k];
        };
        Boolean[] mixedLists = new Boolean[n];
        java.util.function.IntPredicate mixedUnits = k -> {
            if (mixedLists[k] == null) {
                mixedLists[k] = mixedUnitList(cells.get(k).strip()); // asked only where no unit list is, once a cell
            }
            return mixedLists[k];
        };
        // where a column names the row's leaders, a cell of a name or a few (徐国江) is theirs, not a title
        boolean leaders = columns.stream().anyMatch(c -> c != null && c.role() == Role.PERSON);
        boolean pinned = n > 0 && m > 0 && columns.get(0) != null && columns.get(0).role() == Role.NUMBER
                && ROW_NUMBER.matcher(cells.get(0).strip()).matches();
        // a second title column (考核指标 after 考核项目) holds text that may wrap; the first is the row's heading
        int firstTitle = m;
        for (int c = 0; c < m; c++) {
            if (columns.get(c) != null && columns.get(c).role() == Role.TITLE) {
                firstTitle = c;
                break;
            }
        }
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (best[i][j] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                if (i == 0 && j == 0 && pinned) {
                    // the row's number, printed first, is its number: it goes to the 序号 column and nowhere else
                    relax(best, choice, 0, 0, 1, 1, fit(cells.get(0).strip(), columns.get(0)), 2);
                    continue;
                }
                // leave column j empty
                if (j < m) {
                    // a row has its title and, where the table has a lead column, its lead more often than not
                    Role role = columns.get(j) == null ? null : columns.get(j).role();
                    // (a later title column left empty costs a little less: one title cell goes to the first)
                    double cost = role == Role.TITLE ? (j > firstTitle ? -2.99 : -3) : role == Role.LEAD ? -0.3 : -0.1;
                    relax(best, choice, i, j, i, j + 1, best[i][j] + cost, 0);
                }
                // drop cell i
                if (i < n) {
                    relax(best, choice, i, j, i + 1, j, best[i][j] - 2, 1);
                }
                // put cell i in column j - 1 too, after the cell just put there: a cell printed over several lines
                // (one unit a line, a criterion wrapped)
                if (i < n && j > 0 && (choice[i][j] == 2 || choice[i][j] == 3)
                        && (spansLines(columns.get(j - 1)) || j - 1 > firstTitle && columns.get(j - 1) != null
                        && columns.get(j - 1).role() == Role.TITLE)) {
                    String cell = cells.get(i).strip();
                    int at = i;
                    double fit = fit(cell, columns.get(j - 1), () -> unitList.test(at), () -> mixedUnits.test(at),
                            leaders);
                    if (fit > Double.NEGATIVE_INFINITY) {
                        // a later column it fits comes first; a lead's cell holds one unit more often than others do
                        double more = columns.get(j - 1).role() == Role.LEAD ? 2.6 : 2.5;
                        relax(best, choice, i, j, i + 1, j, best[i][j] + fit - more, 3);
                    }
                }
                // put cell i in column j
                if (i < n && j < m) {
                    String cell = cells.get(i).strip();
                    int at = i;
                    double fit = fit(cell, columns.get(j), () -> unitList.test(at), () -> mixedUnits.test(at),
                            leaders);
                    if (fit > Double.NEGATIVE_INFINITY) {
                        relax(best, choice, i, j, i + 1, j + 1, best[i][j] + fit, 2);
                    }
                }
            }
        }
        String[] out = new String[m];
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int c = choice[i][j];
            if (c == 0) {
                j--;
            } else if (c == 1) {
                i--;
            } else {
                String cell = cells.get(i - 1);
                Column column = columns.get(j - 1);
                // cells of one column on lines of their own: text lines, or units each a name of its own (各乡镇 over
                // 县开发区 shares no name the way 各区、县级市 does), or a list wrapped after its 、
                if (out[j - 1] == null) {
                    out[j - 1] = cell;
                } else {
                    String joint = column.role() == Role.TEXT || column.role() == Role.PROGRESS || column.role() == Role.TITLE ? "\n"
                            : cell.endsWith("、") || cell.endsWith(",") ? "" : ",";
                    out[j - 1] = cell + joint + out[j - 1];
                }
                i--;
                if (c == 2) {
                    j--;
                }
            }
        }
        return out;
    }

    /**
     * True when {@code line} is the next item of a progress cell that lists what was done (1、查处… then 2、检查…): the
     * cell goes on, no row or task starts there.
     */
    private static boolean progressItem(List<String> row, String line, List<Column> columns) {
        if (row.size() < 2 || row.size() > columns.size()) {
            return false;
        }
        Column filled = columns.get(row.size() - 1);
        if (filled == null || filled.role() != Role.PROGRESS) {
            return false;
        }
        Numbering.Match item = Numbering.match(line);
        if (item == null || item.style() != Numbering.ITEM) {
            return false;
        }
        int n = item.ordinal();
        String cell = row.get(row.size() - 1);
        return n >= 2 && (cell.contains((n - 1) + "、") || cell.contains((n - 1) + "."));
    }

    /**
     * True when an item numbered 1. 2. is a criterion inside the last row's text cell (1.学校消防设施完好率达到100%,
     * 得5分): the row has its number and title but not yet all its cells, nor its unit where the table has a unit
     * column; in a table without one, where it has a score column.
     */
    private static boolean criterionInCell(List<String> row, String line, List<Column> columns) {
        Numbering.Match item = Numbering.match(line);
        if (item == null || item.style() != Numbering.ITEM || row.size() < 2 || row.size() >= columns.size()) {
            return false;
        }
        Column next = columns.get(row.size());
        if (next != null && next.role() == Role.PROGRESS && item.ordinal() == 1) {
            return true; // the last row's progress cell listing what was done (1、查处… / 2、检查…: progressItem)
        }
        if (!hasUnitColumn(columns)) {
            // an assessment table without unit columns: the criteria of its scored last row
            return columns.stream().anyMatch(c -> c != null && c.role() == Role.SCORE);
        }
        return row.stream().skip(1).noneMatch(Tables::isUnitList);
    }

    /**
     * True when the last row's unit cell is printed a unit a line (县公安局 / 县森林公安局) after cells wrapped over
     * lines filled its count: a unit list that is the row's first or follows one.
     */
    private static boolean unitsGoOn(List<String> row, String line, List<Column> columns) {
        if (line.length() > 40 || !hasUnitColumn(columns) || !isUnitList(line)) {
            return false;
        }
        String previous = row.get(row.size() - 1);
        return isUnitList(previous) || row.stream().skip(1).noneMatch(Tables::isUnitList);
    }

    /**
     * In a table without unit columns, the body a row assesses printed in its item column (考核项目: 县委农工部) and
     * the category cell merged over such rows (重点考核部门): taken out of the row's cells; the body is returned as
     * the row's responsible unit and the item column takes the row's next title cell (考核内容) instead.
     */
    private static List<String> assessedBodies(String[] assigned, List<Column> columns, int heading) {
        List<String> bodies = new ArrayList<>();
        for (int c = 0; c < assigned.length && c < columns.size(); c++) {
            Column col = columns.get(c);
            String cell = assigned[c] == null ? "" : assigned[c].strip();
            if (col == null || cell.isEmpty() || col.role() != Role.TITLE && col.role() != Role.TEXT) {
                continue;
            }
            String first = cell.split("[、\\n]")[0];
            if (assessedBody(first) || BODY_CATEGORY.matcher(first).find()) {
                if (assessedBody(first)) {
                    bodies.add(first);
                }
                String rest = cell.substring(first.length()).replaceFirst("^[、\\n]+", "");
                assigned[c] = rest.isEmpty() ? null : rest;
            }
        }
        if (!bodies.isEmpty() && heading >= 0 && heading < assigned.length && assigned[heading] == null) {
            for (int c = heading + 1; c < assigned.length && c < columns.size(); c++) {
                if (columns.get(c) != null && columns.get(c).role() == Role.TITLE && assigned[c] != null) {
                    assigned[heading] = assigned[c];
                    assigned[c] = null;
                    break;
                }
            }
        }
        return bodies;
    }

    /** The title of a cell joined over lines: its lines before the first criterion numbered 1., joined as printed. */
    private static String wrappedTitle(String cell) {
        StringBuilder title = new StringBuilder();
        for (String line : cell.split("\n")) {
            Numbering.Match item = Numbering.match(line.strip());
            if (title.length() > 0 && item != null && item.style() == Numbering.ITEM) {
                break;
            }
            title.append(line.strip());
        }
        return title.toString();
    }

    /** A category of assessed bodies (重点考核部门, 一般考核单位), no body itself. */
    private static final Pattern BODY_CATEGORY = Pattern.compile(
            "^(?:重点|一般|其他|相关|有关|全部)?(?:考核|责任|牵头|配合|参与)?(?:部门|单位)$");

    /** A cell naming one body (县委农工部), as a table of assessed bodies prints it in its item column. */
    private static boolean assessedBody(String cell) {
        return cell.length() <= 20 && !BODY_CATEGORY.matcher(cell).find() && UnitNames.split(cell).size() == 1
                && isUnitList(cell);
    }

    /** True when the table has a column of units (牵头单位, 配合单位, 责任单位, 负责考核部门). */
    private static boolean hasUnitColumn(List<Column> columns) {
        return columns.stream().anyMatch(c -> c != null && c.role() != Role.TEXT && c.role() != Role.PROGRESS && spansLines(c));
    }

    /** True for the columns whose cell may take several lines of a row printed one cell per line. */
    private static boolean spansLines(Column column) {
        return column != null && (column.role() == Role.TEXT || column.role() == Role.PROGRESS || column.role() == Role.LEAD || column.role() == Role.CO
                || column.role() == Role.RESPONSIBLE);
    }

    private static void relax(double[][] best, int[][] choice, int i, int j, int ni, int nj, double value, int how) {
        if (value > best[ni][nj]) {
            best[ni][nj] = value;
            choice[ni][nj] = how;
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("^(?:[—\\-/无]+|—|无)$");

    private static double fit(String cell, Column column) {
        return fit(cell, column, () -> isUnitList(cell), () -> mixedUnitList(cell));
    }

    /** As the fit of a cell's answers below, in a table that has a leaders' column or not. */
    private static double fit(String cell, Column column, java.util.function.BooleanSupplier unitList,
                              java.util.function.BooleanSupplier mixedUnits, boolean leaders) {
        if (leaders && column != null && column.role() == Role.TITLE && SHORT_NAMES.matcher(cell).matches()
                && !unitList.getAsBoolean()) {
            return -1;
        }
        return fit(cell, column, unitList, mixedUnits);
    }

    /**
     * As {@link #fit(String, Column)}, with the cell's isUnitList answered by {@code unitList} and its mixedUnitList by
     * {@code mixedUnits} (each asked only where the role reads it).
     */
    private static double fit(String cell, Column column, java.util.function.BooleanSupplier unitList,
                              java.util.function.BooleanSupplier mixedUnits) {
        if (column == null) {
            return 0.2;
        }
        if (PLACEHOLDER.matcher(cell).matches()) {
            return column.role() == Role.NUMBER || column.role() == Role.TITLE ? Double.NEGATIVE_INFINITY : 1.5;
        }
        boolean number = ROW_NUMBER.matcher(cell).matches();
        boolean score = SCORE.matcher(cell).matches();
        Role role = column.role();
        // what the role's score below reads, no more: the unit list is the costly test
        // (a criterion of some length with a clause break is no time: 开展校车安全专项检查,年内查处…20起以上,)
        boolean dateShape = (role == Role.TITLE || role == Role.DEADLINE) && cell.length() <= 30
                && !(cell.length() > 16 && cell.indexOf(',') >= 0) && DEADLINE.matcher(cell).matches();
        boolean units = !number && !score && (role == Role.TITLE || role == Role.LEAD || role == Role.CO
                || role == Role.RESPONSIBLE || dateShape) && unitList.getAsBoolean();
        boolean date = !units && dateShape;
        // a company's short name beside named bodies: still the unit columns' cell, a little behind a list of bodies
        boolean mixed = !units && !number && !score && (role == Role.LEAD || role == Role.CO || role == Role.RESPONSIBLE)
                && mixedUnits.getAsBoolean();
        return switch (column.role()) {
            case NUMBER -> number || NUMERAL.matcher(cell).matches() ? 3 : Double.NEGATIVE_INFINITY;
            case TITLE -> number || score ? Double.NEGATIVE_INFINITY : units ? -1 : date ? 0
                    : titleFit(cell, column.rank());
            // a lone unit list goes to the lead's column before the co-operating units' (a row's 配合单位 left empty)
            case LEAD, RESPONSIBLE -> units ? 3.01 : mixed ? 2.5 : Double.NEGATIVE_INFINITY;
            case CO -> units ? 3 : mixed ? 2.49 : Double.NEGATIVE_INFINITY;
            case DEADLINE -> date ? 3 : Double.NEGATIVE_INFINITY;
            case SCORE -> score ? 3 : Double.NEGATIVE_INFINITY;
            case TEXT -> number ? Double.NEGATIVE_INFINITY : 1;
            case CATEGORY -> number ? Double.NEGATIVE_INFINITY : cell.length() <= 8 && cell.indexOf('。') < 0 ? 1.5
                    : cell.length() <= 16 ? 1 : 0;
            case PROGRESS -> number ? Double.NEGATIVE_INFINITY : 1;
            case PERSON -> number || score ? Double.NEGATIVE_INFINITY
                    : PERSON_NAMES.matcher(cell).matches() && !unitList.getAsBoolean()
                    || column.rank() == SECTION_RANK && cell.length() <= 8 && SECTION_NAME.matcher(cell).find() ? 3
                    : 0.5; // 养老服务科 under 负责科室
        };
    }

    /** The rank of a PERSON column that names the lead's own sections (负责科室 beside 牵头单位). */
    private static final int SECTION_RANK = 1;

    /** A bureau's section as a 负责科室 column names it (养老服务科, 计财股, 办公室): the lead's own, no other body. */
    private static final Pattern SECTION_NAME = Pattern.compile("[科股室]$");

    /** People named in a leader's column (徐国江; 成坤、柯相国): a name of two to four characters each. */
    private static final Pattern PERSON_NAMES = Pattern.compile("^[\\p{IsHan}·]{2,4}(?:[、,，\\s]+[\\p{IsHan}·]{2,4})*$");

    /** Names of people as a leaders' cell prints them, each of two or three characters (徐国江; 成坤、柯相国). */
    private static final Pattern SHORT_NAMES = Pattern.compile("^[\\p{IsHan}]{2,3}(?:[、,，\\s]+[\\p{IsHan}]{2,3})*$");

    /** A heading column (任务, rank 1) takes a short heading best, a measure column (具体措施) a long text. */
    private static double titleFit(String cell, int rank) {
        boolean sentence = cell.length() > 30 || cell.indexOf('。') >= 0;
        double base = 2 + Math.min(cell.length(), 40) / 40.0;
        return rank <= 1 ? (sentence ? base - 0.5 : base) : (sentence ? base : base - 0.5);
    }

    static boolean isUnitList(String cell) {
        if (cell.contains(":") && Clauses.whole(cell) != null) {
            return true;
        }
        List<String> units = UnitNames.split(cell);
        return !units.isEmpty() && units.stream().allMatch(UnitNames::named);
    }

    /**
     * A unit cell naming a company by its short name beside named bodies (久事公交、相关各区交通主管部门及公交企业): half
     * of its names or more are bodies' and the others a few Han characters. Read for a unit column's fit only.
     */
    private static boolean mixedUnitList(String cell) {
        if (cell.length() > MIXED_CELL || cell.chars().anyMatch(c -> "。,;:%".indexOf(c) >= 0 || c >= '0' && c <= '9')) {
            return false; // a sentence, a figure: a measure's text, no list of names
        }
        List<String> units = UnitNames.split(cell);
        long named = units.stream().filter(UnitNames::named).count();
        return units.size() >= 2 && named * 2 >= units.size() && units.stream()
                .allMatch(u -> UnitNames.named(u) || u.length() <= SHORT_NAME && u.chars().allMatch(c -> TextOps.isHan((char) c)));
    }

    /** The longest cell read as such a list. */
    private static final int MIXED_CELL = 60;

    /** The longest name without a body's ending that a unit cell may hold beside named bodies. */
    private static final int SHORT_NAME = 6;
}
