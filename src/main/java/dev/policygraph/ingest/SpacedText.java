package dev.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text copied from web pages before its spaces are dropped: a task table whose cells are separated by single spaces
 * ("序号 工 作 任 务 牵头负责部门" over "1 城镇调查失业率5.5%左右 人力资源社会保障部") becomes tab-separated, and a plan whose
 * paragraphs collapsed onto one line ("… 一、加强党建 1.深化理论武装。…") gets its line breaks back before each number.
 */
final class SpacedText {

    private static final Pattern SPACES = Pattern.compile("[ \u0001]+");
    private static final Pattern ROW_START = Pattern.compile("^\\d{1,3}[ \u0001]+\\S");
    /** A heading number after a space inside a long line: 一、 (一) 1. , each followed by its text. */
    private static final Pattern INLINE_NUMBER = Pattern.compile("[ \u0001]+(?=" + GluedNumbers.INLINE_NUMBER + ")");
    /** The same, and (1) or (1)、 after a space: the sub-items of a collapsed assessment rule. */
    private static final Pattern INLINE_NUMBER_OR_SUB = Pattern.compile(
            "[ \u0001]+(?=" + GluedNumbers.INLINE_NUMBER + "|\\(\\d{1,2}\\)、?[\\p{IsHan}“《])");
    /** Word's page fields as a document site prints them: PAGE PAGE 1, 第 PAGE 1 页 共 NUMPAGES 1 页. */
    private static final Pattern WORD_FIELD = Pattern.compile("^(?:PAGE[ \u0001]*)+\\d{1,3}[ \u0001]*");
    private static final int LONG_LINE = 160;
    /** A body's name and a date after a space: a signature (group 1) and its date (group 2). */
    private static final String SIGNATURE =
            "[ \u0001]+([\\p{IsHan}()]{2,30}(?:办公室|办公厅|人民政府|政府|委员会|局|厅|部|委|中心))[ \u0001]+((?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日)";
    /** A signature and its date collapsed onto the end of a paragraph ("…贯彻落实。 附件:… 黑龙江省教育厅 2025年2月26日"). */
    private static final Pattern GLUED_SIGNATURE = Pattern.compile(SIGNATURE + "$");
    /** A signature and its date inside a run-together line, each between spaces. */
    private static final Pattern SIGNED = Pattern.compile(SIGNATURE + "[ \u0001]+");
    private static final Pattern GLUED_ANNEX = Pattern.compile("(?<=[。;])[ \u0001]+(?=附件[::])");

    private SpacedText() {
    }

    static String restore(String text) {
        if (text.indexOf(' ') < 0 && text.indexOf('\u0001') < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        List<String> header = null;
        boolean changed = false; // no line changed: the text is returned as it is (joining its lines gives it back)
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith("PAGE") && WORD_FIELD.matcher(t).lookingAt()) {
                // a Word page field printed by a document site (PAGE PAGE 1 柳池乡…考核细则): no text of the plan
                t = WORD_FIELD.matcher(t).replaceFirst("");
                line = t;
                changed = true;
            }
            if (header != null) {
                if (ROW_START.matcher(t).find() && t.indexOf('\t') < 0) {
                    out.add(row(t, header.size()));
                    changed = true;
                    continue;
                }
                if (t.isEmpty() || t.indexOf('\t') >= 0) {
                    header = t.isEmpty() ? header : null;
                    out.add(line);
                    continue;
                }
                // a category row or a wrapped cell: the table goes on when a numbered row follows
                out.add(line);
                continue;
            }
            int glued = header == null && t.length() > 80 && t.indexOf('\t') < 0 && t.indexOf('|') < 0 ? t.lastIndexOf(" 序号 ") : -1;
            if (glued > 0 && t.length() - glued <= 80) {
                // a notice run together down to its annex's table header (…请认真组织实施. 附件:X 某市人民政府办公室
                // 2018年2月24日 X 序号 名称 工作任务 牵头责任单位): the header on a line of its own, the signature apart
                List<String> cells = words(t.substring(glued + 1));
                if (cells.size() >= 3 && Tables.isHeader(cells)) {
                    out.add(SIGNED.matcher(t.substring(0, glued)).replaceAll("\n$1\n$2\n"));
                    header = cells;
                    out.add(String.join("\t", cells));
                    changed = true;
                    continue;
                }
            }
            if (t.length() <= 80 && t.indexOf('\t') < 0 && t.indexOf('|') < 0 && (t.startsWith("序号") || t.startsWith("编号"))) {
                List<String> cells = words(t);
                if (cells.size() >= 3 && Tables.isHeader(cells)) {
                    header = cells;
                    out.add(String.join("\t", cells));
                    changed = true;
                    continue;
                }
            }
            if (t.length() > 20 && t.endsWith("日") && GLUED_SIGNATURE.matcher(t).find()) {
                t = GLUED_SIGNATURE.matcher(t).replaceFirst("\n$1\n$2");
                out.add(GLUED_ANNEX.matcher(t).replaceAll("\n"));
                changed = true;
                continue;
            }
            // INLINE_NUMBER needs a space; a table row (cells separated by tabs) keeps its cells' numbered criteria
            // and a pipe table's row (序号 | 重点工作 | … | 1.… 2.… |) keeps the numbered items of its cells
            if (t.length() > LONG_LINE && (t.indexOf(' ') >= 0 || t.indexOf('\u0001') >= 0) && t.indexOf('\t') < 0
                    && !pipeRow(t)) {
                Matcher m = INLINE_NUMBER.matcher(t);
                int n = 0;
                while (m.find() && n < 2) {
                    n++;
                }
                if (n >= 2) {
                    out.add(INLINE_NUMBER_OR_SUB.matcher(t).replaceAll("\n"));
                    changed = true;
                    continue;
                }
            }
            out.add(line);
        }
        return changed ? String.join("\n", out) : text;
    }

    /** True when the line is a row of a table whose cells are separated by " | " (at least three cells). */
    private static boolean pipeRow(String t) {
        int cells = 0;
        for (int at = t.indexOf(" | "); at >= 0 && cells < 2; at = t.indexOf(" | ", at + 3)) {
            cells++;
        }
        return cells >= 2;
    }

    /** The words of a header, letter-spaced ones joined (工 作 任 务 → 工作任务). */
    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder spaced = new StringBuilder();
        for (String w : SPACES.split(line)) {
            if (w.length() == 1 && TextOps.isHan(w.charAt(0))) {
                spaced.append(w);
                continue;
            }
            if (spaced.length() > 0) {
                out.add(spaced.toString());
                spaced.setLength(0);
            }
            out.add(w);
        }
        if (spaced.length() > 0) {
            out.add(spaced.toString());
        }
        return out;
    }

    /** A row's cells: the number, the middle words joined as the task, the last ones as the unit columns. */
    private static String row(String line, int columns) {
        String[] w = SPACES.split(line);
        if (w.length <= columns) {
            return String.join("\t", w);
        }
        int extra = w.length - columns;
        StringBuilder title = new StringBuilder(w[1]);
        for (int i = 2; i <= 1 + extra; i++) {
            title.append(w[i]);
        }
        List<String> cells = new ArrayList<>();
        cells.add(w[0]);
        cells.add(title.toString());
        for (int i = 2 + extra; i < w.length; i++) {
            cells.add(w[i]);
        }
        return String.join("\t", cells);
    }
}
