package dev.policygraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading tree of a document. Lines are classified one by one ({@link Piece}); numbered headings open nodes
 * whose depth follows the order in which numbering styles appear (a style seen again closes everything opened below
 * it), text and clauses of their own belong to the node open at that point.
 */
final class Outline {

    /** What one line of the body is. */
    sealed interface Piece permits Heading, ClauseLine, Text, Annex, Box, Skipped {
    }

    /** 专栏1 社区养老服务设施建设工程: a box whose numbered items are part of the measure above it. */
    record Box(String text) implements Piece {
    }

    /** A numbered heading: 一、 (一) 1. (1) ① 第一章. */
    record Heading(Numbering.Match number, boolean inferred) implements Piece {
    }

    /** A line that is nothing but a responsibility clause (牵头单位:X, or (责任单位:A、B)). */
    record ClauseLine(Clause clause) implements Piece {
    }

    /** Running text. */
    record Text(String text) implements Piece {
    }

    /** 附件: an attachment begins; the heading tree starts again. */
    record Annex(String text) implements Piece {
    }

    /** A line read elsewhere (a row of a task table). */
    record Skipped() implements Piece {
    }

    private static final Pattern ANNEX = Pattern.compile("^附件\\s*\\d*\\s*[::.]?.{0,60}$");
    /** The label of the notes under a table or a list, on a line of its own: 注:, 备注:, 说明: (not 说明书). */
    private static final Pattern NOTES = Pattern.compile("^(?:注|备注|附注|说明)\\s*[:：]?$");
    /** Notes under a table, their first item on the label's line (注:1.…) or after it (注:). */
    private static final Pattern NOTE_LIST = Pattern.compile("^(?:注|备注|附注)\\s*[:：]\\s*(?:(\\d{1,2})[.、]|$)");
    private static final Pattern BOX = Pattern.compile("^专栏\\s*[0-9一二三四五六七八九十]{1,3}[^。]{0,50}$");
    private static final Pattern GLUED_ITEM = Pattern.compile("^(\\d{1,3})\\.(\\d.+)$");
    /**
     * A scoring rule numbered under an assessment indicator: …未制定实施方案的,扣1分 or 每出现一例扣2分 (the deduction
     * is what the item says, from its first clause).
     */
    private static final Pattern DEDUCTION = Pattern.compile("(?:[^。;:]{2,80}?的,?|[^。;:]{0,80}?每[^。;,]{1,20}?)(?:扣|减|扣除)[0-9.]+分");
    /** An entry of a compilation's contents: a document's title, then dots or nothing, then its page number. */
    private static final Pattern CONTENTS_ENTRY = Pattern.compile(
            "^[^。;,:]{4,60}?(?:要点|计划|方案|意见|办法|细则|规划|总结|报告|通知|清单|分工)(?:[.…·\\s]*)\\d{1,3}$");
    private static final int CONTENTS_LINE = 70;
    private static final Pattern SENTENCE_END = Pattern.compile("[。;!?]");

    /** A node of the tree. */
    static final class Node {
        final Numbering.Match number;
        final boolean inferred;
        final Node parent;
        final List<Node> children = new ArrayList<>();
        /** The node's own paragraphs: the rest of its heading line, then the text lines before the next heading. */
        final List<String> paragraphs = new ArrayList<>();
        /** Clauses printed on lines of their own, in the node's own text. */
        final List<Clause> lineClauses = new ArrayList<>();
        final int order;
        /** The heading line as printed, number included ("(1)完善制度。"); null for the root. */
        String line;
        boolean lastWasClauseLine;

        Node(Numbering.Match number, boolean inferred, Node parent, int order) {
            this.number = number;
            this.inferred = inferred;
            this.parent = parent;
            this.order = order;
        }

        Numbering style() {
            return number == null ? null : number.style();
        }

        boolean isRoot() {
            return number == null;
        }

