package dev.policygraph.extract;

import dev.policygraph.extract.ExtractionException.Reason;
import dev.policygraph.ingest.Block;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text layer of a PDF as lines. Lines that the PDF wrapped at the right margin are joined back into their
 * paragraph from their positions on the page (a line that reaches the right margin and is followed by a line at the
 * left margin continues, unless it ends a sentence and the next line starts with a number such as 二、 or (三)), so
 * that the parser sees the same paragraphs as in the original;
 * lines with wide gaps (flattened table rows) are never joined. Page numbers and footers between two pages do not
 * break a paragraph. A PDF whose pages are images (a scan), whose text cannot be mapped to Unicode, or that is cut
 * off (no %%EOF at its end) is refused.
 */
final class PdfExtractor {

    /** A page with fewer visible characters than this and an image on it is taken as a scanned page. */
    private static final int SCANNED_PAGE_CHARS = 10;
    private static final String SENTENCE_END = "。;:!?;:!?";
    /** The start of a numbered heading or item, which begins a paragraph even when not indented. */
    private static final Pattern NUMBERED = Pattern.compile(
            "\\s*(?:[一二三四五六七八九十]+[、.]|[((][一二三四五六七八九十\\d]+[))]|\\d{1,3}[.、](?!\\d)|第[一二三四五六七八九十]+[章节条])");
    private static final Pattern PAGE_NUMBER = Pattern.compile("[\\s\\-—–一/第页共]*\\d+[\\s\\-—–一/第页共\\d]*");

    private PdfExtractor() {
    }

