package dev.policygraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text of a Chinese government policy plan (实施方案, 行动计划, 实施意见, 任务分工表, 考评办法) into its
 * metadata, section hierarchy, numbered tasks with their responsible units, named schools and quantified targets.
 * <p>
 * The text is cut into lines; task tables are found first ({@link Tables}); every other line is classified as a
 * heading, a clause, an attachment mark or running text and the headings build a tree ({@link Outline}). Which
 * headings are tasks follows from the tree: the first level numbered 1. (1) or ① in each branch, or the (一) level
 * where nothing beneath it is numbered that way. Their kind comes from the heading of the part they sit in
 * ({@link Kinds}). Pure: no I/O beyond the bytes it is given, no framework.
 */
public final class DocumentParser {

    /** An item whose heading names nothing but the plan's goals: 主要目标指标, 工作目标, 年度目标任务. */
    private static final Pattern GOALS_ITEM = Pattern.compile("^(?:主要|总体|工作|发展|预期|年度)?(?:预期)?目标(?:指标|任务)?$");

    /** A sentence opening by saying who does the measure: 该集团由…, 此项工作由…, 由… (then …负责). */
    private static final Pattern ASSIGNED = Pattern.compile(
            "^(?:该[\\p{IsHan}]{1,4}?由|(?:此项|这项|该项)工作由|由|该(?:集团|项目|工程|联盟|共同体)(?!由))(?=[\\p{IsHan}])");

    /** How long an item's title may be that is a goals heading by itself (指导思想, 基本原则): a word, not a measure. */
    private static final int GOAL_HEADING_LENGTH = 4;

    /** A paragraph stating the plan's goals: 主要目标是:…, 全年主要预期目标为…. */
    private static final Pattern GOALS_STATED = Pattern.compile("(?:主要|总体|工作|发展|预期|年度)(?:目标|指标)(?:是|为|:)");
    /** A year in a title (2023年工作要点); a second one (2023-2025年) makes it no annual plan. */
    private static final Pattern ONE_YEAR = Pattern.compile("(?:19|20)\\d{2}(?=\\s*年|[-—–~至])");
    /** An annual plan's opening saying which year this is: 2023年是…之年. */
    private static final Pattern THIS_YEAR_IS = Pattern.compile("((?:19|20)\\d{2})年是");

    /** Words by which a plan says who is responsible: where no task gets an owner, the plan needs a look. */
    private static final Pattern OWNER_WORDS = Pattern.compile("牵头单位|责任单位|配合单位|牵头部门|责任部门|主办单位");

    /**
     * Changes whenever the parser reads the same text differently (or more of its result is stored), so that
     * documents stored by an older version are parsed again on ingest instead of being skipped as unchanged.
     */
    public static final String VERSION = "31";

    /** The title of a plan of measures, not of rules (办法, 细则, 条例): 若干措施, 实施意见, 行动方案 (试行). */
    private static final java.util.regex.Pattern MEASURES_TITLE = java.util.regex.Pattern.compile(
            "(?:措施|意见|方案|计划|要点|清单)" + Metadata.TRIAL_TAIL);

    /** The heading of a summary that counts measures: 知识产权保护方面5项, 政务服务方面(共3项). */
    private static final java.util.regex.Pattern COUNTED_SUMMARY = java.util.regex.Pattern.compile(
            "方面\\(?共?[0-9一二三四五六七八九十]{1,3}项\\)?$");

    /** An article that is a provision of the rule itself: its purpose, scope, interpretation or entry into force. */
    private static final java.util.regex.Pattern PROVISION = java.util.regex.Pattern.compile(
            "^为(?:了)?[^。]{0,120}制定本|^本[^。,]{0,6}?(?:办法|措施|意见|规定|细则|方案|条例)|^(?:本[^。]{0,10})?适用于|负责解释"
                    + "|自[^。]{0,12}(?:起|之日起)(?:开始)?施行");
    /** A plan that sets out how work is assessed (…考核实施方案, 考评办法): its articles are rules, its table the items. */
    private static final java.util.regex.Pattern ASSESSMENT_TITLE = java.util.regex.Pattern.compile("考核|考评|评分|评比|验收");