        /** The part this node sits in: its ancestor just below the root (itself at the top). */
        List<Node> ancestors() {
            List<Node> out = new ArrayList<>();
            for (Node n = parent; n != null && !n.isRoot(); n = n.parent) {
                out.add(0, n);
            }
            return out;
        }

        boolean hasDescendant(java.util.function.Predicate<Node> test) {
            for (Node child : children) {
                if (test.test(child) || child.hasDescendant(test)) {
                    return true;
                }
            }
            return false;
        }

        boolean hasAncestor(java.util.function.Predicate<Node> test) {
            for (Node n = parent; n != null && !n.isRoot(); n = n.parent) {
                if (test.test(n)) {
                    return true;
                }
            }
            return false;
        }

        /** Every paragraph of the node and the nodes beneath it, in reading order. */
        List<String> allParagraphs() {
            List<String> out = new ArrayList<>(paragraphs);
            for (Node child : children) {
                out.addAll(child.allParagraphs());
            }
            return out;
        }

        List<Clause> allLineClauses() {
            List<Clause> out = new ArrayList<>(lineClauses);
            for (Node child : children) {
                out.addAll(child.allLineClauses());
            }
            return out;
        }
    }

    final Node root = new Node(null, false, null, 0);
    /** Every node but the root, in reading order. */
    final List<Node> nodes = new ArrayList<>();
    /** Lines before the first heading. */
    final List<String> preamble = new ArrayList<>();
    /** The clauses of each line read while classifying it (Clauses.findAll), for the parser to use again. */
    final Map<String, List<Clause>> clausesOfLines = new HashMap<>();

    private Outline() {
    }

    /** Classifies a body line. */
    static Piece classify(String line) {
        return classify(line, -1);
    }

    /**
     * Classifies a body line, knowing which 1. number comes next: "11.121人才梯队项目" is item 11 when 10 came
     * before, though 11.1 alone would read as a decimal.
     */
    static Piece classify(String line, int nextItem) {
        return classify(line, nextItem, Clauses::findAll);
    }

    private static Piece classify(String line, int nextItem, Function<String, List<Clause>> clausesOf) {
        if (line.startsWith("附件") && ANNEX.matcher(line).matches() && !line.contains("。")) { // ANNEX needs 附件 first
            return new Annex(line);
        }
        if (line.startsWith("专栏") && BOX.matcher(line).matches() && !line.contains("。")) {
            return new Box(line);
        }
        if (NOTES.matcher(line).matches()) {
            return new Box(line); // 注: over a table's notes: its 1. 2. are notes, as a box's items are part of it
        }
        Numbering.Match number = Numbering.match(line);
        if (number != null && number.style().arabic() && number.rest().indexOf('分') >= 0
                && DEDUCTION.matcher(number.rest()).lookingAt()) {
            return new Text(line); // 1、未组织学习的,扣1分: a rule of the score beneath an indicator, no task
        }
        if (number != null && number.style().arabic() && number.rest().length() <= CONTENTS_LINE
                && !number.rest().isEmpty() && Character.isDigit(number.rest().charAt(number.rest().length() - 1))
                && CONTENTS_ENTRY.matcher(number.rest()).matches()) {
            return new Text(line); // 3.市教育局2024年工作要点29: a compilation's contents, a document and its page
        }
        if (number != null) {
            return new Heading(number, false);
        }
        Matcher glued = nextItem > 0 ? GLUED_ITEM.matcher(line) : null;
        if (glued != null && glued.matches() && Integer.parseInt(glued.group(1)) == nextItem) {
            return new Heading(new Numbering.Match(Numbering.ITEM, nextItem, glued.group(1), glued.group(2)), false);
        }
        Clause clause = Clauses.whole(line, clausesOf.apply(line));
        if (clause != null) {
            return new ClauseLine(clause);
        }
        return new Text(line);
    }

    private static final Pattern ANNEX_LIST = Pattern.compile("^附件\\s*[::]\\s*(\\d{1,2})[.、]");

