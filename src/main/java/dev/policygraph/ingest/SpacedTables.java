package dev.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A task table whose cells a page printed with runs of spaces between them (a 责任清单 copied from a spreadsheet or
 * a PDF): a header line starting with 序号 (编号, 序) whose names may be split over the two lines of a merged header
 * (牵头 责任单位, 配合 责任单位), then rows that each start with their number, a cell printed over several lines
 * (one unit a line) going on in the lines after it. Such a table is rewritten as tab-separated rows, one a line, each
 * cell in the column its content fits ({@link Tables#aligned}: a run of spaces may also stand inside a cell), so
 * that {@link Tables} reads it like any other; the spaces are cell boundaries only there, never in running text.
 */
final class SpacedTables {

    private SpacedTables() {
    }

    private static final Pattern GAP = Pattern.compile("[ \u3000\u00a0]+");
    /** A row's start: its number, then a gap and a cell. */
    private static final Pattern ROW_START = Pattern.compile("^[ \u3000\u00a0]*\\d{1,3}[.、]?[ \u3000\u00a0]+\\S");
    /** The names of a number column that a header may start with. */
    private static final List<String> NUMBER_COLUMNS = List.of("序号", "编号", "序");
    /** A line that starts a new part of the document rather than going on with a row's cells. */
    private static final Pattern HEADING = Pattern.compile("^[ \u3000\u00a0]*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[章条部分])");
    /** The longest first cell of a line going on with a row (a unit, a short note). */
    private static final int CONTINUATION_CELL = 20;

    /** The text with each space-aligned task table as tab-separated rows; other text as it is. */
    static String cells(String s) {
        if (s.indexOf("序号") < 0 && s.indexOf("编号") < 0 && s.indexOf("序 ") < 0) {
            return s;
        }
        String[] lines = s.split("\n", -1);
        List<String> out = null;
        int copied = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            if (lines[i].indexOf('序') < 0 && lines[i].indexOf("编号") < 0 || lines[i].indexOf('\t') >= 0
                    || lines[i].indexOf('|') >= 0 // a table written with pipes: its cells are read by the pipes
                    || !ROW_START.matcher(lines[i + 1]).find()) {
                continue;
            }
            List<String> header = header(lines[i]);
            if (header == null) {
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            int j = i + 1;
            while (j < lines.length) {
                String line = lines[j];
                List<String> more = line.isBlank() ? null : tokens(line);
                if (ROW_START.matcher(line).find()) {
                    rows.add(new ArrayList<>(more));
                } else if (more != null && !HEADING.matcher(line).find() && more.get(0).length() <= CONTINUATION_CELL) {
                    List<String> row = rows.get(rows.size() - 1);
                    int last = row.size() - 1;
                    if (last > 1 && Tables.isUnitList(row.get(last)) && Tables.isUnitList(more.get(0))) {
                        // a unit cell printed one unit a line: the line's first unit goes on with the cell above
                        row.set(last, row.get(last) + "," + more.get(0));
                        more = more.subList(1, more.size());
                    }
                    row.addAll(more);
                } else {
                    break;
                }
                j++;
            }
            if (out == null) {
                out = new ArrayList<>(lines.length);
            }
            for (int k = copied; k < i; k++) {
                out.add(lines[k]);
            }
            out.add(String.join("\t", header));
            // the cells placed by their content: the spaces do not say where one ends
            for (List<String> row : Tables.aligned(header, rows.stream().map(SpacedTables::unwrapped).toList())) {
                out.add(String.join("\t", row));
            }
            copied = j;
            i = j - 1;
        }
        if (out == null) {
            return s;
        }
        for (int k = copied; k < lines.length; k++) {
            out.add(lines[k]);
        }
        return String.join("\n", out);
    }

    /**
     * The line's cells: what runs of spaces separate, single characters apart joined again (a person's name of two
     * characters spaced out to the width of three: 汪  峰).
     */
    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        for (String t : GAP.split(line.strip())) {
            if (t.isEmpty()) {
                continue;
            }
            int last = tokens.size() - 1;
            if (t.length() == 1 && last >= 0 && tokens.get(last).length() == 1 && TextOps.isHan(t.charAt(0))
                    && TextOps.isHan(tokens.get(last).charAt(0))) {
                tokens.set(last, tokens.get(last) + t);
            } else {
                tokens.add(t);
            }
        }
        return tokens.isEmpty() ? List.of("") : tokens;
    }

    /** The longest piece of a cell wrapped at its column's width. */
    private static final int WRAP_WIDTH = 12;
    private static final String SENTENCE_ENDS = "。;,、:!?";

    /**
     * The row's cells with a cell the page wrapped at its column's width joined again: pieces of one length (2 to
     * {@value #WRAP_WIDTH} characters) and a last one no longer (严守用水 效率控制 红线, 加强水资源保 护), none of them a
     * unit or ending a sentence.
     */
    static List<String> unwrapped(List<String> row) {
        List<String> out = new ArrayList<>(row.size());
        int k = 0;
        while (k < row.size()) {
            int width = row.get(k).length();
            int e = k;
            if (k > 0 && width >= 2 && width <= WRAP_WIDTH && piece(row.get(k))) {
                while (e + 1 < row.size() && row.get(e).length() == width && row.get(e + 1).length() <= width
                        && piece(row.get(e + 1))) {
                    e++;
                }
            }
            out.add(e == k ? row.get(k) : String.join("", row.subList(k, e + 1)));
            k = e + 1;
        }
        return out;
    }

    /** True when the text may be a piece of a wrapped cell: Han characters, no sentence end, not a unit. */
    private static boolean piece(String text) {
        return TextOps.isHan(text.charAt(0)) && SENTENCE_ENDS.indexOf(text.charAt(text.length() - 1)) < 0
                && !Tables.isUnitList(text);
    }

    /**
     * The header's cells, a name split over two lines of a merged header joined again (牵头 领导, 牵头 责任单位) when
     * the two together are a column's name; null when the cells are not the header of a numbered task table.
     */
    private static List<String> header(String line) {
        List<String> tokens = tokens(line);
        if (tokens.size() < 3 || !NUMBER_COLUMNS.contains(tokens.get(0))) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            String cell = tokens.get(t);
            // the pieces of a split name are short words (牵头, 配合, 责任); the number column's name stays whole
            if (t > 0 && cell.length() <= 2 && t + 1 < tokens.size() && Tables.isNamedColumn(cell + tokens.get(t + 1))) {
                cell = cell + tokens.get(++t);
            }
            cells.add(cell);
        }
        return Tables.isHeader(cells) ? cells : null;
    }
}
