package dev.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page printed in two columns (a government gazette, 公报) as a PDF viewer gives its text: each line holds a line of
 * the left column, a wide run of spaces, and the line of the right column beside it. The text read column by column:
 * on each page the left column's lines, then the right column's.
 */
final class TwoColumns {

    /** The run of spaces between the columns, with text on both sides of it. */
    private static final Pattern GAP = Pattern.compile("(?<=\\S)( {8,})(?=\\S)");
    /** A page's marker in a viewer's text (Page 36 - 2021年第2期, P. 36) or a printed page number (— 3 —). */
    private static final Pattern PAGE = Pattern.compile("^\\s*(?:Page \\d+.*|P\\. ?\\d+|[-—–]\\s*\\d{1,4}\\s*[-—–])\\s*$");
    /** The fewest lines split by a gap for a text to be read as two columns. */
    private static final int LEAST_LINES = 8;
    /** The fewest Han characters on each side of a gap: prose, not a table's short cells. */
    private static final int LEAST_SIDE = 4;

    private TwoColumns() {
    }

    /** The text column by column where it is a two-column page; the text as it is otherwise. */
    static String read(String text) {
        if (!text.contains("        ")) {
            return text; // a gap needs eight spaces in a row
        }
        String[] lines = text.split("\n", -1);
        int[] gaps = new int[lines.length]; // where each line's gap starts, -1 for a line without one
        int[] ends = new int[lines.length]; // and where it ends
        int first = -1;
        int last = -1;
        int split = 0;
        double rightStart = 0;
        for (int i = 0; i < lines.length; i++) {
            int gap = gapAt(lines[i], ends, i);
            gaps[i] = gap;
            if (gap >= 0) {
                first = first < 0 ? i : first;
                last = i;
                split++;
                rightStart += width(lines[i].substring(0, gap));
            }
        }
        if (split < LEAST_LINES) {
            return text;
        }
        while (first < last && !runsOn(lines, gaps, first)) {
            first++; // a page's head line with a gap (2/2021 某市人民政府公报 ·文件·) over the title: no column yet
        }
        rightStart /= split;
        List<Integer> indents = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            if (gaps[i] >= 0) {
                indents.add(width(leading(lines[i])));
            }
        }
        indents.sort(null);
        int leftIndent = indents.get(indents.size() / 2);
        int content = 0;
        for (int i = first; i <= last; i++) {
            content += lines[i].isBlank() ? 0 : 1;
        }
        if (split * 2 < content) {
            return text; // most lines of the stretch are one column's: no two-column page
        }
        List<String> out = new ArrayList<>(lines.length + split);
        for (int i = 0; i < first; i++) {
            out.add(lines[i]);
        }
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            String line = lines[i];
            if (PAGE.matcher(line).matches()) {
                out.addAll(left);
                out.addAll(right);
                left.clear();
                right.clear();
                out.add(line);
                continue;
            }
            if (gaps[i] >= 0) {
                left.add(line.substring(0, gaps[i]));
                right.add(line.substring(ends[i]));
            } else if (!line.isBlank() && width(leading(line)) >= Math.min(leftIndent + RIGHT_INDENT, rightStart * 0.6)) {
                right.add(line.strip()); // a line of the right column beside an empty line of the left
            } else {
                left.add(line);
            }
        }
        out.addAll(left);
        out.addAll(right);
        for (int i = last + 1; i < lines.length; i++) {
            out.add(lines[i]);
        }
        return String.join("\n", out);
    }

    /** True when the next lines with text after {@code i} are split by a gap as line {@code i} is: the columns run. */
    private static boolean runsOn(String[] lines, int[] gaps, int i) {
        if (gaps[i] < 0) {
            return false;
        }
        int seen = 0;
        for (int j = i + 1; j < lines.length && seen < RUN; j++) {
            if (lines[j].isBlank()) {
                continue;
            }
            if (gaps[j] < 0) {
                return false;
            }
            seen++;
        }
        return seen == RUN;
    }

    /** How much deeper than the left column's lines a line without a gap starts when it is the right column's. */
    private static final int RIGHT_INDENT = 16;

    /** How many lines after the first must be split too for the columns to start there. */
    private static final int RUN = 3;

    /**
     * Where the one gap of a line starts, when text of some length stands on both sides of it (where it ends stored in
     * {@code ends[i]}); -1 otherwise.
     */
    private static int gapAt(String line, int[] ends, int i) {
        if (line.length() < 2 * LEAST_SIDE + 8) {
            return -1;
        }
        Matcher m = GAP.matcher(line);
        if (!m.find()) {
            return -1;
        }
        int at = m.start(1);
        ends[i] = m.end(1);
        if (m.find()) {
            return -1; // two gaps: a table's row, not two columns
        }
        return han(line.substring(0, at)) >= LEAST_SIDE && han(line.substring(at)) >= LEAST_SIDE ? at : -1;
    }

    private static int han(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += TextOps.isHan(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    private static String leading(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return line.substring(0, i);
    }

    /** The width a line takes on a page: two for a wide (CJK, full-width) character, one for the others. */
    private static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) >= 0x1100 ? 2 : 1;
        }
        return w;
    }
}