    /** The number of the first annex a list of annexes opens with (附件:1.公共场所…), or 0. */
    private static int firstListedAnnex(String line) {
        Matcher m = ANNEX_LIST.matcher(line);
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Builds the tree of the lines; lines in {@code skipped} (task tables) are left out. */
    static Outline of(List<String> lines, boolean[] skipped) {
        Outline outline = new Outline();
        List<Node> stack = new ArrayList<>();
        stack.add(outline.root);
        boolean started = false;
        Node box = null; // the measure whose 专栏 box is being read
        boolean notesBeforeStart = false; // 注: read before the first heading, its items are notes
        int notice = Metadata.noticeEnd(lines);
        int listedAnnexes = 0; // the number of the last annex a list of annexes (附件:1.… 2.…) named
        Numbering insetStyle = null; // the style of a list inside an item's text being read (insetList), and its next number
        int insetNext = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (skipped[i]) {
                continue;
            }
            String line = lines.get(i);
            if (i < notice) {
                outline.preamble.add(line); // a covering notice's own paragraphs
                continue;
            }
            Piece piece = classify(line, nextItem(stack),
                    l -> outline.clausesOfLines.computeIfAbsent(l, Clauses::findAll));
            if (piece instanceof Heading h && listedAnnexes > 0 && h.number().style() == Numbering.ITEM
                    && h.number().ordinal() == listedAnnexes + 1 && line.length() <= 60 && !line.contains("。")) {
                listedAnnexes++; // 附件:1.X then 2.Y: the second annex's name, no measure
                if (!started) {
                    outline.preamble.add(line);
                }
                continue;
            }
            listedAnnexes = piece instanceof Annex ? firstListedAnnex(line) : 0;
            if (piece instanceof Annex) {
                if (started) {
                    while (stack.size() > 1) {
                        stack.remove(stack.size() - 1);
                    }
                }
                if (!started) {
                    outline.preamble.add(line);
                }
                continue;
            }
            if (piece instanceof Box) {
                if (started) {
                    Node top = stack.get(stack.size() - 1);
                    top.paragraphs.add(line);
                    box = top;
                } else {
                    outline.preamble.add(line);
                    notesBeforeStart = NOTES.matcher(line).matches();
                }
                continue;
            }
            if (notesBeforeStart && piece instanceof Heading h && h.number().style().arabic()) {
                outline.preamble.add(line); // the notes under a table before any heading (注: 1. 2.)
                continue;
            }
            notesBeforeStart &= !(piece instanceof Heading);
            if (piece instanceof Heading h && box != null && inBox(stack, h.number())) {
                box.paragraphs.add(line);
                continue;
            }
            if (piece instanceof Heading || piece instanceof Annex) {
                box = null;
            }
            if (piece instanceof Heading h && started && (h.number().style() == insetStyle && h.number().ordinal() == insetNext
                    || insetList(stack, lines, skipped, i, h.number()))) {
                Node top = stack.get(stack.size() - 1);
                top.paragraphs.add(line); // 7.… / 1.… 2.… / 8.…: a list inside item 7's text, no items of the series
                top.lastWasClauseLine = false;
                insetStyle = h.number().style();
                insetNext = h.number().ordinal() + 1;
                continue;
            }
            if (piece instanceof Heading) {
                insetStyle = null;
            }
            if (piece instanceof Text t && started) {
                Matcher note = NOTE_LIST.matcher(t.text());
                if (note.lookingAt()) {
                    // 注:1.按表中所列… / 2.… / 3.…: the notes under a table, its items no measures
                    insetStyle = Numbering.ITEM;
                    insetNext = note.group(1) == null ? 1 : Integer.parseInt(note.group(1)) + 1;
                }
            }
            if (piece instanceof Heading h) {
                if (!started && !plausibleFirst(h.number()) && !seriesGoesOn(lines, skipped, i, h.number())) {
                    outline.preamble.add(line);
                    continue;
                }
                started = true;
                outline.open(stack, h.number(), false).line = line;
                continue;
            }
            if (!started) {
                outline.preamble.add(line);
                continue;
            }
            Node top = stack.get(stack.size() - 1);
            if (piece instanceof ClauseLine c) {
                if (top.lastWasClauseLine && !top.lineClauses.isEmpty()) {
                    Clause previous = top.lineClauses.remove(top.lineClauses.size() - 1);
                    top.lineClauses.add(Clauses.join(previous, c.clause()));
                } else {
                    top.lineClauses.add(c.clause());
                }
                top.lastWasClauseLine = true;
                continue;
            }
            String text = ((Text) piece).text();
            List<String> wrapped = top.lastWasClauseLine && !top.lineClauses.isEmpty() ? unitsOnly(text) : null;
            if (wrapped != null) {
                // 配合单位:县发改委、环保局 / 各乡镇(街道)、黎阳建管办: a list of units wrapped onto the next line
                Clause previous = top.lineClauses.remove(top.lineClauses.size() - 1);
                top.lineClauses.add(continued(previous, text, wrapped));
                continue;
            }
            Numbering.Match inferred = inferredHeading(stack, text, next(lines, skipped, i));
            if (inferred != null) {
                outline.open(stack, inferred, true).line = text;
                continue;
            }
            top.paragraphs.add(text);
            top.lastWasClauseLine = false;
        }
        return outline;
    }

