package dev.policygraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text of a Chinese local-government policy plan (实施方案, 行动方案, 实施意见) into its metadata,
 * section hierarchy, numbered tasks with their responsible units, named schools and quantified targets.
 * Pure: no I/O beyond the bytes it is given, no framework.
 */
public final class DocumentParser {

    /**
     * Changes whenever the parser reads the same text differently (or more of its result is stored), so that
     * documents stored by an older version are parsed again on ingest instead of being skipped as unchanged.
     */
    public static final String VERSION = "8";

    private static final Pattern LEVEL1 = Pattern.compile("^([一二三四五六七八九十]+)[、.]\\s*(.+)$");
    private static final Pattern LEVEL2 = Pattern.compile("^\\(([一二三四五六七八九十]+)\\)\\s*(.+)$");
    private static final Pattern PROJECT = Pattern.compile("^((?:实施|重点)项目)\\s*(\\d+)\\s*[::]\\s*(.+)$");
    private static final Pattern TASK = Pattern.compile("^(\\d{1,3})\\s*[.、](?!\\d)\\s*(.+)$");
    /** Tasks numbered (1), (2) ... in plans that have no 1. 2. numbering (elsewhere they are items of a task). */
    private static final Pattern TASK_PARENTHESISED = Pattern.compile("^\\((\\d{1,3})\\)\\s*(.+)$");
    private static final Pattern LABEL_ONLY = Pattern.compile("^[\\p{IsHan}]{2,8}(?:——|—|:)$");
    private static final Pattern GOAL = Pattern.compile("目标|指导思想|总体要求|基本原则|工作原则|总体思路|发展思路|背景|现状");
    private static final Pattern SAFEGUARD = Pattern.compile("保障|组织实施|组织领导|实施步骤|进度安排|步骤|附则");
    private static final Pattern REQUIREMENT = Pattern.compile("要求");
    private static final Pattern SENTENCE_END = Pattern.compile("[。;!?]");
    private static final String CN_DIGITS = "一二三四五六七八九十";

    private final Aliases aliases;

    public DocumentParser() {
        this(Aliases.standard());
    }

    DocumentParser(Aliases aliases) {
        this.aliases = aliases;
    }

    /** Parses one file's bytes; throws {@link ParseException} when the bytes are no readable document. */
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

    private ParsedDocument parseText(String file, String text) {
        String normalized = Paragraphs.normalize(text);
        List<String> paragraphs = Paragraphs.split(normalized);
        Pattern taskPattern = taskPattern(paragraphs);
        int bodyStart = firstHeading(paragraphs, taskPattern);
        List<String> preamble = paragraphs.subList(0, bodyStart < 0 ? Math.min(paragraphs.size(), 40) : bodyStart);
        DocumentMeta meta = Metadata.read(preamble, paragraphs);
        Builder builder = new Builder(meta, new UnitResolver(meta.region(), aliases), taskPattern);
        builder.walk(paragraphs, Math.max(bodyStart, 0), bodyStart >= 0);
        if (builder.tasks.isEmpty() && bodyStart < 0) {
            throw new ParseException(file, "no sections or numbered tasks found; is this a policy plan?");
        }
        return new ParsedDocument(file, sha256(normalized), sha256(normalized.replaceAll("[\\s\\p{P}\\p{S}]", "")),
                meta, List.copyOf(builder.sections), List.copyOf(builder.tasks), builder.schools(),
                List.copyOf(builder.targets), normalized);
    }

    /** How this document numbers its tasks: 1. / 1、 when it uses that anywhere, else (1). */
    private static Pattern taskPattern(List<String> paragraphs) {
        for (String p : paragraphs) {
            if (TASK.matcher(p).matches()) {
                return TASK;
            }
        }
        for (String p : paragraphs) {
            if (TASK_PARENTHESISED.matcher(p).matches()) {
                return TASK_PARENTHESISED;
            }
        }
        return TASK;
    }

