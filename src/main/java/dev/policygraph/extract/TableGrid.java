package dev.policygraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays the cells of one table (Word, Excel or HTML) onto a grid, merged cells included, and hands it on as rows.
 * A cell merged across columns keeps its text in its first column and leaves the others empty, so the columns stay
 * aligned with the header; a cell merged down over several rows repeats its text in each of them, since each row
 * is read on its own (a lead unit merged over three tasks leads all three). A row that is one cell spanning the whole
 * table (a title or a section heading inside the table) becomes a line of text.
 */
final class TableGrid {

    /** Spans beyond this are taken as this (HTML allows rowspan up to 65534). */
    static final int MAX_SPAN = 1000;

    private final List<Row> rows = new ArrayList<>();
    /** Column index to the cell that a rowspan from above still covers there. */
    private final Map<Integer, Pending> down = new HashMap<>();
    private Row current;

    private static final class Row {
        final List<String> cells = new ArrayList<>();
        /** Cells that start in this row (not covered from above), and the widest of them. */
        int origins;
        int widest;
        int lastSpan;
    }

    private record Pending(String text, int remaining) {
    }

    void newRow() {
        closeRow();
        current = new Row();
        rows.add(current);
        fillCoveredFromAbove();
    }

    /** A cell starting at the next free column, spanning {@code colSpan} columns and {@code rowSpan} rows. */
    void cell(String text, int colSpan, int rowSpan) {
        if (current == null) {
            newRow();
        }
        int cols = Math.max(1, Math.min(colSpan, MAX_SPAN));
        int span = Math.max(1, Math.min(rowSpan, MAX_SPAN));
        String value = Blocks.cell(text);
        int at = current.cells.size();
        current.cells.add(value);
        for (int i = 1; i < cols; i++) {
            current.cells.add("");
        }
        current.origins++;
        current.lastSpan = cols;
        current.widest = Math.max(current.widest, cols);
        if (span > 1) {
            down.put(at, new Pending(value, span - 1));
            for (int i = 1; i < cols; i++) {
                down.put(at + i, new Pending("", span - 1));
            }
        }
        fillCoveredFromAbove();
    }

    /**
     * A cell that continues the cell above it (Word's vMerge="continue"): it repeats the text of the row above in
     * the same column, and its further columns stay empty.
     */
    void continueAbove(int colSpan) {
        if (current == null) {
            newRow();
        }
        int at = current.cells.size();
        Row above = rows.size() >= 2 ? rows.get(rows.size() - 2) : null;
        String text = above != null && at < above.cells.size() ? above.cells.get(at) : "";
        current.cells.add(text);
        for (int i = 1; i < Math.max(1, Math.min(colSpan, MAX_SPAN)); i++) {
            current.cells.add("");
        }
        fillCoveredFromAbove();
    }

    /** A cell covered by the cell to its left (Word's old hMerge="continue"): empty, like a gridSpan column. */
    void covered() {
        if (current == null) {
            newRow();
        }
        current.cells.add("");
        current.lastSpan++;
        current.widest = Math.max(current.widest, current.lastSpan);
        fillCoveredFromAbove();
    }

    private void fillCoveredFromAbove() {
        Pending p;
        while ((p = down.get(current.cells.size())) != null) {
            int col = current.cells.size();
            current.cells.add(p.text());
            if (p.remaining() <= 1) {
                down.remove(col);
            } else {
                down.put(col, new Pending(p.text(), p.remaining() - 1));
            }
        }
    }

    /** A row shorter than a rowspan from above still takes that cell (and empty cells up to it). */
    private void closeRow() {
        if (current == null) {
            return;
        }
        List<Integer> columns = down.keySet().stream().filter(c -> c >= current.cells.size()).sorted().toList();
        for (int column : columns) {
            while (current.cells.size() < column) {
                current.cells.add("");
            }
            if (current.cells.size() == column) {
                fillCoveredFromAbove();
            }
        }
    }

    /** Emits the table: rows padded to the table's width, full-width single cells as lines. */
    void emit(Blocks out) {
        closeRow();
        int width = 0;
        for (Row r : rows) {
            width = Math.max(width, r.cells.size());
        }
        for (Row r : rows) {
            List<String> cells = new ArrayList<>(r.cells);
            if (width > 1 && r.origins == 1 && r.widest >= width && !cells.get(0).isEmpty()) {
                out.line(cells.get(0));
                continue;
            }
            while (cells.size() < width) {
                cells.add("");
            }
            out.row(cells);
        }
        rows.clear();
        down.clear();
        current = null;
    }
}
