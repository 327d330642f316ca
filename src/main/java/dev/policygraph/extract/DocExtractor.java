package dev.policygraph.extract;

import dev.policygraph.ingest.Block;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.extractor.Word6Extractor;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * A Word 97-2003 binary file (.doc, and .wps as WPS Office writes it) in reading order: paragraphs as lines, tables as
 * rows with exact cells. Columns are laid out from the cells' edges, so a cell as wide as two columns of other rows
 * spans two; vertically merged cells repeat their text. Field codes are dropped and their results kept. Word 6/95
 * files are read as plain paragraphs (their tables come out as lines).
 */
final class DocExtractor {

    private DocExtractor() {
    }

    static List<Block> extract(byte[] bytes, Budget budget) throws IOException {
        Blocks out = new Blocks(budget);
        HWPFDocument doc;
        try {
            doc = new HWPFDocument(new POIFSFileSystem(new ByteArrayInputStream(bytes)));
        } catch (OldWordFileFormatException e) {
            try (Word6Extractor old = new Word6Extractor(new POIFSFileSystem(new ByteArrayInputStream(bytes)))) {
                for (String paragraph : old.getParagraphText()) {
                    out.line(clean(paragraph));
                }
            }
            return out.list();
        }
        try (doc) {
            Range range = doc.getRange();
            int n = range.numParagraphs();
            for (int i = 0; i < n; i++) {
                budget.checkTime();
                Paragraph p = range.getParagraph(i);
                if (p.isInTable() && p.getTableLevel() == 1) {
                    Table table = range.getTable(p);
                    table(table, out);
                    i += Math.max(table.numParagraphs(), 1) - 1;
                } else {
                    out.line(clean(p.text()));
                }
            }
        }
        return out.list();
    }

    private static void table(Table table, Blocks out) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> columns = new ArrayList<>(edges);
        TableGrid grid = new TableGrid();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            grid.newRow();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int span = span(columns, cell);
                if (cell.isMerged() && !cell.isFirstMerged()) {
                    grid.covered();
                } else if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
                    grid.continueAbove(span);
                } else {
                    grid.cell(cellText(cell), span, 1);
                }
            }
        }
        grid.emit(out);
    }

    /** How many of the table's column intervals a cell covers (at least one). */
    private static int span(List<Integer> edges, TableCell cell) {
        int from = edges.indexOf(cell.getLeftEdge());
        int to = edges.indexOf(cell.getLeftEdge() + cell.getWidth());
        return from < 0 || to <= from ? 1 : to - from;
    }

    private static String cellText(TableCell cell) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < cell.numParagraphs(); i++) {
            lines.add(clean(cell.getParagraph(i).text()));
        }
        return String.join("\n", lines);
    }

    /**
     * Word's special characters: field codes dropped (their results kept), a line break (0x0B) as \n, a
     * non-breaking hyphen as -, cell and paragraph marks and other control characters removed.
     */
    static String clean(String text) {
        String s = Range.stripFields(text);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0x0B || c == '\r' || c == '\n') {
                out.append('\n');
            } else if (c == 0x1E) {
                out.append('-');
            } else if (c == '\t') {
                out.append(' ');
            } else if (c >= 0x20 && c != 0x1F) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
