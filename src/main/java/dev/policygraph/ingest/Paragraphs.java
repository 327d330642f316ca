package dev.policygraph.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises text (NFKC, no stray spaces) and cuts it into paragraphs. Text extracted from PDF, where lines are
 * hard-wrapped at a fixed width, is rejoined first, so that it yields the same paragraphs as the web text.
 */
final class Paragraphs {

    /** A line that begins a structural unit and therefore never continues the line before it (anchored: lookingAt). */
    static final Pattern STRUCTURAL_START = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)|\\d{1,3}\\s*[.、](?!\\d)|\\(\\d{1,3}\\)|[①-⑳]|"
                    + "第[一二三四五六七八九十百]+[章条]|附件|实施项目\\s*\\d+|——|[(〔]\\s*(?:牵头|责任|配合|主责|协办|参与|负责)(?:单位|部门)|"
                    + "(?:牵头|责任|配合|负责)(?:单位|部门)\\s*:)");
    /** A line that holds only a number (一、 or (一)), whose heading text was printed on the next line. */
    private static final Pattern NUMBER_ONLY = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)|\\d{1,3}[.、]|\\(\\d{1,3}\\)|[①-⑳])$");
    private static final Pattern BULLET_FIELD = Pattern.compile("•〔([\\p{IsHan}\\s]{2,8})〕");
    private static final Pattern FIELD_THEN_TEXT = Pattern.compile("(\n[\\p{IsHan}]{2,6}:[^\n:。]{0,30}?)正文(?=\\p{IsHan})");
    /** Angle brackets a web copy prints for round ones around a short note of places: 各县<市、区>人民政府. */
    private static final Pattern ANGLE_NOTE = Pattern.compile("[<‹]([\\p{IsHan}、,,]{1,12})[>›]");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern HTML_ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    // the lookaheads that open SPACE_NEAR_HAN and WIDE_GAP only name the characters every alternative starts with:
    // a cheap test at each position of the text before the script lookup of the lookbehind
    /**
     * A part's or a measure's heading and its paragraph joined by a space (一、坚决纠正…问题 严厉查处…行为。): the
     * heading is a line of its own. The heading holds no mark and no space, the paragraph is sentences.
     */
    private static final Pattern HEADING_THEN_TEXT = Pattern.compile(
            "^((?:[一二三四五六七八九十]{1,3}、|\\([一二三四五六七八九十]{1,3}\\))[\\p{IsHan}“”]{4,30}) ([\\p{IsHan}“”][^ ]{9,}。.*)$");
    private static final Pattern SPACE_NEAR_HAN = Pattern.compile(
            "(?= )(?:(?<=[\\p{IsHan}\\d%,.;:!?()《》“”、。])[ ]+|[ ]+(?=[\\p{IsHan}\\d%,.;:!?()《》“”、。]))");
    /** Page numbers and footers of PDF text: — 3 —, — — — 3 —, -3-, 第3页, 第3页共12页, 3/12. */
    private static final Pattern PAGE_MARK = Pattern.compile(
            "^(?:[-—–](?:\\s*[-—–]){0,3}\\s*\\d{1,4}\\s*[-—–](?:\\s*[-—–]){0,3}|第\\s*\\d{1,4}\\s*页(?:\\s*[,,]?\\s*共\\s*\\d{1,4}\\s*页)?"
                    + "|\\d{1,4}\\s*/\\s*\\d{1,4}"
                    // Word's page fields as a document site prints them: 第 PAGE 1 页 共 NUMPAGES 1 页, 第 PAGE
                    + "|第\\s*PAGE(?:\\s*\\d{1,4}\\s*页\\s*共\\s*NUMPAGES\\s*\\d{1,4}\\s*页)?)$");
    /** The fewest lines of one character each that make a cell printed vertically. */
    private static final int VERTICAL_RUN = 3;

    /**
     * A table cell printed vertically, one character a line (区 / 政 / 府 / 重 / 点 / 工 / 作), as one line; a bare
     * category number on the line before it (1. / 分 / 类 / 投 / 放) goes with it (1.分类投放).
     */
    static String verticalText(String s) {
        if (!hasVerticalRun(s)) {
            return s; // the cheap test first: most texts have no line of one character three times in a row
        }
        String[] lines = s.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            int j = i;
            while (j < lines.length && singleHan(lines[j])) {
                j++;
            }
            if (j - i < VERTICAL_RUN) {
                out.add(lines[i]);
                continue;
            }
            StringBuilder cell = new StringBuilder();
            if (!out.isEmpty() && BARE_CATEGORY_NUMBER.matcher(lines[i - 1].strip()).matches()) {
                cell.append(out.remove(out.size() - 1).strip()); // the number on the line before goes with it
            }
            for (int k = i; k < j; k++) {
                cell.append(lines[k].strip());
            }
            out.add(cell.toString());
            i = j - 1;
        }
        return String.join("\n", out);
    }

    /** True when some VERTICAL_RUN lines in a row hold one Han character each (spaces around it allowed). */
    private static boolean hasVerticalRun(String s) {
        int run = 0;
        int lineStart = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i < s.length() && s.charAt(i) != '\n') {
                continue;
            }
            int a = lineStart;
            int b = i;
            while (a < b && Character.isWhitespace(s.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
                b--;
            }
            run = b - a == 1 && TextOps.isHan(s.charAt(a)) ? run + 1 : 0;
            if (run >= VERTICAL_RUN) {
                return true;
            }
            lineStart = i + 1;
        }
        return false;
    }

    private static final Pattern BARE_CATEGORY_NUMBER = Pattern.compile("^(?:\\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、)$");

    private static boolean singleHan(String line) {
        String t = line.strip();
        return t.length() == 1 && TextOps.isHan(t.charAt(0));
    }

    /** A Markdown heading's marks before its text (# 标题, ## 一、总体要求). */
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^[ \\t]*#{1,6}[ \\t]+(?=\\S)");
    /** A converted file's page footer run into the sentence it cut: 第1页共18页 between two Han characters. */
    private static final Pattern INLINE_PAGE_FOOTER = Pattern.compile("(?<=\\p{IsHan})第\\s?\\d{1,4}\\s?页\\s?共\\s?\\d{1,4}\\s?页(?=\\p{IsHan})");
    /** A heading in bold that a PDF's text prints twice over: each digit twice, the dots, the title twice. */
    private static final Pattern BOLD_TWICE = Pattern.compile("(?m)^\\s*(\\d)\\s?\\1?\\.\\.\\s*(\\p{IsHan}[^\\s。,]{1,30}?)\\2");
    /** What {@link #markWideGaps} marks (ParagraphsTest compares them). */
    static final Pattern WIDE_GAP = Pattern.compile("(?=[\u3000 \u00a0])(?<=\\p{IsHan})(?:\u3000+|[ \u00a0]{2,}|\u3000[ ]+|[ ]+\u3000)(?=\\p{IsHan})");
    /** Lines that stand alone even in wrapped text: a document number, a date, a salutation. */
    private static final Pattern STANDALONE = Pattern.compile(
            "^(?:[\\p{IsHan}]{1,12}[〔\\[(]\\d{4}[〕\\])]\\d{1,4}号|\\d{4}年\\d{1,2}月\\d{1,2}日|[^。()]{2,60}:)$");
    private static final String TERMINAL = "。;:!?";
    /** A Cyrillic Р standing for a paragraph break, between Chinese text and not inside a Cyrillic word. */
    private static final Pattern SITE_BREAK = Pattern.compile("(?<![\\p{IsCyrillic}])Р(?![\\p{IsCyrillic}])");

    private Paragraphs() {
    }

    static String normalize(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').replace('\u000b', '\n');
        s = BoxTables.flatten(s);
        s = TwoColumns.read(s);
        if (s.contains("..")) {
            s = BOLD_TWICE.matcher(s).replaceAll("$1.$2"); // 11..散煤清洁化替代工程散煤清洁化替代工程: a bold heading printed twice
        }
        s = entities(s.indexOf('<') >= 0 ? HTML_TAG.matcher(s).replaceAll("") : s);
        if (s.indexOf('<') >= 0 || s.indexOf('‹') >= 0) {
            s = ANGLE_NOTE.matcher(s).replaceAll("($1)"); // 各县<市、区>人民政府: a note in angle brackets
        }
        s = SpacedTables.cells(s);
        // a wide gap between two names (教育部　国家发展改革委 in a joint signature) separates them: keep one space
        if (mayHoldWideGap(s)) {
            s = markWideGaps(s);
        }
        s = nfkcKeepingCircledNumbers(s);
        s = s.replace('\u00a0', ' ').replace('\u3000', ' ').replace("\u200b", "").replace("\ufeff", "");
        s = s.replace('【', '〔').replace('】', '〕');
        if (s.indexOf('Р') >= 0) {
            // a document-sharing site's copy marks each paragraph's break with a Cyrillic Р (…以内。Р3.提高…): a break
            s = SITE_BREAK.matcher(s).replaceAll("\n");
        }
        if (s.startsWith("#") || s.contains("\n#")) {
            s = MARKDOWN_HEADING.matcher(s).replaceAll(""); // # 关于印发…的通知: a Markdown copy's heading marks
        }
        if (s.contains("页共")) {
            s = INLINE_PAGE_FOOTER.matcher(s).replaceAll(""); // 负责全县第1页共18页秸秆禁烧…: a page's footer inside a sentence
        }
        if (s.contains("•〔")) {
            // a law database's record: 文章属性•【制定机关】X•【公布日期】2005.02.01•【字号】…正文…: one field a line
            s = BULLET_FIELD.matcher(s.replace("文章属性•〔", "\n•〔")).replaceAll("\n$1:");
            s = FIELD_THEN_TEXT.matcher(s).replaceAll("$1\n");
        }
        if (s.contains("QQ空间")) {
            s = SHARE_BAR.matcher(s).replaceAll("\n"); // a page's share buttons, wherever the page ran them into its text
        }
        if (s.startsWith("1、") || s.contains("\n1、")) {
            s = String.join("\n", withoutPageMarks(s.split("\n", -1))); // before the numbers glued to text are read
        }
        s = verticalText(s);
        s = blocksOfCollapsedLines(s);
        s = SpacedText.restore(s);
        s = GluedNumbers.split(s);
        s = Clauses.unbracketLabels(s);
        s = Clauses.closedAtLineEnds(s);
        s = Clauses.closedAtCut(s);
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            String t = trimSpaces(line);
            if (t.length() > 2 && BULLETS.indexOf(t.charAt(0)) >= 0 && BULLETED_NUMBER.matcher(t).lookingAt()) {
                t = t.substring(1).strip(); // ▪(一)区教育局负责…: a page's bullet before an item's number
            }
            if (t.indexOf(' ') > 0 && (t.startsWith("(") || t.indexOf('、') > 0 && t.indexOf('、') <= 3)) {
                Matcher h = HEADING_THEN_TEXT.matcher(t); // the expression needs a space and a part's number first
                t = h.matches() ? h.group(1) + "\n" + h.group(2) : t;
            }
            if (t.indexOf('|') >= 0 && t.indexOf(' ') >= 0 && PIPE_ROW.matcher(t).matches()) {
                t = pipeCellSpaces(t); // before the spaces go: what a space inside a cell separates
            }
            t = (t.indexOf(' ') >= 0 ? SPACE_NEAR_HAN.matcher(t).replaceAll("") : t).replace('\u0001', ' ');
            out.append(t).append('\n');
        }
        return out.toString();
    }

    /** Bullets a page prints before its items. */
    private static final String BULLETS = "▪■●◆•·▶►◇□";
    /** A bullet followed by an item's number: ▪(一), • 1., ■一、 */
    private static final Pattern BULLETED_NUMBER = Pattern.compile(
            "^.\\s*(?:\\([一二三四五六七八九十\\d]{1,3}\\)|\\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、)");

    /** A line this long whose numbered items each follow a space is a page whose blocks were joined onto one line. */
    private static final int COLLAPSED_LINE = 400;
    /** The least number of items in it, and the share of them that must follow a space. */
    private static final int COLLAPSED_ITEMS = 3;
    private static final double SPACED_SHARE = 0.8;
    /** An item's number inside a line, followed by its text: 一、 (一) 1. 1、 */
    private static final Pattern INLINE_ITEM = Pattern.compile(GluedNumbers.INLINE_NUMBER);
    /** What a block ends in, besides a Han character, before the space that joined it to the next. */
    private static final String BLOCK_END = "。:;!?)”》、";
    /** What a block starts with, besides a Han character or a digit, after that space. */
    private static final String BLOCK_START = "(“《";

    /**
     * A page whose paragraphs, headings and signature were joined onto one line with a space between them (a web
     * archive's own text of the page): a line break back at each such space, so that the notice, the document
     * number, the signature and the plan's title are lines again, not only the numbered items. Only in a line of
     * {@value #COLLAPSED_LINE} or more characters where at least {@value #COLLAPSED_ITEMS} numbered items stand and
     * nearly all of them follow a space (a page that joined its blocks with nothing, or a long paragraph with an
     * enumeration, is left to the passes after this one), and only at a single space between the end of one block
     * (a Han character, 。 : ; ! ? ) ” 》 、) and the start of the next (a Han character, a digit, ( “ 《).
     */
    static String blocksOfCollapsedLines(String s) {
        if (s.length() < COLLAPSED_LINE) {
            return s;
        }
        StringBuilder out = null;
        int from = 0;
        while (from < s.length()) {
            int nl = s.indexOf('\n', from);
            int end = nl < 0 ? s.length() : nl;
            // a table row (a tab in the line) had its cells' lines joined by spaces, not its blocks
            if (end - from >= COLLAPSED_LINE && !hasTab(s, from, end) && itemsFollowSpaces(s, from, end)) {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                for (int i = from + 1; i + 1 < end; i++) {
                    if (blockGap(s, i)) {
                        out.setCharAt(i, '\n');
                    }
                }
            }
            from = end + 1;
        }
        return out == null ? s : out.toString();
    }

    /** True when s holds a tab between from and end (a search of the line only, not of the text after it). */
    private static boolean hasTab(String s, int from, int end) {
        for (int i = from; i < end; i++) {
            if (s.charAt(i) == '\t') {
                return true;
            }
        }
        return false;
    }

    /** True when the line from..end holds enough numbered items and nearly all of them follow a space. */
    private static boolean itemsFollowSpaces(String s, int from, int end) {
        Matcher m = INLINE_ITEM.matcher(s).region(from + 1, end);
        int items = 0;
        int spaced = 0;
        while (m.find()) {
            items++;
            spaced += s.charAt(m.start() - 1) == ' ' ? 1 : 0;
        }
        return items >= COLLAPSED_ITEMS && spaced >= SPACED_SHARE * items;
    }

    private static boolean blockGap(String s, int i) {
        if (s.charAt(i) != ' ') {
            return false;
        }
        char before = s.charAt(i - 1);
        char after = s.charAt(i + 1);
        if (after >= '1' && after <= '9' && !TextOps.isHan(before)
                && INLINE_ITEM.matcher(s).region(i + 1, Math.min(s.length(), i + 5)).lookingAt()) {
            return true; // an item after the figures of a table the page flattened (… 0 24 4.新投放…)
        }
        return (TextOps.isHan(before) || BLOCK_END.indexOf(before) >= 0 || rowNumberBefore(s, i) && TextOps.isHan(after))
                && (TextOps.isHan(after) || after >= '0' && after <= '9' || BLOCK_START.indexOf(after) >= 0);
    }

    /** True when the block before the space at i is a table row's number alone (… 备注 1 将…): one to three digits. */
    private static boolean rowNumberBefore(String s, int i) {
        int start = i;
        while (start > 0 && s.charAt(start - 1) >= '0' && s.charAt(start - 1) <= '9') {
            start--;
        }
        return i - start >= 1 && i - start <= 3 && start > 0 && s.charAt(start - 1) == ' ';
    }

    /**
     * As {@code WIDE_GAP.matcher(s).replaceAll("\u0001")} in one pass without a matcher: each gap (U+3000s, two or
     * more spaces or no-break spaces, U+3000 then spaces, spaces then U+3000) between a Han character before it (the
     * char, as the lookbehind reads it) and a Han character after it (the code point, as the lookahead reads it).
     */
    static String markWideGaps(String s) {
        StringBuilder out = null;
        int copied = 0;
        int lineEnd = -1; // the end of the line whose verdict noisy holds
        boolean noisy = false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\u3000' && c != ' ' && c != '\u00a0' || !TextOps.isHan(s.charAt(i - 1))) {
                continue;
            }
            int end = wideGapEnd(s, i);
            if (end < 0) {
                continue;
            }
            if (c == ' ' && s.charAt(end - 1) == ' ') {
                if (i > lineEnd) {
                    int next = s.indexOf('\n', i);
                    lineEnd = next < 0 ? s.length() : next;
                    noisy = noisyLine(s, s.lastIndexOf('\n', i) + 1, lineEnd); // once a line
                }
                if (noisy) {
                    continue; // 省总 工  会, 下  同: a PDF's spacing inside running text, no gap between two names
                }
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, copied, i).append('\u0001');
            copied = end;
            i = end - 1;
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /**
     * True when the line from {@code from} to {@code to} is running text (longer than {@value #NOISY_LINE} characters,
     * with a full stop) that spaces words apart with two plain spaces again and again ({@value #NOISY_GAPS} times or
     * more after a Han character): a PDF's letter spacing, where a gap separates nothing. Reads the line alone.
     */
    private static boolean noisyLine(String s, int from, int to) {
        if (to - from <= NOISY_LINE) {
            return false;
        }
        boolean stop = false;
        int gaps = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '。') {
                stop = true;
            } else if (c == ' ' && k + 1 < to && s.charAt(k + 1) == ' ') {
                gaps += k > from && TextOps.isHan(s.charAt(k - 1)) ? 1 : 0;
                k++; // the pair read, as the spaces after it are
            }
        }
        return stop && gaps >= NOISY_GAPS;
    }

    private static final int NOISY_LINE = 60;
    private static final int NOISY_GAPS = 3;

    /** The end of the gap of WIDE_GAP starting at {@code i}, its alternatives tried in their order, or -1. */
    private static int wideGapEnd(String s, int i) {
        int n = s.length();
        if (s.charAt(i) == '\u3000') {
            int k = i;
            while (k < n && s.charAt(k) == '\u3000') {
                k++;
            }
            if (hanAt(s, k)) {
                return k; // \u3000+
            }
            int q = i + 1;
            while (q < n && s.charAt(q) == ' ') {
                q++;
            }
            return q > i + 1 && hanAt(s, q) ? q : -1; // \u3000[ ]+
        }
        int r = i;
        while (r < n && (s.charAt(r) == ' ' || s.charAt(r) == '\u00a0')) {
            r++;
        }
        if (r - i >= 2 && hanAt(s, r)) {
            return r; // [ \u00a0]{2,}
        }
        if (s.charAt(i) == ' ') {
            int p = i;
            while (p < n && s.charAt(p) == ' ') {
                p++;
            }
            if (p < n && s.charAt(p) == '\u3000' && hanAt(s, p + 1)) {
                return p + 1; // [ ]+\u3000
            }
        }
        return -1;
    }

    /** True when the code point at {@code at} is Han (as the lookahead (?=\p{IsHan}) reads it). */
    private static boolean hanAt(String s, int at) {
        if (at >= s.length()) {
            return false;
        }
        char c = s.charAt(at);
        return Character.isSurrogate(c) ? Character.UnicodeScript.of(s.codePointAt(at)) == Character.UnicodeScript.HAN
                : TextOps.isHan(c);
    }

    /** False when WIDE_GAP cannot match: the text has neither an ideographic space nor two spaces in a row. */
    private static boolean mayHoldWideGap(String s) {
        if (s.indexOf('\u3000') >= 0 || s.indexOf("  ") >= 0) {
            return true;
        }
        for (int i = s.indexOf('\u00a0') >= 0 ? 1 : s.length(); i < s.length(); i++) { // a pair with a no-break space
            char c = s.charAt(i);
            if ((c == ' ' || c == '\u00a0') && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\u00a0')) {
                return true;
            }
        }
        return false;
    }

    /** A row of a table written with pipes (| 序号 | 任务 | 牵头单位 |), as text copied from some pages gives it. */
    private static final Pattern PIPE_ROW = Pattern.compile("^\\|?(?:[^|\t]*\\|){2,}[^|\t]*$");
    private static final Pattern PIPE_SEPARATOR = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-{2,}:?\\s*)+\\|?\\s*$");

    /** Single characters separated by spaces: a word printed letter-spaced. */
    private static final Pattern LETTER_SPACED = Pattern.compile("^\\p{IsHan}(?: +\\p{IsHan})+$");

    /**
     * A row written with pipes, the spaces inside its cells read before they are dropped: a name printed letter-spaced
     * (任 务 名 称) is one word, bodies a space apart (县教体局 各相关乡镇政府) a list of them.
     */
    private static String pipeCellSpaces(String line) {
        String[] cells = line.split("\\|", -1);
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].strip();
            if (c.indexOf(' ') > 0 && LETTER_SPACED.matcher(c).matches()) {
                cells[i] = " " + c.replace(" ", "") + " ";
            } else if (c.indexOf(' ') > 0 && java.util.Arrays.stream(c.split(" +")).allMatch(UnitNames::named)) {
                cells[i] = " " + String.join("、", c.split(" +")) + " ";
            }
        }
        return String.join("|", cells);
    }

    private static String pipeCells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|")) {
            s = s.substring(0, s.length() - 1);
        }
        StringBuilder out = new StringBuilder();
        for (String cell : s.split("\\|", -1)) {
            if (out.length() > 0) {
                out.append('\t');
            }
            out.append(cell.strip());
        }
        return out.toString();
    }

    private static final Pattern PIPES_ONLY = Pattern.compile("^\\s*\\|+\\s*$");
    /** The one cell of a row left to be filled in: its number (2.) or dots. */
    private static final Pattern EMPTY_ROW = Pattern.compile("^(?:\\d{1,3}[.、．]?|[.…。·—-]+)$");
    private static final Pattern CLOSED_CELL = Pattern.compile("^[^|]*[^|\\s][^|]*\\|\\s*$");

    /** A bracketed other name on a line of its own: (区水务局). */
    private static final Pattern BRACKETED_NAME = Pattern.compile("^\\([\\p{IsHan}、]{2,20}\\)$");
    /** A bracketed numeral, the number of the next item ((十一)): no name. */
    private static final Pattern BRACKETED_NUMERAL = Pattern.compile("^\\([一二三四五六七八九十]+\\)$");
    /** The longest line that a cell printed over the lines of one block may hold. */
    private static final int BLOCK_CELL_LINE = 30;
    /** The fewest blocks, and the share of them a line each, of a text whose paragraphs stand apart by blank lines. */
    private static final int SEPARATED_BLOCKS = 10;
    private static final double SEPARATED_SHARE = 0.8;

    /**
     * In a text whose paragraphs stand apart by blank lines (a page converted block by block: nearly every block a line),
     * a block of several short lines is a table cell printed over lines: a name and its other name in brackets
     * (区建设管理委 / (区水务局)), a title and its note in brackets (…中转站 / (累计数)), a list broken after its 、
     * (各街道、 / 相关委、办、局), a column's name (任务 / 类型), or units a line each (上海城投集团 / 杨浦城投集团 / 申浦公司,
     * joined with 、). Such lines are joined into the one line of their cell, so that a table read a cell a line keeps
     * the cell whole and the units apart from the next cell's. A block with a signature's date (bodies over their
     * date, or under them in the next block) and every other line stay as printed.
     */
    static String[] blockCells(String[] raws) {
        int blocks = 0;
        int singles = 0;
        int run = 0;
        for (int r = 0; r <= raws.length; r++) {
            if (r < raws.length && !raws[r].isBlank()) {
                run++;
            } else if (run > 0) {
                blocks++;
                singles += run == 1 ? 1 : 0;
                run = 0;
            }
        }
        if (blocks < SEPARATED_BLOCKS || singles < SEPARATED_SHARE * blocks) {
            return raws;
        }
        List<String> out = new ArrayList<>(raws.length);
        int r = 0;
        while (r < raws.length) {
            int end = r;
            while (end < raws.length && !raws[end].isBlank()) {
                end++;
            }
            // a block with a signature's date, or bodies whose date opens the next block: the issuers, as printed
            if (end - r >= 2 && !dated(raws, r, end) && !(end + 1 < raws.length && dated(raws, end + 1, end + 2))) {
                // the block's lines, each joined to the cell before it where they make one
                String previous = null;
                for (int i = r; i < end; i++) {
                    String line = raws[i].strip();
                    String joint = previous == null ? null : cellJoint(previous, out.get(out.size() - 1).strip(), line);
                    if (joint != null) {
                        out.set(out.size() - 1, out.get(out.size() - 1) + joint + line);
                    } else {
                        out.add(raws[i]);
                    }
                    previous = line;
                }
            } else {
                for (int i = r; i < end; i++) {
                    out.add(raws[i]);
                }
            }
            if (end < raws.length) {
                out.add(raws[end]); // the blank line after the block
            }
            r = end + 1;
        }
        return out.size() == raws.length ? raws : out.toArray(String[]::new);
    }

    /** A signature's date, to the day (2025年3月1日, 二〇二五年三月一日); a table's deadline (2025年6月) is none. */
    private static final Pattern DATED = Pattern.compile("(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日"
            + "|[〇○零二][〇○零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日");

    /** Whether a line from {@code from} to {@code to} holds a signature's date: bodies over their date, as printed. */
    private static boolean dated(String[] raws, int from, int to) {
        for (int i = from; i < to; i++) {
            if (DATED.matcher(raws[i]).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What joins line b to line a of the same block as one cell ("" or 、), the cell so far ending in a; null when b
     * is a line of its own. A page mark, a field's name or a line with a colon is always a line of its own.
     */
    private static String cellJoint(String a, String cell, String b) {
        if (!cellLine(a) || !cellLine(b)) {
            return null;
        }
        if (Tables.roleOf(a + b) != null) {
            return ""; // a column's name over two lines (任务 / 类型)
        }
        if (a.endsWith("、") && TextOps.isHan(b.charAt(0))) {
            return ""; // a cell broken after its 、 (各街道、 / 相关委、办、局; 防汛抢险、 / 排水运维体系建设)
        }
        if (BRACKETED_NAME.matcher(b).matches() && !BRACKETED_NUMERAL.matcher(b).matches()) {
            // a body and its other name (区建设管理委 / (区水务局)); a title and its note (…中转站 / (累计数)), not a
            // numbered heading's (一、总体要求 / (指导思想)) nor a body's signature and a remark ((此件公开发布))
            boolean joined = Tables.isUnitList(cell) ? Tables.isUnitList(cell + b) : Numbering.match(a) == null;
            return joined ? "" : null;
        }
        if (!Tables.isUnitList(cell)) {
            return null;
        }
        List<String> names = UnitNames.split(b); // a unit a line: b one name (not 关于印发X市、Y州 of a heading's lines)
        return names.size() == 1 && UnitNames.named(names.get(0)) ? "、" : null;
    }

    /** Whether a line may be part of a cell printed over lines: short, no field, no row of cells, no page mark. */
    private static boolean cellLine(String line) {
        return line.length() <= BLOCK_CELL_LINE && line.indexOf(':') < 0 && line.indexOf('|') < 0 && line.indexOf('\t') < 0
                && !pageMark(line) && !Metadata.isFieldName(line);
    }

    /** Whether the (stripped, non-empty) line is a page's number: — 3 —, 第3页 共9页, 3/9. */
    private static boolean pageMark(String line) {
        return mayBePageMark(line.charAt(0)) && PAGE_MARK.matcher(line).matches();
    }

    /**
     * A pipe table whose cells were each put on a line of their own (a page's table copied cell by cell): lines of
     * pipes alone stand between the rows (their extra pipes are the empty cells of merged rows), and each cell is a
     * line closed by a pipe. Such rows are joined into one pipe row each (a row of one cell is a line of its own, or
     * nothing when it is only a number or dots: a row left to be filled in), and the table reads like any other; two
     * rows of two cells or more are needed, other lines are left as they are.
     */
    static String[] wrappedPipeRows(String[] raws) {
        int pipesOnly = 0;
        int closed = 0;
        for (String raw : raws) {
            if (pipesOnly(raw)) {
                pipesOnly++;
            } else if (raw.indexOf('|') >= 0 && CLOSED_CELL.matcher(raw).matches()) {
                closed++;
            }
        }
        if (pipesOnly < 4) {
            return raws;
        }
        if (closed < 2 && pipesOnly >= PIPE_SEPARATED_CELLS) {
            return pipeSeparatedCells(raws);
        }
        List<String> out = new ArrayList<>(raws.length);
        int joined = 0;
        int r = 0;
        while (r < raws.length) {
            if (!pipesOnly(raws[r]) || r + 1 >= raws.length || !CLOSED_CELL.matcher(raws[r + 1]).matches()) {
                out.add(raws[r]);
                r++;
                continue;
            }
            // rows from this boundary on, each up to the next boundary, while a cell follows a boundary
            while (r + 1 < raws.length && pipesOnly(raws[r]) && CLOSED_CELL.matcher(raws[r + 1]).matches()) {
                List<String> cells = new ArrayList<>();
                int j = r + 1;
                while (j < raws.length && CLOSED_CELL.matcher(raws[j]).matches()) {
                    String cell = raws[j].strip();
                    cells.add(cell.substring(0, cell.length() - 1).strip());
                    j++;
                }
                if (cells.size() >= 2) {
                    joined++;
                    out.add("| " + String.join(" | ", cells) + " |");
                } else if (!EMPTY_ROW.matcher(cells.get(0)).matches()) {
                    out.add(cells.get(0)); // a row of one cell: a heading over the rows below, or text
                }
                if (j >= raws.length || !pipesOnly(raws[j])) {
                    r = j; // the last row ended without its line of pipes
                    break;
                }
                r = j;
            }
            if (r < raws.length && pipesOnly(raws[r])) {
                r++; // the line of pipes closing the last row
            }
        }
        return joined >= 2 ? out.toArray(new String[0]) : raws;
    }

    private static final Pattern PAGE_MARK_START = Pattern.compile("^(\\d{1,3})、");
    /** How long the text a preview's page mark cuts is: a page's worth, not an item's line. */
    private static final int PAGE_TEXT = 40;

    /**
     * A document-sharing site's preview of a .docx starts each page's text with the page's number (1、…, 2、…, 3、…),
     * wherever the page breaks, even inside a word (…的行政执法公示实 / 3、施办法): where every such mark after the first
     * continues a page of text cut without a full stop, the marks are dropped and each page joined to the one before.
     * Items numbered 1、 2、 end in a full stop or stand under a heading, so they are left as they are.
     */
    static String[] withoutPageMarks(String[] raws) {
        List<Integer> marks = new ArrayList<>();
        for (int r = 0; r < raws.length; r++) {
            Matcher m = raws[r].isEmpty() || !Character.isDigit(raws[r].charAt(0)) ? null : PAGE_MARK_START.matcher(raws[r]);
            if (m != null && m.find()) {
                if (Integer.parseInt(m.group(1)) != marks.size() + 1) {
                    return raws; // not the pages' sequence
                }
                marks.add(r);
            }
        }
        if (marks.size() < 2 || raws[marks.get(0)].length() < PAGE_TEXT) {
            return raws;
        }
        for (int k = 1; k < marks.size(); k++) {
            int before = marks.get(k) - 1;
            while (before > marks.get(k - 1) && raws[before].isBlank()) {
                before--;
            }
            String cut = raws[before].strip();
            if (cut.length() < PAGE_TEXT || "。;!?:)".indexOf(cut.charAt(cut.length() - 1)) >= 0) {
                return raws;
            }
        }
        List<String> out = new ArrayList<>(raws.length);
        int next = 0;
        for (int r = 0; r < raws.length; r++) {
            if (next < marks.size() && r == marks.get(next)) {
                String page = raws[r].substring(raws[r].indexOf('、') + 1);
                if (next == 0) {
                    out.add(page);
                } else {
                    while (out.get(out.size() - 1).isBlank()) {
                        out.remove(out.size() - 1);
                    }
                    out.set(out.size() - 1, out.get(out.size() - 1).stripTrailing() + page);
                }
                next++;
            } else {
                out.add(raws[r]);
            }
        }
        return out.toArray(new String[0]);
    }

    /** How many lines of a pipe alone make a table whose cells they separate (pipeSeparatedCells). */
    private static final int PIPE_SEPARATED_CELLS = 8;

    /**
     * A table copied with a line holding a pipe alone after each cell, the cell's text wrapped over several lines
     * (优化城镇 / 交通组织 / | / 1.5 / |): each cell between two such lines joined into one line, the pipes dropped; what
     * stands before the first and after the last is left as it is. The table is then one cell a line.
     */
    private static String[] pipeSeparatedCells(String[] raws) {
        int first = -1;
        int last = -1;
        for (int r = 0; r < raws.length; r++) {
            if (pipesOnly(raws[r])) {
                first = first < 0 ? r : first;
                last = r;
            }
        }
        List<String> out = new ArrayList<>(raws.length);
        // the first cell is the line right above the first pipe: the lines above it are the page's
        out.addAll(Arrays.asList(raws).subList(0, first));
        StringBuilder cell = new StringBuilder();
        for (int r = first; r <= last; r++) {
            if (pipesOnly(raws[r])) {
                if (cell.length() > 0) {
                    out.add(cell.toString());
                    cell.setLength(0);
                }
                continue;
            }
            String line = raws[r].strip();
            if (!line.isEmpty()) {
                if (cell.length() > 0 && !(TextOps.isHan(cell.charAt(cell.length() - 1)) || TextOps.isHan(line.charAt(0))
                        || "(),.;:".indexOf(line.charAt(0)) >= 0)) {
                    cell.append(' ');
                }
                cell.append(line);
            }
        }
        out.addAll(Arrays.asList(raws).subList(last + 1, raws.length));
        return out.toArray(new String[0]);
    }

    /** True when the line is pipes alone (|, ||, |||||), the line between two rows of a pipe table cell by cell. */
    private static boolean pipesOnly(String line) {
        return line.indexOf('|') >= 0 && PIPES_ONLY.matcher(line).matches();
    }

    /** A page's share buttons: 分享到: 微信 微博 QQ空间. */
    private static final Pattern SHARE_BAR = Pattern.compile("(?:分享到:?[ ]*)?(?:微信[ ]*)?(?:微博[ ]*)?QQ空间[ ]*");

    /** A web page's navigation around a plan: 首页>政府信息公开>政策文件, 本站支持IPV6, 〔字体:大 中 小〕 打印. */
    private static final Pattern WEB_CHROME = Pattern.compile(
            "^(?:(?:当前位置|您的位置|您现在的位置)[::]?)?[^>。,;]{1,16}>(?:[^>。,;]{1,16}>)+[^>。,;]{0,30}$"
                    + "|^(?:〔|\\[)?字体[::].*"
                    // a document site's paywall under a preview: 全文共11320字,仅供站内会员…, 新来的客人请【点此注册】加入会员
                    + "|^全文共[0-9,]+字.*|^[^。]{0,20}【(?:点此注册|刷新页面|登录网站|点此登录|立即登录|立即注册)】[^。]{0,20}$");
    private static final java.util.Set<String> CHROME_LINES = java.util.Set.copyOf(RuleFiles.lines("web-chrome.tsv"));

    private static boolean isWebChrome(String line) {
        if (line.length() >= 2 && (line.charAt(0) == '•' || line.charAt(0) == '·')) {
            line = line.substring(1).strip(); // a page's bulleted button: • 举报
        }
        return line.length() <= 8 && (CHROME_LINES.contains(line) || line.length() >= 3 && CHROME_LINES.contains(unbracketed(line)))
                || (line.indexOf('>') >= 0 || line.indexOf('字') >= 0 || line.indexOf('【') >= 0)
                        && WEB_CHROME.matcher(line).matches();
    }

    /** A site's button in brackets (【打印】, 〔关闭〕, [收藏]) without them; the line itself otherwise. */
    private static String unbracketed(String line) {
        char open = line.charAt(0);
        char close = line.charAt(line.length() - 1);
        return open == '【' && close == '】' || open == '〔' && close == '〕' || open == '[' && close == ']'
                ? line.substring(1, line.length() - 1).strip() : line;
    }

    /** Strips spaces, not tabs: a leading tab is an empty first cell of a table row. */
    private static String trimSpaces(String line) {
        int from = 0;
        int to = line.length();
        while (from < to && line.charAt(from) != '\t' && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        while (to > from && line.charAt(to - 1) != '\t' && Character.isWhitespace(line.charAt(to - 1))) {
            to--;
        }
        return line.substring(from, to);
    }

    /** A line with at least two non-empty tab-separated cells: a row of a table copied as text. */
    static boolean isTableRow(String line) {
        if (line.indexOf('\t') < 0) {
            return false;
        }
        int cells = 0;
        for (String cell : line.split("\t")) {
            if (!cell.isBlank()) {
                cells++;
            }
        }
        return cells >= 2;
    }

    /** NFKC, except for ① to ⑳, which NFKC would turn into plain digits and so lose their meaning as numbers. */
    private static String nfkcKeepingCircledNumbers(String s) {
        if (!hasCircledNumberOrMark(s)) {
            return Normalizer.normalize(s, Normalizer.Form.NFKC); // nothing to protect; NFKC yields no private-use mark
        }
        StringBuilder protectedText = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            protectedText.append(c >= '①' && c <= '⑳' ? (char) ('\ue000' + (c - '①')) : c);
        }
        String n = Normalizer.normalize(protectedText, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            out.append(c >= '\ue000' && c < '\ue000' + 20 ? (char) ('①' + (c - '\ue000')) : c);
        }
        return out.toString();
    }

    /** True when the text has ① to ⑳ or one of the private-use characters that stand for them while NFKC runs. */
    private static boolean hasCircledNumberOrMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '①' && c <= '⑳' || c >= '\ue000' && c < '\ue000' + 20) {
                return true;
            }
        }
        return false;
    }

    /** HTML character references left in text copied from web pages (&nbsp; in signatures, &#8220; …). */
    private static String entities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = HTML_ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                replacement = new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            } else if (name.startsWith("#")) {
                int cp = Integer.parseInt(name.substring(1));
                replacement = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : " ";
            } else {
                replacement = switch (name) {
                    case "nbsp", "ensp", "emsp", "thinsp" -> " ";
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "ldquo" -> "“";
                    case "rdquo" -> "”";
                    case "lsquo" -> "‘";
                    case "rsquo" -> "’";
                    case "middot" -> "·";
                    case "mdash" -> "—";
                    case "hellip" -> "…";
                    default -> m.group();
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** False when a line starting with c cannot be a PAGE_MARK (a cheap test before the expression). */
    private static boolean mayBePageMark(char c) {
        return c == '-' || c == '—' || c == '–' || c == '第' || c >= '0' && c <= '9';
    }

    /** False when a line starting with c cannot be a NUMBER_ONLY. */
    private static boolean mayBeNumberOnly(char c) {
        return "一二三四五六七八九十(".indexOf(c) >= 0 || c >= '0' && c <= '9' || c >= '①' && c <= '⑳';
    }

    /** A line of a site's footer by its label: 主办单位:X, 承办单位:Y, 协办单位:Z. */
    private static final Pattern SITE_FOOTER = Pattern.compile("^(?:主办单位|承办单位|协办单位|主办|承办)[::]");
    /** What only a website prints: its copyright, site code, ICP and police registrations. */
    private static final Pattern WEBSITE_MARK = Pattern.compile("版权所有|网站标识码|ICP备|公网安备|备案号|技术支持[::]|网站地图");

    /**
     * The lines of a site's footer (主办单位:宿州市房产管理服务中心 and 承办单位:… near 版权所有, 网站标识码 or an ICP number), so
     * that its bodies are not read as the last task's clause. A 主办单位/协办单位 line of a task or of an event, with no
     * website's mark within four lines, stays.
     */
    private static java.util.Set<Integer> siteFooter(String[] raws) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (int i = 0; i < raws.length; i++) {
            String line = raws[i].strip();
            if (line.length() < 3 || line.indexOf('办') < 0 || !SITE_FOOTER.matcher(line).lookingAt()) {
                continue;
            }
            if (websiteNear(raws, i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** True when the line or one of the four non-blank lines on either side carries a website's mark. */
    private static boolean websiteNear(String[] raws, int at) {
        if (WEBSITE_MARK.matcher(raws[at]).find()) {
            return true;
        }
        for (int step = -1; step <= 1; step += 2) {
            int seen = 0;
            for (int j = at + step; j >= 0 && j < raws.length && seen < 4; j += step) {
                if (raws[j].isBlank()) {
                    continue;
                }
                seen++;
                if (WEBSITE_MARK.matcher(raws[j]).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An entry's page at the end of a table of contents' line, after a space, a dot leader or its title's last character. */
    private static final String CONTENTS_PAGE_END = "(?:[\\s.…·]+|(?<=[\\p{IsHan}》)]))\\d{1,3}$";
    /** A table of contents' heading: 目录, 目 录. */
    private static final Pattern CONTENTS = Pattern.compile("^目\\s*录$");
    /**
     * An entry of a table of contents: a title, then its page after a space, a dot leader or right after the title's
     * last character once spaces are gone (1.X教育局2024年工作要点 15, …要点15).
     */
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("^(?:\\d{1,2}[.、]\\s*)?[^。;,:]{2,60}?" + CONTENTS_PAGE_END);

    /** A part's title printed in a table of contents without a page (“十四五”时期发展规划, 第一章 总则): no sentence. */
    private static final Pattern CONTENTS_TITLE = Pattern.compile("^[^。;,:0-9]{2,24}$");
    /** An entry's page at its end: CONTENTS_ENTRY's. */
    private static final Pattern CONTENTS_PAGE = Pattern.compile(CONTENTS_PAGE_END);

    /**
     * The lines without a table of contents (目录, then entries ending in their page numbers, titles of parts without a
     * page among them): its numbered entries are no measures when the plan's body follows and prints them again. A
     * table of contents that the text ends in (a page's head, cut before the body) is all the plan shows of its
     * measures: its entries are kept without their pages. Only two entries at least after the heading are taken as one.
     */
    private static List<String> withoutContents(List<String> lines) {
        for (int i = 0; i < lines.size() && i < 40; i++) {
            if (lines.get(i).length() > 4 || !CONTENTS.matcher(lines.get(i)).matches()) {
                continue;
            }
            int end = i + 1;
            int entries = 0;
            int last = i; // the last entry with its page
            while (end < lines.size()) {
                String line = lines.get(end);
                if (CONTENTS_ENTRY.matcher(line).matches()) {
                    entries++;
                    last = end;
                } else if (!CONTENTS_TITLE.matcher(line).matches() || end + 1 >= lines.size()
                        || !CONTENTS_ENTRY.matcher(lines.get(end + 1)).matches()) {
                    break; // a title without a page stands in the table only before an entry
                }
                end++;
            }
            end = last + 1;
            if (entries < 2) {
                continue;
            }
            List<String> out = new ArrayList<>(lines.subList(0, i));
            if (!bodyFollows(lines, end)) {
                for (String entry : lines.subList(i + 1, end)) {
                    out.add(CONTENTS_PAGE.matcher(entry).replaceFirst("").strip());
                }
            }
            out.addAll(lines.subList(end, lines.size()));
            return out;
        }
        return lines;
    }

    /** True when a line after the table of contents prints the title of its last entry again. */
    private static boolean bodyFollows(List<String> lines, int end) {
        String title = CONTENTS_PAGE.matcher(lines.get(end - 1)).replaceFirst("").strip();
        for (int j = end; j < lines.size(); j++) {
            if (lines.get(j).contains(title)) {
                return true;
            }
        }
        return false;
    }

    /** Paragraphs of normalised text, blank lines dropped. */
    static List<String> split(String normalized) {
        List<String> lines = new ArrayList<>();
        String pendingNumber = null;
        String[] raws = wrappedPipeRows(blockCells(normalized.split("\n")));
        java.util.Set<String> runningHeads = runningHeads(raws);
        java.util.Set<Integer> footer = siteFooter(raws);
        for (int r = 0; r < raws.length; r++) {
            String raw = raws[r];
            if (!runningHeads.isEmpty() && runningHeads.contains(raw.strip()) || !footer.isEmpty() && footer.contains(r)) {
                continue;
            }
            boolean pipe = raw.indexOf('|') >= 0; // both expressions need one
            if (pipe && PIPE_SEPARATOR.matcher(raw).matches()) {
                continue;
            }
            if (pipe && PIPE_ROW.matcher(raw).matches()) {
                raw = pipeCells(raw);
            } else if (pipe && raw.indexOf('|') == raw.lastIndexOf('|') && raw.strip().endsWith("|")) {
                raw = raw.strip(); // one cell a line, each closed by a pipe ("36 |", "县教育局 |")
                raw = raw.substring(0, raw.length() - 1);
            }
            String line = isTableRow(raw) ? raw : raw.replace('\t', ' ').strip();
            if (line.isEmpty() || pageMark(line)
                    || line.length() < 100 && isWebChrome(line)) {
                continue;
            }
            if (pendingNumber != null) {
                line = pendingNumber + line;
                pendingNumber = null;
            } else if (mayBeNumberOnly(line.charAt(0)) && NUMBER_ONLY.matcher(line).matches()) {
                pendingNumber = line;
                continue;
            }
            lines.add(line);
        }
        if (pendingNumber != null) {
            lines.add(pendingNumber);
        }
        lines = withoutContents(lines);
        int width = wrapWidth(lines);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = null;
        String previous = null;
        for (String line : lines) {
            // the cheap tests of the wrap and the open bracket first: most lines end a paragraph on them
            boolean continues = current != null
                    && (width > 0 && previous.length() >= width - 2 && TERMINAL.indexOf(last(previous)) < 0
                        || openBracket(current))
                    && !STRUCTURAL_START.matcher(line).lookingAt() && !isTableRow(line)
                    && !STANDALONE.matcher(line).matches()
                    && !isTableRow(previous) && !bareNumber(line);
            if (continues) {
                current.append(line);
            } else {
                if (current != null) {
                    paragraphs.add(current.toString());
                }
                current = new StringBuilder(line);
            }
            previous = line;
        }
        if (current != null) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    /** A line of one to three digits only: a table's row number printed in a cell of its own, never wrapped text. */
    private static boolean bareNumber(String line) {
        if (line.isEmpty() || line.length() > 3) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) < '0' || line.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the paragraph so far leaves a bracket open near its end: "(牵头单位:X," or "贯彻《" wrapped onto the
     * next line.
     */
    private static boolean openBracket(CharSequence paragraph) {
        return TextOps.openAt(paragraph, Math.max(0, paragraph.length() - 200), paragraph.length(), "(《", ")》");
    }

    /**
     * The running heads of PDF text: short lines printed again and again next to a page number (国务院公报 2025年第10号
     * after every — 23 —). Each is left out wherever it stands.
     */
    private static java.util.Set<String> runningHeads(String[] raws) {
        Map<String, Integer> beside = new HashMap<>();
        for (int i = 0; i < raws.length; i++) {
            String line = raws[i].strip();
            if (line.isEmpty() || !mayBePageMark(line.charAt(0)) || !PAGE_MARK.matcher(line).matches()) {
                continue;
            }
            for (int step : new int[] {-1, 1}) {
                int j = i + step;
                while (j >= 0 && j < raws.length && raws[j].isBlank()) {
                    j += step;
                }
                if (j >= 0 && j < raws.length) {
                    String near = raws[j].strip();
                    if (near.length() <= 40 && near.indexOf('。') < 0 && !STRUCTURAL_START.matcher(near).find()) {
                        beside.merge(near, 1, Integer::sum);
                    }
                }
            }
        }
        java.util.Set<String> heads = new java.util.HashSet<>();
        beside.forEach((line, count) -> {
            if (count >= 2) {
                heads.add(line);
            }
        });
        return heads;
    }

    /**
     * The width at which the text was hard-wrapped, or 0 when it was not: in wrapped text most lines have one
     * length (give or take a character or two). A short page (ten lines of some length) needs five at a width over 30; a
     * width of more than 30 characters is no width of parallel headings, though many lines at it are numbered (a PDF
     * page whose every measure starts a line: (五)以2023年…结合卫生健康节日纪念日,持续).
     */
    static int wrapWidth(List<String> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        int considered = 0;
        for (String line : new java.util.LinkedHashSet<>(lines)) {
            if (line.length() >= 12) {
                counts.merge(line.length(), 1, Integer::sum);
                considered++;
            }
        }
        if (considered < 10) {
            return 0;
        }
        int best = 0;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            int around = counts.getOrDefault(e.getKey() - 1, 0) + e.getValue() + counts.getOrDefault(e.getKey() + 1, 0);
            if (around > bestCount) {
                best = e.getKey() + 1;
                bestCount = around;
            }
        }
        if (best > 80 || bestCount < (considered < 20 ? 5 : 8) || bestCount * 10 < considered * 4
                || considered < 20 && best <= 30) { // a short page's width is a PDF's wide line, not a table's cells
            return 0;
        }
        // lines cut at the wrap width end mid-sentence; lines that end a sentence there were not wrapped
        // and most of them go on from a line above: parallel headings of one length (二、…六、) are no sign of it
        int ending = 0;
        int atWidth = 0;
        int numbered = 0;
        for (String line : new java.util.LinkedHashSet<>(lines)) {
            if (Math.abs(line.length() - (best - 1)) <= 1) {
                atWidth++;
                if (TERMINAL.indexOf(last(line)) >= 0) {
                    ending++;
                }
                if (STRUCTURAL_START.matcher(line).lookingAt()) {
                    numbered++;
                }
            }
        }
        return ending * 10 <= atWidth * 3 && (numbered * 2 < atWidth || best > 30) ? best : 0;
    }

    private static char last(String s) {
        return s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
    }
}