    private static final Pattern UNREAD_CLAUSE = Pattern.compile(
            "[(〔][^()〔〕]{0,60}(?:牵头|责任单位|配合单位|负责部门)[^()〔〕]{0,60}[)〕][。;]?$");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}(?=年)");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[。;:,]+$");
    private static final String NOTE_MARKS = "▲△★☆※*";
    private static final Pattern NOTE_MARKS_AT_END = Pattern.compile("[▲△★☆※*]+$");
    private static final Pattern WEIGHT_AFTER_STOP = Pattern.compile("(?<=[;。])\\s*\\d{1,3}(?:\\.\\d)?分$");
    private static final Pattern WEIGHT = Pattern.compile("(?<=.)\\((?:满分|分值|计)?\\d+(?:\\.\\d+)?分\\)$");
    private static final Pattern HEADING_COLON = Pattern.compile("^[^,;。]{2,20}:");
    /** A part's first group number cut by the page's end: (一, (一) and nothing after it. */
    private static final Pattern CUT_FIRST_SECTION = Pattern.compile("^\\(一\\)?\\s*$");

    private final Aliases aliases;

    public DocumentParser() {
        this(Aliases.standard());
    }

    DocumentParser(Aliases aliases) {
        this.aliases = aliases;
    }

    /** Parses one text file's bytes; throws {@link ParseException} when the bytes are no readable document. */
    public ParsedDocument parse(String file, byte[] bytes) {
        return parseText(file, TextDecoder.decode(file, bytes));
    }

    /**
     * Parses a document an extractor has already turned into blocks (lines of text and table rows with exact
     * cells, e.g. from Word or Excel); throws {@link ParseException} when they hold no readable plan.
     */
    public ParsedDocument parse(String file, List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            text.append(Block.render(block)).append('\n');
        }
        if (text.toString().isBlank()) {
            throw new ParseException(file, "no text could be extracted from the file");
        }
        return parseText(file, text.toString());
    }

    /**
     * A fault of the parser on one file is that file's error, with its name, like any input it cannot read: a batch
     * goes on with the next file and nothing of this one is written.
     */
    private ParsedDocument parseText(String file, String text) {
        try {
            return read(file, text);
        } catch (ParseException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new ParseException(file, "the parser failed on this document (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); please report it with the file", e);
        }
    }

    private ParsedDocument read(String file, String text) {
        String normalized = Paragraphs.normalize(text);
        List<String> lines = Paragraphs.split(normalized);
        List<Tables.Table> tables = Tables.find(lines);
        boolean[] skipped = new boolean[lines.size()];
        for (Tables.Table t : tables) {
            for (int i = t.first(); i <= t.last(); i++) {
                skipped[i] = true;
            }
        }
        List<TargetTables.Table> targetTables = TargetTables.find(lines, skipped);
        for (TargetTables.Table t : targetTables) {
            for (int i = t.first(); i <= t.last(); i++) {
                skipped[i] = true;
            }
        }
        Outline outline = Outline.of(lines, skipped);
        DocumentMeta meta = Metadata.read(outline.preamble, lines);
        boolean unnumbered = outline.nodes.isEmpty() && tables.stream().allMatch(t -> t.rows().isEmpty());
        boolean projectList = unnumbered && (listsProjects(lines) || namesSchools(lines, meta));
        if (unnumbered && !Metadata.namesAPlan(meta) && !projectList) {
            // a plan's text without numbered measures (its notice, or a page quoting its goals) is still read, with a
            // warning, when it names itself as a plan; other text is no plan
            throw new ParseException(file, "no sections or numbered tasks found; is this a policy plan?");
        }
        Builder builder = new Builder(meta, new UnitResolver(meta.region(), aliases),
                tables.stream().anyMatch(t -> !t.rows().isEmpty()));
        builder.read(outline);
        builder.readIntroduction(outline.preamble, projectList);
        builder.read(tables);
        builder.readSchoolsIn(lines, tables);
        builder.readTargets(targetTables);
        builder.readOwnSchools();
        List<String> warnings = builder.warnings(outline, tables, OWNER_WORDS.matcher(normalized).find());
        return new ParsedDocument(file, sha256(normalized), sha256(TextOps.withoutSpacesAndPunctuation(normalized)),
                meta, List.copyOf(builder.sections), List.copyOf(builder.tasks), builder.schools(),
                List.copyOf(builder.targets), normalized, warnings);
    }

    /** A government's list of the year's projects for the people: 民生实事 (为民办实事) named in the first lines. */
    private static final Pattern PROJECT_LIST = Pattern.compile("民生实事|为民办实事");

    /**
     * True when the text is a list of the year's projects for the people (东坡区2023年十大民生实事项目, 民生实事:教育优质行动)
     * named in its first lines: a plan, though its projects carry no numbers.
     */
    private static boolean listsProjects(List<String> lines) {
        for (int i = 0; i < lines.size() && i < 6; i++) {
            if (PROJECT_LIST.matcher(lines.get(i)).find()) {
                return true;
            }
        }
        return false;
    }

    /** How many schools a text without numbered measures must name to be read as a list of school projects. */
    private static final int LISTED_SCHOOLS = 3;

    /**
     * True when a text without numbered measures names several schools (长沙今年新改扩建33所幼儿园: 东云台幼儿园新增学位180个,
     * …): a list of school projects, read for its schools and targets.
     */
    private static boolean namesSchools(List<String> lines, DocumentMeta meta) {
        Set<String> named = new HashSet<>();
        for (String line : lines) {
            named.addAll(Schools.find(line, meta.region()));
            if (named.size() >= LISTED_SCHOOLS) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Turns the tree and the tables into sections, tasks, targets and schools. */
    /** "以上任务由", "以上各项工作均由", "上述任务": a clause for all the tasks above it. */
    private static final Pattern FOR_ALL_ABOVE = Pattern.compile(
            "^(?:以上|上述)(?:各项|所有|全部)?(?:任务|工作|措施|事项|内容)?(?:均|统一)?(?=由|[\\p{IsHan}]{2,})");

    private static final class Builder {

        private final DocumentMeta meta;
        private final UnitResolver units;
        private final List<ParsedSection> sections = new ArrayList<>();
        private final List<ParsedTask> tasks = new ArrayList<>();
        private final List<ParsedTarget> targets = new ArrayList<>();
        private final Map<String, List<String>> schoolTasks = new LinkedHashMap<>();
        private final Map<Outline.Node, String> paths = new HashMap<>();
        private final Map<String, Outline.Node> pathOwners = new HashMap<>();
        private final Set<String> sectionPaths = new HashSet<>();
        private final Map<Outline.Node, ParsedTask> taskOf = new HashMap<>();
        private final Set<String> keys = new HashSet<>();
        private final List<String> clauseWarnings = new ArrayList<>();
        private final Set<String> printedTasks = new HashSet<>();
        private final Set<Outline.Node> repeated = new HashSet<>();
        /** Units a clause made responsible for every later measure of its part. */
        private final Map<Outline.Node, List<String>> carried = new HashMap<>();
        /** The plan said once that the first unit listed leads. */
        private boolean firstLeads;
        private boolean sectionNumbersRestart;
        /** True when the plan is nothing but parts with text beneath (一、… / 二、…), no item numbered and no table row. */
        private boolean flatParts;
        /** True when a table of the document gave rows. */
        private final boolean tableRows;
        private Set<Outline.Node> ownedGoalParts = Set.of();

        private final Map<String, List<Clause>> clauseCache = new HashMap<>();
        /** Each node's title, read once its paragraphs no longer change (after liftClausesForAllAbove). */
        private final Map<Outline.Node, String> titles = new HashMap<>();
        private final Map<Outline.Node, Collected> collected = new HashMap<>();
        private final Map<Outline.Node, String> statedKinds = new HashMap<>();
        private final Map<Outline.Node, Boolean> mixedHeadings = new HashMap<>();

        /** The clauses of a paragraph, read once. */
        /**
         * "以上任务由X牵头,Y、Z配合" printed after the last task of a group speaks for every task of the group: it moves
         * to the group, whose clause its tasks without their own inherit. Only where the group holds one such line.
         */
        private void liftClausesForAllAbove(Outline outline) {
            Map<Outline.Node, List<String>> lifted = new HashMap<>();
            Map<Outline.Node, Outline.Node> from = new HashMap<>();
            for (Outline.Node node : outline.nodes) {
                if (node.parent == null || node.parent.isRoot()) {
                    continue;
                }
                for (String paragraph : node.paragraphs) {
                    Matcher m = FOR_ALL_ABOVE.matcher(paragraph);
                    if (m.lookingAt() && !clausesIn(paragraph.substring(m.end())).isEmpty()) {
                        lifted.computeIfAbsent(node.parent, p -> new ArrayList<>()).add(paragraph);
                        from.put(node.parent, node);
                    }
                }
            }
            lifted.forEach((group, paragraphs) -> {
                if (paragraphs.size() == 1) {
                    String paragraph = paragraphs.get(0);
                    Matcher m = FOR_ALL_ABOVE.matcher(paragraph);
                    m.lookingAt();
                    from.get(group).paragraphs.remove(paragraph);
                    group.paragraphs.add(paragraph.substring(m.end()));
                }
            });
            titles.clear();
        }

        private List<Clause> clausesIn(String paragraph) {
            return clauseCache.computeIfAbsent(paragraph, Clauses::findAll);
        }

        Builder(DocumentMeta meta, UnitResolver units, boolean tableRows) {
            this.meta = meta;
            this.units = units;
            this.tableRows = tableRows;
        }

        void read(Outline outline) {
            clauseCache.putAll(outline.clausesOfLines);
            liftClausesForAllAbove(outline);
            sectionNumbersRestart = restarts(outline);
            flatParts = !tableRows && outline.nodes.size() >= 2
                    && outline.nodes.stream().allMatch(n -> n.style() == Numbering.PART && n.children.isEmpty());
            ownedGoalParts = ownedParts(outline);
            for (Outline.Node node : outline.nodes) {
                if (isTask(node)) {
                    task(node);
                } else {
                    section(node);
                }
            }
            // a year stated at the start of a paragraph ("到2025年,…") governs what follows in its node and beneath it
            Map<Outline.Node, Integer> years = new HashMap<>();
            for (Outline.Node node : outline.nodes) {
                if (repeated.contains(node) || node.hasAncestor(repeated::contains)) {
                    continue;
                }
                ParsedTask owner = owner(node);
                if ((owner == null || !Kinds.TASK.equals(owner.kind())) && describesThePast(node)) {
                    // 一、重要意义 …毛入园率95.3%, 一、基本情况 / 1.…移动泵车1辆: baselines, no targets (a task the
                    // outline puts beneath such a part keeps its own)
                    continue;
                }
                Integer year = node.parent.isRoot() ? null : years.get(node.parent);
                if (year == null && owner != null) {
                    // a task's own deadline (时间节点:2025年6月底前) governs its targets, as a table row's 完成时限 does
                    year = yearOf(owner.deadline());
                }
                for (String paragraph : node.paragraphs) {
                    String text = withoutClauses(paragraph);
                    Integer leading = Targets.leadingYear(text);
                    if (leading != null) {
                        year = leading;
                    }
                    collect(text, owner, year);
                }
                years.put(node, year);
            }
        }

        void read(List<Tables.Table> tables) {
            int n = 0;
            for (Tables.Table table : tables) {
                if (table.rows().isEmpty()) {
                    continue;
                }
                n++;
                String path = "表" + n;
                sections.add(new ParsedSection(path, path, table.caption() == null ? "任务表" : table.caption(), 1, null,
                        Kinds.TASK, true));
                // numbers that restart under the table's categories (一、… 1–5, 二、… 1–30): each category a section
                boolean restarts = table.rows().stream().map(Tables.Row::number).distinct().count() < table.rows().size();
                for (Tables.Row row : table.rows()) {
                    String rowPath = restarts && row.category() != null ? categorySection(path, row.category()) : path;
                    List<UnitRef> leads = row.leads().stream().map(units::resolve).toList();
                    List<UnitRef> co = row.co().stream().map(units::resolve).toList();
                    ParsedTask task = new ParsedTask(row.kind(), uniqueNumber(rowPath, row.number()),
                            firstSentence(row.title()), row.text(), rowPath, leads, co, row.leadByConvention(), null,
                            row.deadline(), Deadlines.read(row.deadline(), planYear()));
                    tasks.add(task);
                    Integer year = row.targetYear() != null ? row.targetYear() : yearOf(row.deadline());
                    collect(row.text(), task, year != null ? year : goalsYear(row.category()));
                    addSchoolUnits(task);
                    for (Targets.Found f : row.targets()) {
                        targets.add(new ParsedTarget(task.key(), task.number(), f.text(), f.metric(), f.comparator(),
                                f.value(), f.unit(), f.year()));
                    }
                }
            }
        }

        /**
         * The year a table's category row of goals states at its start (一、2025年经济社会发展的主要预期目标): the year of
         * the targets of the rows under it; null for any other category.
         */
        private static Integer goalsYear(String category) {
            if (category == null || category.indexOf("目标") < 0) {
                return null;
            }
            Numbering.Match m = Numbering.match(category.strip());
            return Targets.leadingYear(m != null ? m.rest() : category.strip());
        }

        /**
         * The schools a table names in columns that are neither its task's text nor its units (a progress report's
         * 进展情况: 罗峰学校:9月份开始施工), as the document's, after those of the rows' own text.
         */
        void readSchoolsIn(List<String> lines, List<Tables.Table> tables) {
            for (Tables.Table table : tables) {
                if (table.rows().isEmpty()) {
                    continue;
                }
                for (int i = table.first(); i <= table.last() && i < lines.size(); i++) {
                    for (String school : Schools.find(lines.get(i), meta.region())) {
                        addSchool(school, null);
                    }
                }
            }
        }

        /** The section of a table's category row (二、部门履职差异考核项目) under the table's, added once. */
        private String categorySection(String tablePath, String category) {
            Numbering.Match m = Numbering.match(category);
            String number = m != null && m.style() == Numbering.PART ? m.number() + "、" : category;
            String path = tablePath + number;
            if (sectionPaths.add(path)) {
                sections.add(new ParsedSection(path, number, m != null ? m.rest() : category, 2, tablePath, Kinds.TASK,
                        true));
            }
            return path;
        }

        /**
         * The plan's opening paragraphs, between its own title and its first heading ("全年主要预期目标是:新增市场主体
         * 不少于800户"): their targets are the plan's, owned by no task. When the title is not found among the lines,
         * only paragraphs that say they state the goals are read (the covering notice above a plan sets no targets).
         */
        void readIntroduction(List<String> preamble, boolean projectList) {
            int at = -1;
            if (meta.title() != null) {
                String title = TextOps.withoutSpacesAndPunctuation(meta.title());
                for (int i = 0; i < preamble.size(); i++) {
                    String line = TextOps.withoutSpacesAndPunctuation(preamble.get(i));
                    if (!line.isEmpty() && (line.equals(title) || title.endsWith(line) && line.length() >= 6)) {
                        at = i;
                    }
                }
            }
            int from = at >= 0 ? at + 1 : -1;
            for (int i = 0; from < 0 && meta.title() != null && i < preamble.size(); i++) {
                if (preamble.get(i).contains("《" + meta.title() + "》")) {
                    from = i; // a report quoting the plan by its title: what it says of the plan starts there
                }
            }
            if (from < 0 && projectList) {
                from = 0; // a list of the year's projects without numbers or title (…十大民生实事项目): all of it the plan's
            }
            for (int i = from; from >= 0 && i < preamble.size(); i++) {
                collect(preamble.get(i), null, thisYear(preamble.get(i), preamble));
            }
            if (from < 0) {
                // no title to start from (a page's excerpt): the paragraphs that say they state the plan's goals
                for (String paragraph : preamble) {
                    if ((paragraph.indexOf('目') >= 0 || paragraph.indexOf('指') >= 0) && GOALS_STATED.matcher(paragraph).find()
                            || (paragraph.startsWith("到") || paragraph.startsWith("力争到")) && Targets.leadingYear(paragraph) != null) {
                        // …or open with the year they are due by (到2026年,…): a plan's goals, no notice's words
                        collect(paragraph, null, thisYear(paragraph, preamble));
                    }
                }
            }
        }

        /**
         * The year a paragraph of an annual plan's opening means by 全年 or 今年 (全年主要预期目标: …增长10%): the one year
         * its title names (2023年工作要点), else the year the opening says this is (2023年是…之年); null when the
         * paragraph says neither word or no single year is named.
         */
        private Integer thisYear(String paragraph, List<String> preamble) {
            if (paragraph.indexOf("全年") < 0 && paragraph.indexOf("今年") < 0) {
                return null;
            }
            if (meta.title() != null) {
                java.util.regex.Matcher m = ONE_YEAR.matcher(meta.title());
                if (m.find()) {
                    int year = Integer.parseInt(m.group());
                    return m.find() ? null : year;
                }
            }
            for (String line : preamble) {
                java.util.regex.Matcher m = THIS_YEAR_IS.matcher(line);
                if (m.find()) {
                    return Integer.valueOf(m.group(1));
                }
            }
            return null;
        }

        /** The rows of tables of targets: goals of the plan, owned by no task. */
        void readTargets(List<TargetTables.Table> tables) {
            for (TargetTables.Table table : tables) {
                for (Targets.Found f : table.targets()) {
                    targets.add(new ParsedTarget(null, null, f.text(), f.metric(), f.comparator(), f.value(), f.unit(),
                            f.year()));
                }
            }
        }

        /** The year the plan was signed, for deadlines printed without one (3月底前). */
        private Integer planYear() {
            return meta.date() == null ? null : Integer.valueOf(meta.date().substring(0, 4));
        }

        /** The year of a deadline (a table row's 完成时限 cell, a task's 时间节点: 2026年12月 → 2026), or null. */
        private static Integer yearOf(String deadline) {
            if (deadline == null) {
                return null;
            }
            java.util.regex.Matcher m = YEAR.matcher(deadline);
            return m.find() ? Integer.valueOf(m.group()) : null;
        }

        private String uniqueNumber(String path, String number) {
            String candidate = number;
            int i = 2;
            while (!keys.add(path + "/" + candidate)) {
                candidate = number + "#" + i++;
            }
            return candidate;
        }

        private final Map<Outline.Node, Boolean> runOnGroups = new HashMap<>();

        /**
         * True when an item is a group heading over the plan's tasks: a heading line of its own (no sentence, no text
         * beneath it but its items) among siblings whose items are numbered on across them ((1)(2)(3) under 1., (4)(5)
         * under 2.): the numbers say that the items, not the headings, are the series of measures.
         */
        private boolean runOnGroup(Outline.Node node) {
            if (node.parent == null || !node.style().arabic()) {
                return false;
            }
            Boolean known = runOnGroups.get(node);
            if (known != null) {
                return known;
            }
            List<Outline.Node> siblings = node.parent.children.stream().filter(n -> n.style() == node.style()).toList();
            boolean runOn = false;
            boolean headings = true;
            Numbering itemStyle = null;
            int lastItem = 0;
            int groups = 0;
            for (Outline.Node sibling : siblings) {
                List<Outline.Node> items = sibling.children;
                if (items.isEmpty()) {
                    continue;
                }
                Numbering first = items.get(0).style();
                if (!first.arabic() || first == sibling.style() || itemStyle != null && first != itemStyle
                        || items.stream().anyMatch(n -> n.style() != first)) {
                    headings = false;
                    break;
                }
                itemStyle = first;
                headings &= sibling.paragraphs.size() <= 1 && sibling.number.rest().indexOf('。') < 0;
                int start = items.get(0).number.ordinal();
                if (groups > 0) {
                    if (start != lastItem + 1) {
                        headings = false;
                        break;
                    }
                    runOn = true;
                }
                lastItem = items.get(items.size() - 1).number.ordinal();
                groups++;
            }
            boolean group = headings && runOn && groups >= 2;
            siblings.forEach(n -> runOnGroups.put(n, group && !n.children.isEmpty()));
            return runOnGroups.get(node);
        }

        /** Tasks are the first measure-numbered level of a branch, or the (一) level with none beneath it. */
        private boolean isTask(Outline.Node node) {
            if (node.hasAncestor(n -> n.style() == Numbering.ARTICLE)) {
                return false;
            }
            Numbering style = node.style();
            if (node.paragraphs.size() <= 1 && node.children.isEmpty() && node.number.rest().strip().endsWith("?")) {
                return false; // 1.您比较关注哪些方面的民生问题?: a question a notice asks its readers, no measure
            }
            if (style == Numbering.ARTICLE) {
                // 第三条 of a chapter that states measures (第二章 支持措施) is a task; articles of 总则, 附则 and of the
                // rules of an assessment are provisions; the (一) (二) it lists (包括:…) are part of it
                Outline.Node chapter = node.parent;
                if (chapter != null && chapter.isRoot()) {
                    // articles without chapters (若干措施 written 第一条…第十四条): measures where most of them name who
                    // answers for them; a rule's purpose, scope and closing articles stay provisions
                    return measureArticles(chapter) && (!PROVISION.matcher(node.number.rest()).find()
                            || ownClauses(node).stream().anyMatch(c -> !c.leads().isEmpty()));
                }
                return chapter != null && chapter.style() == Numbering.CHAPTER && Kinds.TASK.equals(statedBy(chapter));
            }
            if (style.arabic()) {
                if (runOnGroup(node)) {
                    return false;
                }
                // the items under a group heading whose numbers run on across the groups are the tasks
                return !node.hasAncestor(n -> n.style().arabic())
                        || node.parent != null && runOnGroup(node.parent)
                        && !node.parent.hasAncestor(n -> n.style().arabic());
            }
            if (style == Numbering.SECTION) {
                return !node.hasDescendant(n -> n.style().arabic()) && !countedSummary(node);
            }
            if (style == Numbering.PART) {
                // a part that is itself a measure: a clause naming a lead, or its heading line going on with the
                // measure's text (三、严格野外火源管控。在清明、冬至……) where a part's heading stands alone
                return node.children.isEmpty() && (!ownClauses(node).isEmpty()
                        && ownClauses(node).stream().anyMatch(c -> !c.leads().isEmpty())
                        // an assessed item headed with its weight (一、基层组织建设(30分)) and its criteria beneath
                        || Kinds.TASK.equals(kindOf(node)) && WEIGHTED_HEADING.matcher(node.number.rest()).find()
                        && node.paragraphs.size() >= 2 && !Tables.isNamedColumn(node.paragraphs.get(1))
                        || Kinds.TASK.equals(kindOf(node)) && (statedBy(node) == null
                        && (headingGoesOn(node.number.rest()) || flatParts && measureHeading(node)) || measureSentence(node)));
            }
            return false;
        }

        /**
         * True when the item only counts and names measures listed elsewhere (（一）知识产权保护方面5项:A;B;C, over an
         * annex table of them): a summary, no measure of its own.
         */
        private boolean countedSummary(Outline.Node node) {
            if (!COUNTED_SUMMARY.matcher(title(node)).find() || !ownClauses(node).isEmpty()) {
                return false;
            }
            String text = String.join("", node.paragraphs);
            int colon = text.indexOf(':');
            int stop = text.indexOf('。');
            boolean oneList = stop < 0 || stop >= text.length() - 1; // no sentence but the list's own
            return colon > 0 && oneList && text.substring(colon).chars().anyMatch(c -> c == '、' || c == ';');
        }

        /** True when at least two articles stand under {@code parent} and at least half of them name a lead unit. */
        private boolean measureArticles(Outline.Node parent) {
            int articles = 0;
            int owned = 0;
            for (Outline.Node child : parent.children) {
                if (child.style() == Numbering.ARTICLE) {
                    articles++;
                    if (ownClauses(child).stream().anyMatch(c -> !c.leads().isEmpty())) {
                        owned++;
                    }
                }
            }
            return articles >= 2 && (owned * 2 >= articles || meta.title() != null && MEASURES_TITLE.matcher(meta.title()).find()
                    && !ASSESSMENT_TITLE.matcher(meta.title()).find()); // a 考核实施方案's articles are its rules
        }

        /** Parts whose items are owned ({@link Kinds#ownedGoals}): each item names a lead by a clause of its own. */
        private Set<Outline.Node> ownedParts(Outline outline) {
            Set<Outline.Node> owned = new HashSet<>();
            for (Outline.Node part : outline.root.children) {
                List<Outline.Node> items = new ArrayList<>();
                collectItems(part, items);
                long led = items.stream().filter(item -> collected(item).clauses().stream()
                        .anyMatch(c -> !c.leads().isEmpty() && (!c.leadByConvention() || ownsOne(c)))).count();
                if (Kinds.ownedGoals(led, items.size())) {
                    owned.add(part);
                }
            }
            return owned;
        }

        /**
         * True when a clause that names its lead by convention hands the item to one body of its own (责任单位:区发展和改革局
         * under each expected figure), not to every department at once (市政府各部门负责 under the plan's goals).
         */
        private static boolean ownsOne(Clause clause) {
            return clause.leads().stream().noneMatch(u -> u.contains("各") || u.startsWith("有关") || u.startsWith("相关"));
        }

        private void collectItems(Outline.Node node, List<Outline.Node> items) {
            if (isTask(node)) {
                items.add(node);
                return;
            }
            for (Outline.Node child : node.children) {
                collectItems(child, items);
            }
        }

        private static Outline.Node part(Outline.Node node) {
            return node.ancestors().isEmpty() ? node : node.ancestors().get(0);
        }

        /** True when some (一) number occurs in more than one part: then (一) alone would be ambiguous. */
        private static boolean restarts(Outline outline) {
            Map<Integer, Outline.Node> seen = new HashMap<>();
            for (Outline.Node node : outline.nodes) {
                // groups over numbered items outside any part (an annex's (一) over its 1. 2.) are never numbered as
                // tasks, so their numbers make no part's (一) ambiguous
                if (node.style() == Numbering.SECTION
                        && !(node.parent.isRoot() && node.hasDescendant(n -> n.style().arabic()))) {
                    Outline.Node other = seen.putIfAbsent(node.number.ordinal(), node);
                    if (other != null && other.parent != node.parent) {
                        return true;
                    }
                }
                if (node.style() == Numbering.PART && !seen.isEmpty() && node.children.isEmpty()
                        && node.paragraphs.stream().limit(2).anyMatch(p -> CUT_FIRST_SECTION.matcher(p).matches())) {
                    return true; // a later part opening with (一, the page cut there: its groups number from (一) again
                }
            }
            return false;
        }

        /**
         * True when a part's heading is one sentence of its own, closed by its 。, over lines of text (一、优化生育支持政策。 /
         * 免费为…): a measure stated, its text beneath; a part's name (二、主要任务) has no 。.
         */
        private static boolean measureSentence(Outline.Node node) {
            String rest = node.number.rest().strip();
            return rest.length() >= 8 && rest.length() <= 60 && rest.indexOf('。') == rest.length() - 1
                    && node.paragraphs.size() >= 2;
        }

        /**
         * True when a part's heading names a measure in words of its own (一、统筹推进教育优先发展, 二、涵育“和谐文化”) over
         * text that states it, with nothing numbered beneath: the part is the measure. A part that names a topic
         * (活动时间, 参加对象, 工作内容) or a kind (主要任务) is no measure. Asked only where every part of the plan is
         * flat ({@code flatParts}): beside parts with items or a table, such a part is the notice's own (一、提高政治站位).
         */
        private static boolean measureHeading(Outline.Node node) {
            String rest = node.number.rest().strip();
            if (rest.length() < 4 || rest.length() > 30 || !TextOps.isHan(rest.charAt(0)) || TOPIC_HEADING.matcher(rest).find()) {
                return false;
            }
            for (int i = 0; i < rest.length(); i++) {
                if ("。;:.".indexOf(rest.charAt(i)) >= 0) {
                    return false;
                }
            }
            int text = 0;
            for (String p : node.paragraphs.subList(Math.min(1, node.paragraphs.size()), node.paragraphs.size())) {
                text += p.length();
            }
            return text >= MEASURE_LINE && MEASURE_VERB.matcher(rest).lookingAt();
        }

        /** A heading that names what a part is about rather than a measure (活动时间, 参加对象, 基本情况). */
        private static final Pattern TOPIC_HEADING = Pattern.compile(
                "(?:时间|地点|对象|主题|内容|名称|范围|安排|步骤|阶段|方式|方法|程序|流程|依据|说明|职责|机构|人员|经费|标准|条件|事项|期限|情况|背景)$");

        /** A measure's heading starts with what is to be done (统筹推进, 大力提升, 厚植, 持续优化). */
        private static final Pattern MEASURE_VERB = Pattern.compile(
                "(?:(?:大力|全面|深入|持续|切实|着力|扎实|统筹|积极|加快|稳步|不断|进一步|继续|深化|全力|坚持)?(?:推进|推动|提升|提高|加强|强化|完善|健全|优化|深化|打造|建设|构建|实施|开展|落实|促进|保障|抓好|做好|发展|培育|厚植|涵育|培养|创生|夯实|巩固|拓展|扩大|规范|创新|改善|办好|守住|筑牢|增强|补齐|织密|加大|严格|压实"
                        + "|建立|推行|确保|抓实|做实))");

        /** True when a heading line goes on after its first sentence with a measure's text of some length. */
        private static boolean headingGoesOn(String rest) {
            int stop = rest.indexOf('。');
            // or no heading at all: the measure's own sentence printed on the part's line, longer than any heading
            // (二、继续实行集团化办学、联盟帮扶、合作办学模式,加强与…结对帮扶,…助力教育优质均衡发展。)
            return stop > 0 && (stop <= 30 && rest.length() - stop > 30 || stop >= MEASURE_LINE
                    && Kinds.statedBy(rest.substring(0, OPENING_WORDS)) == null); // (not 工作目标全面落实…: a heading glued on)
        }

        /** How many characters of a part's line can hold a heading's word glued to the text after it. */
        private static final int OPENING_WORDS = 6;

        /** The shortest first sentence of a part's line that is a measure's text, not a heading. */
        private static final int MEASURE_LINE = 32;

        /** The headings of the parts after this one at its level. */
        private List<String> laterHeadings(Outline.Node node) {
            List<Outline.Node> siblings = node.parent.children;
            int at = siblings.indexOf(node);
            return siblings.subList(at + 1, siblings.size()).stream().map(this::title).toList();
        }

        /** The kind the part's heading gives (the top heading; below a 第一章 that says nothing, the one under it). */
        private String kindOf(Outline.Node node) {
            String heading = title(node);
            if (GOALS_ITEM.matcher(heading).matches()
                    || heading.length() <= GOAL_HEADING_LENGTH && Kinds.GOAL.equals(Kinds.statedBy(heading))) {
                // 1.主要目标指标, 1.指导思想, 2.基本原则 under a part of tasks: the plan's goals, listed as items
                return Kinds.GOAL;
            }
            List<Outline.Node> ancestors = node.ancestors();
            for (int i = 0; i < ancestors.size() && i < 2; i++) {
                Outline.Node ancestor = ancestors.get(i);
                String stated = statedBy(ancestor);
                if (stated != null) {
                    return stated;
                }
                if (ancestor.style() != Numbering.CHAPTER && !mixed(ancestor)) {
                    return Kinds.TASK;
                }
            }
            if (node.parent.isRoot()) {
                String own = title(node);
                if (own.length() <= 6) {
                    String stated = statedBy(node);
                    if (stated != null) {
                        return stated;
                    }
                }
            }
            return Kinds.TASK;
        }

        private String path(Outline.Node node) {
            String cached = paths.get(node);
            if (cached != null) {
                return cached;
            }
            String parent = node.parent.isRoot() ? "" : path(node.parent);
            String own = node.style() == Numbering.PART ? node.number.number() + "、" : node.number.number();
            String path = parent + own;
            // the same number again (a plan printed twice, numbering restarting in an annex): the same heading is the
            // same section, another heading gets a path of its own
            int n = 2;
            for (Outline.Node other = pathOwners.putIfAbsent(path, node); other != null && other != node
                    && !title(other).equals(title(node)); other = pathOwners.putIfAbsent(path, node)) {
                path = parent + own + "#" + n++;
            }
            paths.put(node, path);
            return path;
        }

        private String parentPath(Outline.Node node) {
            return node.parent.isRoot() ? null : path(node.parent);
        }

        private void section(Outline.Node node) {
            int level = node.ancestors().size() + 1;
            String kind = node.parent.isRoot() ? ofHeading(node) : kindOf(node);
            String number = node.style() == Numbering.PART ? node.number.number() + "、" : node.number.number();
            if (!sectionPaths.add(path(node))) {
                return; // printed again
            }
            sections.add(new ParsedSection(path(node), number, title(node), level, parentPath(node), kind,
                    node.inferred));
        }

        /** A heading that ends with the weight its item carries in an assessment: 基层组织建设(30分). */
        private static final Pattern WEIGHTED_HEADING = Pattern.compile("^[^。;,]{2,30}\\(\\d{1,3}(?:\\.\\d)?分\\)$");

        private void task(Outline.Node node) {
            String kind = kindOf(node);
            if (kind.equals(Kinds.GOAL) && ownedGoalParts.contains(part(node))) {
                kind = Kinds.TASK;
            }
            String number = node.number.number();
            if (node.style() == Numbering.SECTION && sectionNumbersRestart && !node.parent.isRoot()
                    && node.parent.style() == Numbering.PART) {
                number = node.parent.number.number() + number;
            }
            String sectionPath = parentPath(node);
            String pathKey = sectionPath == null ? "" : sectionPath;
            if (!printedTasks.add(pathKey + "/" + number + "|" + title(node))) {
                // the same task, numbered and worded alike, printed again (a page holding the plan twice)
                repeated.add(node);
                return;
            }
            number = uniqueNumber(pathKey, number);
            Collected own = collected(node);
            Clause effective = Clauses.union(own.clauses());
            if (own.clauses().size() == 1) {
                effective = Clauses.ledInText(effective, own.text());
            }
            if (namesNoUnit(effective)) {
                Clause inherited = inheritedClause(node);
                if (inherited != null) {
                    effective = effective == null ? inherited : Clauses.union(List.of(inherited, effective));
                }
            }
            if (namesNoUnit(effective)) {
                Clause worded = ownerInWording(node);
                effective = worded != null ? worded : effective;
            }
            // what a clause carries to later measures holds in its part; measures that are parts themselves (一、…
            // with its clause) carry it through the document (the null key)
            Outline.Node part = node.ancestors().isEmpty() ? null : node.ancestors().get(0);
            List<String> coNames = effective == null ? List.of() : new ArrayList<>(effective.co());
            if (effective != null && !effective.leads().isEmpty()) {
                addCo(coNames, effective.leads(), carried.getOrDefault(part, List.of()));
                if (part != null && Clauses.listsDuties(title(part))) {
                    // a division of work: the bodies its later sentences open with before 负责 share the measure
                    addCo(coNames, effective.leads(), Clauses.dutiesInSentences(own.text()));
                }
            }
            if (effective != null) {
                firstLeads |= effective.firstLeads();
                if (!effective.carried().isEmpty()) {
                    carried.computeIfAbsent(part, p -> new ArrayList<>()).addAll(effective.carried());
                }
            }
            List<UnitRef> leads = effective == null ? List.of() : effective.leads().stream().map(units::resolve).toList();
            List<UnitRef> co = coNames.stream().map(units::resolve).toList();
            ParsedTask task = new ParsedTask(kind, number, title(node), own.text().strip(), sectionPath, leads, co,
                    effective != null && effective.leadByConvention() && !firstLeads,
                    effective == null ? null : effective.printed(), effective == null ? null : effective.deadline(),
                    effective == null ? null : Deadlines.read(effective.deadline(), planYear()));
            tasks.add(task);
            taskOf.put(node, task);
            if (Kinds.TASK.equals(kind)) {
                addSchoolUnits(task);
            }
        }

        /** The school a plan is the plan of: named in its title (…城东镇中学学校工作计划) or as its issuer. */
        void readOwnSchools() {
            if (meta.title() != null) {
                for (String school : Schools.find(meta.title(), meta.region())) {
                    addSchool(school, null);
                }
            }
            for (String issuer : meta.issuers()) {
                if (Schools.isSchoolUnit(issuer)) {
                    addSchool(issuer, null);
                }
            }
        }

        /** A school named as a responsible unit (责任单位:省教育厅、兰州大学) is a school the plan names. */
        private void addSchoolUnits(ParsedTask task) {
            for (UnitRef unit : concat(task.leads(), task.co())) {
                if (Schools.isSchoolUnit(unit.name())) {
                    addSchool(unit.name(), task);
                }
            }
        }

        private static List<UnitRef> concat(List<UnitRef> a, List<UnitRef> b) {
            List<UnitRef> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }

        private void addSchool(String school, ParsedTask owner) {
            List<String> keys = schoolTasks.computeIfAbsent(school, k -> new ArrayList<>());
            if (owner != null && !keys.contains(owner.key())) {
                keys.add(owner.key());
            }
        }

        /** A task's clauses and text (collectClauses), read once: ownedParts asks for them before task does. */
        private record Collected(List<Clause> clauses, String text) {
        }

        private Collected collected(Outline.Node node) {
            Collected known = collected.get(node);
            if (known == null) {
                List<Clause> clauses = new ArrayList<>();
                StringBuilder text = new StringBuilder();
                collectClauses(node, clauses, text);
                known = new Collected(clauses, text.toString());
                collected.put(node, known);
            }
            return known;
        }

        private void collectClauses(Outline.Node node, List<Clause> clauses, StringBuilder text) {
            for (int i = 0; i < node.paragraphs.size(); i++) {
                String paragraph = node.paragraphs.get(i);
                List<Clause> found = clausesIn(paragraph);
                clauses.addAll(found);
                String shown = cut(paragraph, found);
                // a sub-item keeps its number in the task's text: "(1)完善制度。"
                if (i == 0 && node.line != null && !node.number.rest().isEmpty() && text.length() > 0) {
                    shown = node.line.substring(0, node.line.length() - node.number.rest().length()) + shown;
                }
                text.append(shown).append('\n');
                warnUnreadClause(paragraph, found);
            }
            clauses.addAll(node.lineClauses);
            for (Outline.Node child : node.children) {
                collectClauses(child, clauses, text);
            }
        }

        private List<Clause> ownClauses(Outline.Node node) {
            List<Clause> out = new ArrayList<>(node.lineClauses);
            Clause heading = node.children.isEmpty() || node.isRoot() ? null : Clauses.ofLeadingHeading(node.number.rest());
            if (heading != null) {
                out.add(heading); // 一、县示范区管委会牵头工作(8项): the lead of the tasks beneath
            }
            for (String paragraph : node.paragraphs) {
                out.addAll(clausesIn(paragraph));
            }
            return out;
        }

        /** Adds to {@code co} each unit that neither leads nor is there already, in order. */
        private static void addCo(List<String> co, List<String> leads, List<String> units) {
            for (String unit : units) {
                if (!leads.contains(unit) && !co.contains(unit)) {
                    co.add(unit);
                }
            }
        }

        private static boolean namesNoUnit(Clause clause) {
            return clause == null || clause.leads().isEmpty() && clause.co().isEmpty();
        }

        /**
         * The owner a task's wording names where no clause does: the bodies it opens with before 负责
         * (1.区交通与建设局负责打击…), or in a part of duties (五、职责分工) the body it opens with or the body its group
         * heading is ((五)区社会事业局 over its 1.–5.). Null when it names none.
         */
        private Clause ownerInWording(Outline.Node node) {
            Clause subject = Clauses.subject(title(node));
            for (int i = 0; subject == null && i < node.paragraphs.size() && i < 2; i++) {
                // the measure's first sentence assigns it (1.组建汤沟教育集团 / 该集团由汤沟中心学校负责组建,…)
                Matcher assigned = ASSIGNED.matcher(node.paragraphs.get(i));
                if (assigned.lookingAt()) {
                    subject = Clauses.subject(node.paragraphs.get(i).substring(assigned.end()));
                }
            }
            if (subject == null) {
                // (一)道路客运经营监管。由县交通运输局牵头,根据…: the sentence after the heading opens with its owners
                String rest = node.number.rest();
                int stop = rest.indexOf('。');
                if (stop > 0 && stop + 1 < rest.length() && title(node).length() <= stop) {
                    // its bodies, a comma after each (not 由乡镇负责协调…), also after when it is done (每年底,由X牵头,…);
                    // or the body that leads it as the sentence's subject (市交通委牵头及时修订…)
                    subject = Clauses.leadingSentence(rest.substring(stop + 1));
                }
            }
            if (subject != null && (subject.printed().startsWith("由") || !subject.co().isEmpty())) {
                // a measure whose first sentence opens with its owners may give later sub-measures their own
                List<Clause> later = new ArrayList<>();
                for (String paragraph : node.paragraphs) {
                    later.addAll(Clauses.laterOpenings(paragraph));
                }
                if (!later.isEmpty()) {
                    later.add(0, subject);
                    return Clauses.union(later);
                }
            }
            if (subject != null) {
                return subject;
            }
            if (node.ancestors().isEmpty() || !Clauses.listsDuties(title(node.ancestors().get(0)))) {
                if (node.parent != null && !node.parent.isRoot() && leveledBody(title(node.parent))) {
                    // (二十)市交通局 over 1、… 2、… outside a part of duties: that body's measures, unless the item
                    // opens with a body of its own
                    Clause own = Clauses.dutyHolder(title(node));
                    return own != null ? own : Clauses.dutyHolder(title(node.parent));
                }
                return null;
            }
            Clause holder = Clauses.dutyHolder(title(node));
            if (holder == null && node.parent != node.ancestors().get(0) && !node.parent.isRoot()) {
                holder = Clauses.dutyHolder(title(node.parent));
                holder = holder != null && holder.printed().length() == title(node.parent).length() ? holder : null;
            }
            return holder;
        }

        /** A heading that is a body's name and nothing else, named with its level: 市交通局, 区数据局. */
        private static boolean leveledBody(String title) {
            return title.length() >= 3 && title.length() <= 20
                    && (Clauses.LEVEL_CHARS.indexOf(title.charAt(0)) >= 0 || title.charAt(0) == '街')
                    && title.indexOf('、') < 0 && UnitNames.named(title);
        }

        /** The clause of the nearest group heading above a task that states one for all its tasks. */
        private Clause inheritedClause(Outline.Node node) {
            for (Outline.Node n = node.parent; n != null && !n.isRoot(); n = n.parent) {
                List<Clause> own = ownClauses(n);
                if (!own.isEmpty()) {
                    return Clauses.union(own);
                }
            }
            return null;
        }

        private void warnUnreadClause(String paragraph, List<Clause> found) {
            if (found.isEmpty() && UNREAD_CLAUSE.matcher(paragraph).find()) {
                String tail = paragraph.substring(Math.max(0, paragraph.lastIndexOf('(')));
                clauseWarnings.add("a responsibility clause could not be read: " + abbreviate(tail));
            }
        }

        /** True when the node or a part above it is headed as the plan's starting point (一、重要意义, 发展现状). */
        private static boolean describesThePast(Outline.Node node) {
            for (Outline.Node n = node; n != null && !n.isRoot(); n = n.parent) {
                if (n.number != null && Targets.describesThePast(n.number.rest())) {
                    return true;
                }
            }
            return false;
        }

        private ParsedTask owner(Outline.Node node) {
            for (Outline.Node n = node; n != null && !n.isRoot(); n = n.parent) {
                ParsedTask t = taskOf.get(n);
                if (t != null) {
                    return t;
                }
            }
            return null;
        }

        private String withoutClauses(String paragraph) {
            return cut(paragraph, clausesIn(paragraph));
        }

        private static String cut(String paragraph, List<Clause> clauses) {
            if (clauses.isEmpty()) {
                return paragraph;
            }
            StringBuilder out = new StringBuilder(paragraph);
            for (int i = clauses.size() - 1; i >= 0; i--) {
                Clause c = clauses.get(i);
                out.delete(c.start(), Math.min(c.end(), out.length()));
            }
            return out.toString().strip();
        }

        /** The printed heading, or the first sentence, without the clause and the final 。. */
        private String title(Outline.Node node) {
            return titles.computeIfAbsent(node, this::readTitle);
        }

        /** The kind the node's heading states (Kinds.statedBy), or null; asked once for each node. */
        private String statedBy(Outline.Node node) {
            if (!statedKinds.containsKey(node)) {
                statedKinds.put(node, Kinds.statedBy(title(node), () -> laterHeadings(node)));
            }
            return statedKinds.get(node);
        }

        /** As {@code Kinds.ofHeading} of the node's heading and the later ones: its statedBy, else task. */
        private String ofHeading(Outline.Node node) {
            String stated = statedBy(node);
            return stated == null ? Kinds.TASK : stated;
        }

        /** Kinds.mixed of the node's heading, asked once for each node. */
        private boolean mixed(Outline.Node node) {
            return mixedHeadings.computeIfAbsent(node, n -> Kinds.mixed(title(n)));
        }

        private String readTitle(Outline.Node node) {
            String rest = node.number.rest();
            if (rest.isEmpty() && !node.paragraphs.isEmpty()) {
                rest = node.paragraphs.get(0);
            }
            String paragraph = rest;
            String text = cut(rest, clausesIn(rest).stream().filter(c -> !inSentence(paragraph, c)).toList());
            if (text.indexOf('分') > 0) {
                Matcher weighted = HEADING_THEN_RULES.matcher(text);
                if (weighted.lookingAt()) {
                    return weighted.group(1); // 民主集中制(1分)坚持集体领导…: the heading with its weight, the rules after it
                }
            }
            return firstSentence(text);
        }

        /** An assessment item's heading and its weight run straight into its rules: 民主集中制(1分)坚持…. */
        private static final Pattern HEADING_THEN_RULES = Pattern.compile(
                "([^,。;:()]{2,24}\\(\\d{1,3}(?:\\.\\d{1,2})?分\\))(?=[\\p{IsHan}“A-Za-z0-9])");

        /**
         * True when an unbracketed, unlabelled clause goes on from a comma of the sentence before it (教育工作8分,由县教育局
         * 负责考核; …负责考核,此项考核由县减负办牵头并汇总): part of that sentence, which titles the task whole.
         */
        private static boolean inSentence(String paragraph, Clause c) {
            String printed = c.printed().strip();
            if (printed.isEmpty() || "(〔[【".indexOf(printed.charAt(0)) >= 0 || printed.indexOf(':') >= 0
                    || c.start() < paragraph.length() && paragraph.charAt(c.start()) == ',') {
                return false; // (a clause from its comma on closes a heading's sentence: no part of the title)
            }
            int before = c.start() - 1;
            while (before >= 0 && Character.isWhitespace(paragraph.charAt(before))) {
                before--;
            }
            if (before < 0 || "。;!?:".indexOf(paragraph.charAt(before)) >= 0) {
                return false;
            }
            if (printed.charAt(0) == '由' && TextOps.isHan(paragraph.charAt(before))) {
                return true; // 医疗卫生人员由县卫健局负责组织: the sentence's subject before 由 titles it with its clause
            }
            int comma = paragraph.lastIndexOf(',', before);
            return comma >= 0 && comma > Math.max(paragraph.lastIndexOf('。', before), paragraph.lastIndexOf(';', before));
        }

        static String firstSentence(String text) {
            String s = text.strip();
            boolean cut = false;
            int depth = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '(' || c == '〔' || (c == '“' || c == '《') && s.indexOf(c == '“' ? '”' : '》', i) > 0) {
                    depth++; // a quote the page never closed (打造“第一会客厅。利用…) holds no sentence end
                } else if ((c == ')' || c == '”' || c == '》' || c == '〕') && depth > 0) {
                    depth--;
                } else if (depth == 0 && (c == '。' || c == '!' || c == '?')) {
                    cut = s.substring(i + 1).chars().anyMatch(ch -> "。!?;: \t\n".indexOf(ch) < 0); // more follows
                    s = s.substring(0, i);
                    break;
                }
            }
            if (s.indexOf(':') >= 0 && HEADING_COLON.matcher(s).find() && s.indexOf(':') < s.length() - 1
                    && !UnitNames.named(s.substring(0, s.indexOf(':')))) {
                s = s.substring(0, s.indexOf(':')); // (not 区文明办:负责…: a body's duty, its whole sentence the title)
            }
            if (s.endsWith("分")) {
                // an item's weight printed after its sentence (…相关工作制度上墙; 5分) is no part of it
                s = WEIGHT_AFTER_STOP.matcher(s).replaceFirst("");
            }
            s = TextOps.withoutTrailing(s, "。;:,", TRAILING_STOPS).strip();
            // a note mark after an indicator (出院患者手术占比▲, explained under the table) is no part of its name
            s = TextOps.withoutTrailing(s, NOTE_MARKS, NOTE_MARKS_AT_END).strip();
            // an indicator's weight before the sentences that say how it is scored is no part of its name
            // (耕地保护任务落实(12分)。各县…); a heading or cell printed as a name with its weight and nothing else
            // (学习型机关创建(20分)) is the title as printed
            return cut && s.endsWith("分)") ? WEIGHT.matcher(s).replaceFirst("") : s;
        }

        private void collect(String text, ParsedTask owner, Integer year) {
            for (String school : Schools.find(text, meta.region())) {
                addSchool(school, owner);
            }
            for (Targets.Found f : Targets.find(text, year)) {
                targets.add(new ParsedTarget(owner == null ? null : owner.key(), owner == null ? null : owner.number(),
                        f.text(), f.metric(), f.comparator(), f.value(), f.unit(), f.year()));
            }
        }

        List<SchoolRef> schools() {
            String scope = meta.region() == null ? "" : meta.region().name();
            List<SchoolRef> out = new ArrayList<>();
            Aliases aliases = Aliases.standard();
            schoolTasks.forEach((name, keys) -> {
                String alias = aliases.name(name);
                out.add(new SchoolRef(name, alias != null ? alias : canonicalSchool(name), scope, List.copyOf(keys)));
            });
            return List.copyOf(out);
        }

        private String canonicalSchool(String name) {
            if (meta.region() == null || name.length() < 2) {
                return name;
            }
            char level = name.charAt(0);
            if (level == '市' && meta.region().city() != null) {
                return meta.region().city() + name.substring(1);
            }
            if ((level == '区' || level == '县') && meta.region().district() != null) {
                return meta.region().districtName() + name.substring(1);
            }
            return name;
        }

        /** What a coordinator should look at: parts without tasks, unread tables and clauses, owners missing. */
        List<String> warnings(Outline outline, List<Tables.Table> tables, boolean printsOwners) {
            List<String> out = new ArrayList<>();
            for (Tables.Table t : tables) {
                out.addAll(t.warnings());
            }
            out.addAll(clauseWarnings.stream().distinct().limit(10).toList());
            List<ParsedTask> work = tasks.stream().filter(t -> t.kind().equals(Kinds.TASK)).toList();
            if (work.isEmpty()) {
                out.add("no numbered tasks were found beneath the headings");
            }
            for (Outline.Node part : outline.root.children) {
                if (ofHeading(part).equals(Kinds.TASK) && !taskOf.containsKey(part)
                        && !part.hasDescendant(taskOf::containsKey) && part.style() != Numbering.CHAPTER
                        && part.allParagraphs().stream().mapToInt(String::length).sum() > 300
                        && part.children.isEmpty() && !work.isEmpty()) {
                    out.add("part " + path(part) + title(part) + " has text but no numbered tasks");
                }
            }
            long owned = work.stream().filter(t -> !t.orphan()).count();
            List<String> orphans = work.stream().filter(ParsedTask::orphan).map(ParsedTask::key).toList();
            if (owned == 0 && !work.isEmpty() && printsOwners) {
                out.add("no task names a responsible unit although the plan prints who is responsible (牵头单位, 责任单位): "
                        + "its clauses or table columns could not be read");
            }
            if (owned * 2 >= work.size() && !orphans.isEmpty()) {
                out.add(orphans.size() + " of " + work.size() + " tasks name no responsible unit although most do: "
                        + String.join(", ", orphans.stream().limit(10).toList()) + (orphans.size() > 10 ? " …" : ""));
            }
            return List.copyOf(out);
        }

        private static String abbreviate(String s) {
            return s.length() <= 40 ? s : s.substring(0, 40) + "…";
        }
    }
}