    static List<Block> extract(byte[] bytes, Limits limits, Budget budget) throws IOException {
        String file = budget.file();
        if (!endsWithEofMarker(bytes)) {
            // PDFBox would rebuild what it can of a cut-off file and return part of the text without a word.
            throw new ExtractionException(file, Reason.CORRUPT, "the PDF is truncated: it lacks the %%EOF marker at"
                    + " its end (an incomplete download or upload?)");
        }
        try (PDDocument pdf = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxPdfScratchBytes()).streamCache)) {
            LineCollector collector = new LineCollector(budget);
            collector.setSortByPosition(false);
            collector.getText(pdf);
            collector.endLine();
            int pages = pdf.getNumberOfPages();
            int scanned = 0;
            for (int i = 0; i < pages; i++) {
                if (collector.visibleOn(i + 1) < SCANNED_PAGE_CHARS && hasImage(pdf.getPage(i))) {
                    scanned++;
                }
            }
            int visible = collector.visibleTotal();
            if (visible == 0 || scanned * 2 > pages) {
                throw new ExtractionException(file, Reason.NO_TEXT_LAYER, "the PDF has no text layer on "
                        + (visible == 0 ? "any" : scanned) + " of its " + pages + " pages (a scan?); run OCR on it"
                        + " first or use the original document");
            }
            if (collector.unreadable() * 5 > visible) {
                throw new ExtractionException(file, Reason.NO_TEXT_LAYER, "the PDF's text layer cannot be read: its"
                        + " fonts map the characters to no Unicode text; use the original document");
            }
            Blocks out = new Blocks(budget);
            for (String paragraph : paragraphs(collector.lines)) {
                out.line(paragraph);
            }
            return out.list();
        }
    }

    /** Whether "%%EOF" occurs in the last 2 KiB (writers may append a little after it). */
    private static boolean endsWithEofMarker(byte[] b) {
        return Bytes.indexOf(b, "%%EOF".getBytes(StandardCharsets.US_ASCII), b.length - 2048, b.length) >= 0;
    }

    private static boolean hasImage(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                return true;
            }
        }
        return false;
    }

    /** One line of text as laid out on its page. */
    record PdfLine(int page, String text, float startX, float endX, float charWidth, float firstWordWidth,
                   boolean tabular, float pageWidth) {
    }

    /** Joins wrapped lines into paragraphs; page furniture found between two parts of a paragraph follows it. */
    static List<String> paragraphs(List<PdfLine> lines) {
        Map<Integer, float[]> margins = margins(lines);
        List<String> out = new ArrayList<>();
        List<String> furniture = new ArrayList<>();
        StringBuilder current = null;
        PdfLine previous = null;
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            float[] m = margins.get(Math.round(line.pageWidth()));
            boolean pageEdge = i == lines.size() - 1 || lines.get(i + 1).page() != line.page()
                    || i == 0 || lines.get(i - 1).page() != line.page();
            if (previous != null && pageEdge && furniture(line, m)) {
                furniture.add(line.text());
                continue;
            }
            if (current != null && continues(previous, line, margins.get(Math.round(previous.pageWidth())), m)) {
                if (endsLatin(current) && startsLatin(line.text())) {
                    current.append(' ');
                }
                current.append(line.text().strip());
            } else {
                if (current != null) {
                    out.add(current.toString());
                }
                out.addAll(furniture);
                furniture.clear();
                current = new StringBuilder(line.text());
            }
            previous = line;
        }
        if (current != null) {
            out.add(current.toString());
        }
        out.addAll(furniture);
        return out;
    }

    /** Per page width: the left margin (leftmost start) and the right margin (rightmost end) of running text. */
    private static Map<Integer, float[]> margins(List<PdfLine> lines) {
        Map<Integer, float[]> margins = new HashMap<>();
        for (PdfLine l : lines) {
            if (l.tabular() || l.text().isBlank()) {
                continue;
            }
            float[] m = margins.computeIfAbsent(Math.round(l.pageWidth()), k -> new float[] {Float.MAX_VALUE, 0});
            m[0] = Math.min(m[0], l.startX());
            m[1] = Math.max(m[1], l.endX());
        }
        return margins;
    }

    private static boolean continues(PdfLine previous, PdfLine line, float[] previousMargins, float[] margins) {
        if (previous.tabular() || line.tabular() || previousMargins == null || margins == null) {
            return false;
        }
        String text = previous.text().strip();
        if (text.isEmpty() || SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0
                && NUMBERED.matcher(line.text()).lookingAt()) {
            return false;
        }
        // The line wrapped when the next line's first word (a character of Chinese, a run of Latin letters and
        // digits) would not have fitted after it.
        float width = Math.max(previous.charWidth(), 4f);
        boolean reachesRight = previous.endX() + Math.max(line.firstWordWidth(), width) >= previousMargins[1] - width / 2;
        boolean startsLeft = line.startX() <= margins[0] + 0.5f * Math.max(line.charWidth(), 4f);
        return reachesRight && startsLeft;
    }

    /**
     * A short line at the top or bottom of a page that is a page number (— 3 —, 第3页, 3/12, placed left, right or
     * centred) or is centred (a running header or footer).
     */
    private static boolean furniture(PdfLine line, float[] margins) {
        if (margins == null) {
            return false;
        }
        float body = margins[1] - margins[0];
        float cw = Math.max(line.charWidth(), 4f);
        if (line.endX() - line.startX() >= body / 3) {
            return false;
        }
        boolean centred = line.startX() > margins[0] + 3 * cw && line.endX() < margins[1] - 3 * cw;
        return centred || PAGE_NUMBER.matcher(line.text()).matches();
    }

    private static boolean endsLatin(CharSequence s) {
        return s.length() > 0 && isLatin(s.charAt(s.length() - 1));
    }

    private static boolean startsLatin(String s) {
        String t = s.strip();
        return !t.isEmpty() && isLatin(t.charAt(0));
    }

    /** A Latin letter: words of Latin script wrap at spaces, so a wrap between two of them stood for a space. */
    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    /** Collects the stripper's lines with their positions, and counts visible characters per page. */
    private static final class LineCollector extends PDFTextStripper {

        private final Budget budget;
        final List<PdfLine> lines = new ArrayList<>();
        private final Map<Integer, Integer> visiblePerPage = new HashMap<>();
        private int unreadable;
        private long collected;

        private final StringBuilder text = new StringBuilder();
        private float startX = Float.NaN;
        private float endX;
        private float widthSum;
        private int glyphs;
        private float maxGap;
        private float firstWordWidth;
        private boolean firstWordDone;
        private TextPosition last;
        private float pageWidth;

        LineCollector(Budget budget) {
            this.budget = budget;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            budget.checkTime();
            pageWidth = page.getMediaBox().getWidth();
            super.startPage(page);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            endLine();
            super.endPage(page);
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            text.append(string);
            for (TextPosition p : positions) {
                if (Float.isNaN(startX)) {
                    startX = p.getXDirAdj();
                }
                if (!firstWordDone) {
                    String u = p.getUnicode();
                    boolean word = u != null && u.length() == 1 && u.charAt(0) < 0x80
                            && Character.isLetterOrDigit(u.charAt(0));
                    firstWordWidth = p.getXDirAdj() + p.getWidthDirAdj() - startX;
                    firstWordDone = !word;
                }
                if (last != null) {
                    maxGap = Math.max(maxGap, p.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj()));
                }
                endX = Math.max(endX, p.getXDirAdj() + p.getWidthDirAdj());
                widthSum += p.getWidthDirAdj();
                glyphs++;
                last = p;
            }
            for (int i = 0; i < string.length(); i++) {
                char c = string.charAt(i);
                if (!Character.isWhitespace(c)) {
                    visiblePerPage.merge(getCurrentPageNo(), 1, Integer::sum);
                    if (c == '\ufffd' || c < 0x20 || Character.getType(c) == Character.PRIVATE_USE) {
                        unreadable++;
                    }
                }
            }
        }

        @Override
        protected void writeWordSeparator() {
            firstWordDone |= glyphs > 0;
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        void endLine() {
            if (text.length() > 0 && !text.toString().isBlank()) {
                float charWidth = glyphs == 0 ? 0 : widthSum / glyphs;
                boolean tabular = maxGap > 2.5f * Math.max(charWidth, 4f);
                collected += text.length();
                budget.check(collected);
                lines.add(new PdfLine(getCurrentPageNo(), text.toString().strip(), startX, endX, charWidth,
                        firstWordWidth, tabular, pageWidth));
            }
            text.setLength(0);
            startX = Float.NaN;
            endX = 0;
            widthSum = 0;
            glyphs = 0;
            maxGap = 0;
            firstWordWidth = 0;
            firstWordDone = false;
            last = null;
        }

        int visibleOn(int page) {
            return visiblePerPage.getOrDefault(page, 0);
        }

        int visibleTotal() {
            return visiblePerPage.values().stream().mapToInt(Integer::intValue).sum();
        }

        int unreadable() {
            return unreadable;
        }
    }
}