    /** The units of a line that is nothing but units' names, two at least, joined by 、 (no sentence, no label); else null. */
    private static List<String> unitsOnly(String text) {
        if (text.length() > 80 || text.indexOf('、') < 0 || text.indexOf(':') >= 0) {
            return null;
        }
        for (int k = 0; k < text.length(); k++) {
            if ("。,;!?".indexOf(text.charAt(k)) >= 0) {
                return null;
            }
        }
        List<String> units = UnitNames.split(text);
        return units.size() >= 2 && units.stream().allMatch(UnitNames::named) ? units : null;
    }

    /** The clause of a labelled line with the units of the line that continues its list: co-operating, or leading. */
    private static Clause continued(Clause clause, String text, List<String> units) {
        boolean co = !clause.co().isEmpty() || clause.leadByConvention();
        List<String> leads = new ArrayList<>(clause.leads());
        List<String> others = new ArrayList<>(clause.co());
        for (String unit : units) {
            if (!leads.contains(unit) && !others.contains(unit)) {
                (co ? others : leads).add(unit);
            }
        }
        return new Clause(clause.printed() + "\n" + text, clause.start(), clause.end(), List.copyOf(leads),
                List.copyOf(others), clause.leadByConvention(), clause.deadline(), clause.carried(), clause.firstLeads());
    }

    /** The most items a list inside an item's text may hold. */
    private static final int INSET_ITEMS = 9;

    /**
     * True when a measure-numbered line starts a list inside the text of the open item of its own style: it restarts
     * at 1 under an item numbered n, and the series goes on with n + 1 right after the list's consecutive items
     * (7.… / 1.是否建立… 2.查看… / 8.…), with no heading of another level between.
     */
    private static boolean insetList(List<Node> stack, List<String> lines, boolean[] skipped, int at, Numbering.Match number) {
        if (!number.style().arabic() || number.ordinal() != 1) {
            return false;
        }
        Node open = null;
        for (int k = stack.size() - 1; k > 0; k--) {
            if (stack.get(k).style() == number.style()) {
                open = stack.get(k);
                break;
            }
            if (!stack.get(k).style().arabic()) {
                return false;
            }
        }
        if (open == null || open.number.ordinal() < 2) {
            return false;
        }
        int expected = 2;
        for (int j = at + 1; j < lines.size() && j <= at + 4 * INSET_ITEMS; j++) {
            if (skipped[j]) {
                return false;
            }
            Numbering.Match m = Numbering.match(lines.get(j));
            if (m == null) {
                continue;
            }
            if (m.style() != number.style()) {
                return false;
            }
            if (m.ordinal() == open.number.ordinal() + 1 && m.ordinal() != expected) {
                return true; // (where it would also go on with the list, it is the list's: 4. / 1. … 4. / 5.)
            }
            if (m.ordinal() != expected || expected > INSET_ITEMS) {
                return false;
            }
            expected++;
        }
        return false;
    }

