package dev.policygraph.extract;

import dev.policygraph.ingest.Block;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.extractor.OldExcelExtractor;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The visible sheets of an Excel workbook (.xlsx or .xls), each as one table: rows with exact cells, merged regions
 * resolved by {@link TableGrid} (a title merged across the sheet becomes a line), numbers as Excel shows them, dates as
 * 2025年6月30日, formulas by their cached result, line breaks within a cell kept. Excel 5/95 files are read as lines.
 */
final class SpreadsheetExtractor {

    private SpreadsheetExtractor() {
    }

    static List<Block> extract(byte[] bytes, FileType type, Budget budget) throws IOException {
        Blocks out = new Blocks(budget);
        Workbook workbook;
        try {
            workbook = type == FileType.XLSX ? new XSSFWorkbook(OPCPackage.open(new ByteArrayInputStream(bytes)))
                    : new HSSFWorkbook(new POIFSFileSystem(new ByteArrayInputStream(bytes)));
        } catch (InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        } catch (OldExcelFormatException e) {
            try (OldExcelExtractor old = new OldExcelExtractor(new ByteArrayInputStream(bytes))) {
                out.line(old.getText());
            }
            return out.list();
        }
        try (workbook) {
            DataFormatter formatter = new DataFormatter(Locale.CHINA);
            formatter.setUseCachedValuesForFormulaCells(true);
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                if (!workbook.isSheetHidden(s) && !workbook.isSheetVeryHidden(s)) {
                    sheet(workbook.getSheetAt(s), formatter, out, budget);
                }
            }
        }
        return out.list();
    }

    private static void sheet(Sheet sheet, DataFormatter formatter, Blocks out, Budget budget) {
        List<CellRangeAddress> regions = sheet.getMergedRegions();
        int first = Math.max(sheet.getFirstRowNum(), 0);
        for (CellRangeAddress region : regions) {
            first = Math.min(first, region.getFirstRow());
        }
        int last = sheet.getLastRowNum();
        Map<Long, CellRangeAddress> merged = new HashMap<>();
        Set<Integer> mergedRows = new HashSet<>();
        for (CellRangeAddress region : regions) {
            for (int r = Math.max(region.getFirstRow(), first); r <= Math.min(region.getLastRow(), last); r++) {
                mergedRows.add(r);
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    merged.put(key(r, c), region);
                }
                budget.checkTime();
            }
        }
        int width = 0;
        for (int r = first; r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                for (int c = Math.max(row.getFirstCellNum(), 0); c < row.getLastCellNum(); c++) {
                    if (!text(row.getCell(c), formatter).isBlank()) {
                        width = Math.max(width, c + 1);
                    }
                }
            }
            budget.checkTime();
        }
        if (width == 0) {
            return;
        }
        TableGrid grid = new TableGrid();
        for (int r = first; r <= last; r++) {
            Row row = sheet.getRow(r);
            List<String> texts = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                texts.add(row == null ? "" : text(row.getCell(c), formatter));
            }
            if (!mergedRows.contains(r) && texts.stream().allMatch(String::isBlank)) {
                continue; // an empty row that no merged cell crosses: nothing to hold on the grid
            }
            grid.newRow();
            for (int c = 0; c < width; c++) {
                CellRangeAddress region = merged.get(key(r, c));
                if (region == null) {
                    grid.cell(texts.get(c), 1, 1);
                } else if (region.getFirstRow() == r && region.getFirstColumn() == c) {
                    grid.cell(texts.get(c), Math.min(region.getLastColumn(), width - 1) - c + 1,
                            region.getLastRow() - r + 1);
                }
            }
            budget.checkTime();
        }
        grid.emit(out);
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    /** A cell as Excel shows it; a date as 2025年6月30日; a formula by its cached result. */
    static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime d = cell.getLocalDateTimeCellValue();
                    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
                }
                return formatter.formatCellValue(cell);
            case BOOLEAN:
                return formatter.formatCellValue(cell);
            default:
                return "";
        }
    }
}
