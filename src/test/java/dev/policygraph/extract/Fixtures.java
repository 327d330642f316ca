package dev.policygraph.extract;

import dev.policygraph.ingest.Block;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Builds real files in each format for the tests: Word and Excel through POI, PDF through PDFBox (with the bundled
 * CJK font subset), HTML by hand. A table is given as rows of cells where "^" means "merged with the cell above"
 * and "<" "merged with the cell to the left"; {@link #expected} gives the blocks the extractor should make of it.
 */
final class Fixtures {

    static final String ABOVE = "^";
    static final String LEFT = "<";

    static final String TABLE_TITLE = "衢州市推进教育高质量发展重点任务分工表";

    /** A task-breakdown table: section rows across the table, a lead and a deadline merged down, cell line breaks. */
    static final List<List<String>> TASK_TABLE = List.of(
            List.of("序号", "重点任务", "牵头单位", "配合单位", "完成时限"),
            List.of("一、学前教育", LEFT, LEFT, LEFT, LEFT),
            List.of("1", "扩大普惠性学前教育资源,新建公办幼儿园10所", "市教育局", "市发展改革委、市财政局", "2025年12月31日"),
            List.of("2", "实施幼儿园保教质量提升行动", "市教育局", "各县(市、区)人民政府", "2026年底前"),
            List.of("二、义务教育", LEFT, LEFT, LEFT, LEFT),
            List.of("3", "推进义务教育优质均衡发展\n创建全国义务教育优质均衡发展县2个", "市教育局", "市财政局\n市人力社保局",
                    "2027年底前"),
            List.of("4", "实施中小学校舍改造提升工程", ABOVE, "市住房城乡建设局、市自然资源和规划局", ABOVE),
            List.of("5", "深化城乡教育共同体建设", ABOVE, "各县(市、区)人民政府", "长期坚持"));

    private static final Path FONT = Path.of("src/test/resources/fonts/DroidSansFallback-subset.ttf");
    private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

    private Fixtures() {
    }

    /** The non-empty lines of a text. */
    static List<String> lines(String text) {
        return Arrays.stream(text.split("\r?\n")).filter(l -> !l.isBlank()).toList();
    }

    /** What the extractor should make of a table spec: merged-down cells repeated, full-width rows as lines. */
    static List<Block> expected(List<List<String>> spec) {
        List<Block> out = new ArrayList<>();
        List<List<String>> resolved = new ArrayList<>();
        for (int r = 0; r < spec.size(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < spec.get(r).size(); c++) {
                String v = spec.get(r).get(c);
                row.add(v.equals(ABOVE) ? resolved.get(r - 1).get(c) : v.equals(LEFT) ? "" : v);
            }
            resolved.add(row);
            boolean fullWidth = spec.get(r).subList(1, row.size()).stream().allMatch(LEFT::equals);
            out.add(fullWidth ? new Block.Line(row.get(0)) : new Block.Row(row));
        }
        return out;
    }

    // ---- Word (.docx) ----

    /** A .docx of paragraphs, then (when given) a title paragraph and a table. */
    static byte[] docx(List<String> paragraphs, List<List<String>> table) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            if (table != null) {
                doc.createParagraph().createRun().setText(TABLE_TITLE);
                wordTable(doc, table);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void wordTable(XWPFDocument doc, List<List<String>> spec) {
        int cols = spec.get(0).size();
        XWPFTable table = doc.createTable(spec.size(), cols);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        for (int c = 0; c < cols; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(c == 1 ? 3600 : 1500));
        }
        for (int r = 0; r < spec.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            List<String> cells = spec.get(r);
            for (int c = cols - 1; c >= 0; c--) {
                String v = cells.get(c);
                if (v.equals(LEFT)) {
                    row.removeCell(c);
                    continue;
                }
                XWPFTableCell cell = row.getCell(c);
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                int span = 1;
                while (c + span < cols && cells.get(c + span).equals(LEFT)) {
                    span++;
                }
                if (span > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                if (v.equals(ABOVE)) {
                    pr.addNewVMerge().setVal(STMerge.CONTINUE);
                    continue;
                }
                if (r + 1 < spec.size() && spec.get(r + 1).get(c).equals(ABOVE)) {
                    pr.addNewVMerge().setVal(STMerge.RESTART);
                }
                String[] lines = v.split("\n");
                cell.getParagraphs().get(0).createRun().setText(lines[0]);
                for (int i = 1; i < lines.length; i++) {
                    cell.addParagraph().createRun().setText(lines[i]);
                }
            }
        }
    }

    /**
     * A .docx whose headings are numbered by Word (一、 for level 0 at "一、" lines, (一) for level 1) instead of
     * typed: the printed number is taken off the paragraph and left to the numbering definitions.
     */
    static byte[] docxNumbered(List<String> paragraphs) {
        Pattern level0 = Pattern.compile("^[一二三四五六七八九十]+、(.*)$");
        Pattern level1 = Pattern.compile("^[((][一二三四五六七八九十]+[))](.*)$");
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ONE);
            addLevel(abs, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
            addLevel(abs, 1, STNumberFormat.CHINESE_COUNTING, "(%2)");
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs));
            BigInteger numId = numbering.addNum(absId);
            for (String p : paragraphs) {
                XWPFParagraph para = doc.createParagraph();
                Matcher m0 = level0.matcher(p);
                Matcher m1 = level1.matcher(p);
                if (m0.matches()) {
                    para.setNumID(numId);
                    para.setNumILvl(BigInteger.ZERO);
                    para.createRun().setText(m0.group(1));
                } else if (m1.matches()) {
                    para.setNumID(numId);
                    para.setNumILvl(BigInteger.ONE);
                    para.createRun().setText(m1.group(1));
                } else {
                    para.createRun().setText(p);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addLevel(CTAbstractNum abs, int level, STNumberFormat.Enum format, String text) {
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    /** An Office document encrypted with a password (agile encryption, as Word 2010+ writes it). */
    static byte[] encrypted(byte[] ooxml, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(ooxml));
                 OutputStream os = encryptor.getDataStream(fs)) {
                pkg.save(os);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of a zip container with one more entry of {@code bytes} zero bytes (deflated about 1000-fold). */
    static byte[] withZeroEntry(byte[] zip, String name, int bytes) {
        return copyZip(zip, out -> {
            out.putNextEntry(new ZipEntry(name));
            byte[] zeros = new byte[1 << 20];
            for (int written = 0; written < bytes; written += zeros.length) {
                out.write(zeros, 0, Math.min(zeros.length, bytes - written));
            }
            out.closeEntry();
        });
    }

    /** A copy of a zip container with {@code count} more small entries. */
    static byte[] withEntries(byte[] zip, int count) {
        return copyZip(zip, out -> {
            for (int i = 0; i < count; i++) {
                out.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
                out.write("<a/>".getBytes(StandardCharsets.US_ASCII));
                out.closeEntry();
            }
        });
    }

    private interface ZipAddition {
        void write(ZipOutputStream out) throws IOException;
    }

    private static byte[] copyZip(byte[] zip, ZipAddition addition) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ByteArrayOutputStream buffer = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(buffer)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            addition.write(out);
            out.finish();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- Excel (.xlsx, .xls) ----

    static byte[] xlsx(List<List<String>> spec) {
        return workbook(new XSSFWorkbook(), spec);
    }

    static byte[] xls(List<List<String>> spec) {
        return workbook(new HSSFWorkbook(), spec);
    }

    /**
     * One sheet: the spec's cells, whole numbers as numeric cells, 2025年12月31日 as a date cell formatted m/d/yy,
     * merged regions for "^" and "<".
     */
    private static byte[] workbook(Workbook wb, List<List<String>> spec) {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("任务分工");
            wb.createSheet("空表");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat((short) 14);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            for (int r = 0; r < spec.size(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < spec.get(r).size(); c++) {
                    String v = spec.get(r).get(c);
                    if (v.equals(ABOVE) || v.equals(LEFT)) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    Matcher d = DATE.matcher(v);
                    if (v.matches("\\d+")) {
                        cell.setCellValue(Integer.parseInt(v));
                    } else if (d.matches()) {
                        cell.setCellValue(LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
                                Integer.parseInt(d.group(3))));
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(v);
                        if (v.contains("\n")) {
                            cell.setCellStyle(wrap);
                        }
                    }
                    int cols = 1;
                    while (c + cols < spec.get(r).size() && spec.get(r).get(c + cols).equals(LEFT)) {
                        cols++;
                    }
                    int rows = 1;
                    while (r + rows < spec.size() && spec.get(r + rows).get(c).equals(ABOVE)) {
                        rows++;
                    }
                    if (cols > 1 || rows > 1) {
                        sheet.addMergedRegion(new CellRangeAddress(r, r + rows - 1, c, c + cols - 1));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The task table with its title as a first row merged across all columns, as task sheets have it. */
    static List<List<String>> withTitleRow(List<List<String>> spec) {
        List<List<String>> out = new ArrayList<>();
        List<String> title = new ArrayList<>();
        title.add(TABLE_TITLE);
        for (int i = 1; i < spec.get(0).size(); i++) {
            title.add(LEFT);
        }
        out.add(title);
        out.addAll(spec);
        return out;
    }

    // ---- HTML ----

    /** A page in GBK (declared by a meta tag): paragraphs, then the title and the table (rowspan/colspan). */
    static byte[] html(List<String> paragraphs, List<List<String>> table, String metaCharset, Charset encoding) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" "
                + "content=\"text/html; charset=" + metaCharset + "\">\n<title>" + TABLE_TITLE + "</title>\n"
                + "<style>p { margin: 0 }</style><script>var nav = '首页';</script></head>\n<body>\n"
                + "<div class=\"nav\" style=\"display: none\">网站首页 &gt; 政策文件</div>\n");
        for (String p : paragraphs) {
            s.append("<p style=\"text-indent: 2em\">").append(escape(p)).append("</p>\n");
        }
        if (table != null) {
            s.append("<p><b>").append(TABLE_TITLE).append("</b></p>\n<table border=\"1\">\n<tbody>\n");
            for (int r = 0; r < table.size(); r++) {
                s.append("<tr>");
                for (int c = 0; c < table.get(r).size(); c++) {
                    String v = table.get(r).get(c);
                    if (v.equals(ABOVE) || v.equals(LEFT)) {
                        continue;
                    }
                    int cols = 1;
                    while (c + cols < table.get(r).size() && table.get(r).get(c + cols).equals(LEFT)) {
                        cols++;
                    }
                    int rows = 1;
                    while (r + rows < table.size() && table.get(r + rows).get(c).equals(ABOVE)) {
                        rows++;
                    }
                    String tag = r == 0 ? "th" : "td";
                    s.append('<').append(tag);
                    if (cols > 1) {
                        s.append(" colspan=\"").append(cols).append('"');
                    }
                    if (rows > 1) {
                        s.append(" rowspan=\"").append(rows).append('"');
                    }
                    s.append('>').append(escape(v).replace("\n", "<br>")).append("</").append(tag).append('>');
                }
                s.append("</tr>\n");
            }
            s.append("</tbody>\n</table>\n");
        }
        s.append("</body></html>\n");
        return s.toString().getBytes(encoding);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // ---- PDF ----

    /**
     * A PDF with a text layer: each paragraph set in 12 pt on A4, wrapped at the right margin (Latin words and
     * numbers kept whole), the first line indented by two characters, a page number (— 3 —) at the foot of each page.
     */
    static byte[] pdf(List<String> paragraphs) {
        try (PDDocument doc = new PDDocument(); InputStream font = Files.newInputStream(FONT)) {
            PdfWriter writer = new PdfWriter(doc, PDType0Font.load(doc, font));
            for (String p : paragraphs) {
                writer.paragraph(p);
            }
            writer.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF whose pages are images only, as a scanner makes them. */
    static byte[] scannedPdf(int pages) {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage image = new BufferedImage(600, 840, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 600, 840);
            g.setColor(Color.BLACK);
            for (int y = 80; y < 760; y += 24) {
                g.fillRect(60, y, 480, 10);
            }
            g.dispose();
            PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(xobject, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with a text layer that opens only with a user password. */
    static byte[] passwordPdf(List<String> paragraphs, String password) {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf(paragraphs))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays out paragraphs on A4 pages, switching to Helvetica for what the CJK subset lacks (ASCII). */
    private static final class PdfWriter {

        private static final float SIZE = 12;
        private static final float LEADING = 20;
        private static final float MARGIN = 72;

        private final PDDocument doc;
        private final PDFont cjk;
        private final PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final Map<Character, PDFont> fonts = new HashMap<>();
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream page;
        private float y;
        private int pages;

        PdfWriter(PDDocument doc, PDFont cjk) {
            this.doc = doc;
            this.cjk = cjk;
        }

        void paragraph(String text) throws IOException {
            String t = text.replaceAll("[\\s\\p{Zs}]+", " ").strip();
            float indent = 2 * SIZE;
            int i = 0;
            while (i < t.length()) {
                float room = width - indent;
                int end = i;
                float used = 0;
                while (end < t.length()) {
                    int next = unitEnd(t, end);
                    float w = width(t.substring(end, next));
                    if (used + w > room && end > i) {
                        break;
                    }
                    used += w;
                    end = next;
                }
                line(t.substring(i, end), MARGIN + indent);
                indent = 0;
                i = end;
                while (i < t.length() && t.charAt(i) == ' ') {
                    i++;
                }
            }
        }

        /** A run of ASCII letters and digits wraps as a whole; anything else wraps after each character. */
        private static int unitEnd(String t, int from) {
            int end = from + 1;
            if (isWordChar(t.charAt(from))) {
                while (end < t.length() && isWordChar(t.charAt(end))) {
                    end++;
                }
            }
            return end;
        }

        private static boolean isWordChar(char c) {
            return c < 0x80 && Character.isLetterOrDigit(c);
        }

        private float width(String s) throws IOException {
            float w = 0;
            for (char c : s.toCharArray()) {
                w += font(c).getStringWidth(String.valueOf(c)) / 1000 * SIZE;
            }
            return w;
        }

        private PDFont font(char c) {
            return fonts.computeIfAbsent(c, k -> {
                for (PDFont f : List.of(cjk, latin)) {
                    try {
                        f.encode(String.valueOf(k));
                        return f;
                    } catch (IllegalArgumentException | IOException e) {
                        // not in this font; try the next
                    }
                }
                throw new IllegalStateException(String.format("the test font lacks U+%04X (%c); add it to the"
                        + " subset (src/test/resources/fonts/README.md)", (int) k, k));
            });
        }

        private void line(String text, float x) throws IOException {
            if (page == null || y < MARGIN) {
                newPage();
            }
            page.beginText();
            page.newLineAtOffset(x, y);
            int i = 0;
            while (i < text.length()) {
                PDFont f = font(text.charAt(i));
                int j = i + 1;
                while (j < text.length() && font(text.charAt(j)) == f) {
                    j++;
                }
                page.setFont(f, SIZE);
                page.showText(text.substring(i, j));
                i = j;
            }
            page.endText();
            y -= LEADING;
        }

        private void newPage() throws IOException {
            finish();
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            page = new PDPageContentStream(doc, p);
            pages++;
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        /** Closes the page with its number at the foot (last in the content, as most producers write it). */
        void finish() throws IOException {
            if (page != null) {
                page.beginText();
                page.setFont(latin, 10);
                page.newLineAtOffset(PDRectangle.A4.getWidth() / 2 - 15, MARGIN / 2);
                page.showText("- " + pages + " -");
                page.endText();
                page.close();
                page = null;
            }
        }
    }
}