    private static int firstHeading(List<String> paragraphs, Pattern task) {
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (LEVEL1.matcher(p).matches() || LEVEL2.matcher(p).matches()) {
                return i;
            }
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            if (task.matcher(paragraphs.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Walks the body once, keeping the current position in the hierarchy. */
    private static final class Builder {

        private final DocumentMeta meta;
        private final UnitResolver units;
        private final List<ParsedSection> sections = new ArrayList<>();
        private final List<ParsedTask> tasks = new ArrayList<>();
        private final List<ParsedTarget> targets = new ArrayList<>();
        private final Map<String, List<String>> schoolTasks = new LinkedHashMap<>();

        private final ParsedSection[] open = new ParsedSection[4];
        private OpenTask task;
        private Integer sectionYear;
        private Clause sectionClause;

        private final Pattern taskPattern;

        Builder(DocumentMeta meta, UnitResolver units, Pattern taskPattern) {
            this.meta = meta;
            this.units = units;
            this.taskPattern = taskPattern;
        }

        void walk(List<String> paragraphs, int from, boolean hasHeadings) {
            for (int i = from; i < paragraphs.size(); i++) {
                String p = paragraphs.get(i);
                String next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : "";
                if (!heading(p) && !taskStart(p) && !clauseOnly(p)) {
                    if (unnumberedHeading(p, next)) {
                        continue;
                    }
                    body(p);
                }
            }
            closeTask();
        }

        private boolean heading(String p) {
            Matcher m = LEVEL1.matcher(p);
            if (m.matches() && !looksLikeSentenceNumber(m.group(2))) {
                openSection(1, m.group(1) + "、", m.group(2), false);
                return true;
            }
            m = LEVEL2.matcher(p);
            if (m.matches()) {
                openSection(2, "(" + m.group(1) + ")", m.group(2), false);
                return true;
            }
            m = PROJECT.matcher(p);
            if (m.matches()) {
                openSection(3, m.group(1) + m.group(2), m.group(3), false);
                return true;
            }
            return false;
        }

        private static boolean looksLikeSentenceNumber(String rest) {
            return rest.isEmpty();
        }

        private void openSection(int level, String number, String rest, boolean inferred) {
            closeTask();
            Clause clause = Clauses.find(rest);
            String content = clause == null ? rest : cut(rest, clause);
            String title = firstSentence(content);
            String parentPath = null;
            for (int l = level - 1; l >= 1; l--) {
                if (open[l] != null) {
                    parentPath = open[l].path();
                    break;
                }
            }
            String path = (parentPath == null ? "" : parentPath) + number;
            String kind = level == 1 ? kindOf(title) : (parentPath == null ? "task" : kindOfPath(parentPath));
            ParsedSection section = new ParsedSection(path, number, title, level, parentPath, kind, inferred);
            sections.add(section);
            open[level] = section;
            for (int l = level + 1; l < open.length; l++) {
                open[l] = null;
            }
            sectionYear = level == 1 ? null : sectionYear;
            sectionClause = clause;
            String remainder = content.length() > title.length() ? content.substring(title.length()) : "";
            if (clause != null && !remainder.isBlank()) {
                task = new OpenTask(kind, number, title, new StringBuilder(remainder), parentPath);
                task.clause = clause;
                closeTask();
                return;
            }
            collect(content, null);
        }

        private String kindOfPath(String path) {
            for (ParsedSection s : sections) {
                if (s.path().equals(path)) {
                    return s.kind();
                }
            }
            return "task";
        }

        private boolean taskStart(String p) {
            Matcher m = taskPattern.matcher(p);
            if (!m.matches()) {
                return false;
            }
            closeTask();
            String sectionPath = currentPath();
            String kind = sectionPath == null ? "task" : kindOfPath(sectionPath);
            task = new OpenTask(kind, m.group(1), null, new StringBuilder(m.group(2)), sectionPath);
            return true;
        }

        private boolean clauseOnly(String p) {
            Clause clause = Clauses.find(p);
            if (clause == null || clause.start() != 0 || clause.end() != p.length() && !p.substring(clause.end()).matches("[。.\\s]*")) {
                return false;
            }
            if (task != null) {
                Clause joined = task.clauseOnOwnLine ? Clauses.join(task.clause, clause) : null;
                task.clause = joined != null ? joined : clause;
                task.clauseOnOwnLine = true;
            } else {
                sectionClause = clause;
            }
            return true;
        }

        /** A short line with no number and no full stop, right before a task, inside numbered siblings. */
        private boolean unnumberedHeading(String p, String next) {
            if (p.length() > 40 || SENTENCE_END.matcher(p).find() || !taskPattern.matcher(next).matches()) {
                return false;
            }
            ParsedSection sibling = open[2];
            if (sibling == null || task == null) {
                return false;
            }
            int n = CN_DIGITS.indexOf(sibling.number().charAt(1));
            if (sibling.number().length() != 3 || n < 0 || n + 1 >= CN_DIGITS.length()) {
                return false;
            }
            openSection(2, "(" + CN_DIGITS.charAt(n + 1) + ")", p, true);
            return true;
        }

        private void body(String p) {
            if (LABEL_ONLY.matcher(p).matches()) {
                return;
            }
            if (task != null) {
                task.text.append('\n').append(p);
                return;
            }
            Integer year = Targets.leadingYear(p);
            if (year != null) {
                sectionYear = year;
            }
            collect(p, null);
        }

        private String currentPath() {
            for (int l = open.length - 1; l >= 1; l--) {
                if (open[l] != null) {
                    return open[l].path();
                }
            }
            return null;
        }

        private void closeTask() {
            if (task == null) {
                return;
            }
            OpenTask t = task;
            task = null;
            String text = t.text.toString();
            Clause clause = t.clause;
            if (clause == null) {
                Clause inline = Clauses.find(text);
                if (inline != null && text.substring(inline.end()).matches("[。.\\s]*")) {
                    clause = inline;
                }
            }
            if (clause != null && t.clause == null) {
                text = cut(text, clause);
            }
            Clause effective = clause != null ? clause : sectionClause;
            String title = t.title != null ? t.title : firstSentence(text);
            List<UnitRef> leads = effective == null ? List.of() : effective.leads().stream().map(units::resolve).toList();
            List<UnitRef> co = effective == null ? List.of() : effective.co().stream().map(units::resolve).toList();
            ParsedTask parsed = new ParsedTask(t.kind, t.number, title, text.strip(), t.sectionPath, leads, co,
                    effective != null && effective.leadByConvention(), effective == null ? null : effective.printed(),
                    effective == null ? null : effective.deadline());
            tasks.add(parsed);
            collect(text, parsed);
        }

        private void collect(String text, ParsedTask owner) {
            for (String school : Schools.find(text, meta.region())) {
                List<String> keys = schoolTasks.computeIfAbsent(school, k -> new ArrayList<>());
                if (owner != null && !keys.contains(owner.key())) {
                    keys.add(owner.key());
                }
            }
            for (Targets.Found f : Targets.find(text, sectionYear)) {
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
            if (level == '市') {
                return meta.region().city() + name.substring(1);
            }
            if ((level == '区' || level == '县') && meta.region().district() != null) {
                return meta.region().name() + name.substring(1);
            }
            return name;
        }

        private static String kindOf(String title) {
            if (SAFEGUARD.matcher(title).find()) {
                return "safeguard";
            }
            if (REQUIREMENT.matcher(title).find() && !title.contains("任务")) {
                return "requirement";
            }
            if (GOAL.matcher(title).find() && !title.contains("任务") && !title.contains("举措")) {
                return "goal";
            }
            return "task";
        }

        private static String cut(String text, Clause clause) {
            return (text.substring(0, clause.start()) + text.substring(clause.end())).strip();
        }

        private static String firstSentence(String text) {
            String first = text.strip();
            Matcher end = SENTENCE_END.matcher(first);
            if (end.find()) {
                first = first.substring(0, end.start());
            }
            int newline = first.indexOf('\n');
            return newline >= 0 ? first.substring(0, newline) : first;
        }
    }

    /** A task whose paragraphs are still being read. */
    private static final class OpenTask {
        final String kind;
        final String number;
        final String title;
        final StringBuilder text;
        final String sectionPath;
        Clause clause;
        boolean clauseOnOwnLine;

        OpenTask(String kind, String number, String title, StringBuilder text, String sectionPath) {
            this.kind = kind;
            this.number = number;
            this.title = title;
            this.text = text;
            this.sectionPath = sectionPath;
        }
    }
}
