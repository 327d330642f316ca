package dev.policygraph.ledger;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** How a ledger is written: XLSX (streamed, header frozen, long text wrapped) or CSV (UTF-8 with BOM, RFC 4180). */
public enum LedgerFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv; charset=UTF-8");

    private static final int[] WIDTHS = {6, 60, 24, 36, 14, 40, 12};

    private final String extension;
    private final String mediaType;

    LedgerFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a file extension or name (xlsx, csv); an unknown one is an error naming both. */
    public static LedgerFormat of(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        for (LedgerFormat f : values()) {
            if (f.extension.equals(ext)) {
                return f;
            }
        }
        throw new IllegalArgumentException("The ledger is written as xlsx or csv, not " + name);
    }

    /** Writes the ledger of {@code filter} to {@code out} (left open); returns the number of rows. */
    public int write(Ledger ledger, Ledger.Filter filter, OutputStream out) {
        try {
            return this == XLSX ? xlsx(ledger, filter, out) : csv(ledger, filter, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the ledger", e);
        }
    }

    private static int csv(Ledger ledger, Ledger.Filter filter, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        line(w, Ledger.COLUMNS);
        int[] count = {0};
        try {
            count[0] = ledger.rows(filter, row -> {
                try {
                    line(w, row.cells());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
        return count[0];
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csvCell(cells.get(i)));
        }
        w.write("\r\n");
    }

    /**
     * A cell as CSV: quoted when it holds a comma, quote or line break; a cell a spreadsheet would take for a formula
     * (=, +, -, @ first) gets a leading apostrophe, so that opening the file runs nothing.
     */
    static String csvCell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static int xlsx(Ledger ledger, Ledger.Filter filter, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = book.createSheet("台账");
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            Row head = sheet.createRow(0);
            for (int i = 0; i < Ledger.COLUMNS.size(); i++) {
                head.createCell(i).setCellValue(Ledger.COLUMNS.get(i));
                head.getCell(i).setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            int count = ledger.rows(filter, row -> {
                Row r = sheet.createRow(row.number());
                r.createCell(0).setCellValue(row.number());
                List<String> cells = row.cells();
                for (int i = 1; i < cells.size(); i++) {
                    r.createCell(i).setCellValue(cells.get(i));
                    r.getCell(i).setCellStyle(wrap);
                }
            });
            book.write(out);
            return count;
        }
    }
}