    /**
     * True when a numbered line belongs to an open 专栏 box: its numbering is not one of the open headings', or it
     * does not continue that heading's series (the box's 1. 2. under a measure numbered 3.).
     */
    private static boolean inBox(List<Node> stack, Numbering.Match number) {
        for (int d = stack.size() - 1; d >= 1; d--) {
            Node n = stack.get(d);
            if (n.style() == number.style()) {
                return number.ordinal() != n.number.ordinal() + 1;
            }
        }
        return number.style() != Numbering.PART && number.style() != Numbering.CHAPTER;
    }

    /** The number the next 1. item would carry in the open branch, or -1. */
    private static int nextItem(List<Node> stack) {
        for (int d = stack.size() - 1; d >= 1; d--) {
            Node n = stack.get(d);
            if (n.style() == Numbering.ITEM) {
                return n.number.ordinal() + 1;
            }
        }
        return -1;
    }

    /** How far the next heading of a series is looked for. */
    private static final int SERIES_WINDOW = 40;

    /**
     * True when the next heading of the numbered line's style, within {@value #SERIES_WINDOW} lines, carries the next
     * number: a plan quoted from the middle ((二十四)… then (二十五)…, a news page quoting one part) starts there.
     */
    private static boolean seriesGoesOn(List<String> lines, boolean[] skipped, int at, Numbering.Match number) {
        for (int j = at + 1; j < lines.size() && j <= at + SERIES_WINDOW; j++) {
            Numbering.Match next = skipped[j] ? null : Numbering.match(lines.get(j));
            if (next != null && next.style() == number.style()) {
                return next.ordinal() == number.ordinal() + 1;
            }
        }
        return false;
    }

    /** The first heading of a body: a part, chapter or measure numbered one (not a stray "3." in a notice). */
    private static boolean plausibleFirst(Numbering.Match m) {
        return m.ordinal() == 1 || m.style() == Numbering.PART && m.ordinal() <= 2;
    }

    private Node open(List<Node> stack, Numbering.Match number, boolean inferred) {
        int same = -1;
        for (int d = stack.size() - 1; d >= 1; d--) {
            if (stack.get(d).style() == number.style()) {
                same = d;
                break;
            }
        }
        if (number.style() == Numbering.CHAPTER) {
            same = 1;
        }
        if (same >= 1) {
            while (stack.size() > same) {
                stack.remove(stack.size() - 1);
            }
        }
        Node parent = stack.get(stack.size() - 1);
        Node node = new Node(number, inferred, parent, nodes.size() + 1);
        parent.children.add(node);
        nodes.add(node);
        stack.add(node);
        if (!number.rest().isEmpty()) {
            node.paragraphs.add(number.rest());
        }
        node.line = number.rest();
        return node;
    }

    private static String next(List<String> lines, boolean[] skipped, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!skipped[j]) {
                return lines.get(j);
            }
        }
        return "";
    }

    /**
     * A short line with no number and no full stop, right before a numbered measure whose group heading (一) lost
     * its number (text taken from PDF): the next group heading, numbered by the parser.
     */
    private static Numbering.Match inferredHeading(List<Node> stack, String text, String next) {
        if (text.length() > 40 || SENTENCE_END.matcher(text).find()) {
            return null;
        }
        Numbering.Match following = Numbering.match(next);
        Node top = stack.get(stack.size() - 1);
        if (following == null || top.style() != following.style() || !following.style().arabic()
                || top.parent == null || top.parent.style() != Numbering.SECTION) {
            return null;
        }
        int ordinal = top.parent.number.ordinal() + 1;
        String digits = ordinal <= 10 ? String.valueOf("一二三四五六七八九十".charAt(ordinal - 1)) : null;
        if (digits == null) {
            return null;
        }
        return new Numbering.Match(Numbering.SECTION, ordinal, "(" + digits + ")", text);
    }
}
