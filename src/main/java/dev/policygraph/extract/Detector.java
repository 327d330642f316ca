package dev.policygraph.extract;

import dev.policygraph.extract.ExtractionException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;

/**
 * Tells a file's type from its content: magic bytes, then the parts of a zip container ([Content_Types].xml) or the
 * streams of an OLE2 compound file. The name is consulted only to tell a WPS file from a Word file, which share one
 * binary format. A Word or Excel file that is really an HTML page (as some systems export) is read as HTML.
 */
final class Detector {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final String[] WORD_MAIN = {"wordprocessingml.document.main+xml",
            "ms-word.document.macroenabled.main+xml", "wordprocessingml.template.main+xml",
            "ms-word.template.macroenabledtemplate.main+xml"};
    private static final String[] EXCEL_MAIN = {"spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroenabled.main+xml",
            "spreadsheetml.template.main+xml", "ms-excel.template.macroenabled.main+xml"};
    private static final String[] HTML_TAGS = {"<html", "<body", "<head", "<meta", "<title", "<table", "<div", "<p>",
            "<p ", "<br", "<span", "<h1", "<h2", "<!doctype html"};

    private Detector() {
    }

    static FileType detect(byte[] b, Limits limits, Budget budget) {
        String file = budget.file();
        if (Bytes.indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), 0, 1024) >= 0) {
            return FileType.PDF;
        }
        if (Bytes.startsWith(b, new byte[] {'P', 'K', 3, 4}) || Bytes.startsWith(b, new byte[] {'P', 'K', 5, 6})) {
            return zip(file, ZipGuard.inspect(b, limits, budget));
        }
        if (Bytes.startsWith(b, OLE2)) {
            return ole2(file, b);
        }
        String head = asciiHead(b);
        if (head.startsWith("{\\rtf")) {
            throw unknown(file, "it is an RTF document; save it as .docx");
        }
        if (head.startsWith("<?xml") && head.contains("<w:worddocument")) {
            throw unknown(file, "it is a Word 2003 XML document; save it as .docx");
        }
        if (head.startsWith("<")) {
            for (String tag : HTML_TAGS) {
                if (head.contains(tag)) {
                    return FileType.HTML;
                }
            }
        }
        if (head.startsWith("mime-version:")) {
            throw unknown(file, "it is a web archive (.mht); save the page as .html");
        }
        String image = image(b);
        if (image != null) {
            throw unknown(file, "it is an image (" + image + "); a scanned plan must go through OCR first");
        }
        if (utf16WithoutBom(b) != null) {
            return FileType.TEXT;
        }
        if (looksBinary(b)) {
            throw unknown(file, "its content is binary and of no type read here (PDF, Word, Excel, HTML, text)");
        }
        return FileType.TEXT;
    }

    private static FileType zip(String file, ZipGuard.Container zip) {
        String types = zip.contentTypes().toLowerCase(Locale.ROOT);
        Set<String> entries = zip.entries();
        for (String main : WORD_MAIN) {
            if (types.contains(main)) {
                return FileType.DOCX;
            }
        }
        for (String main : EXCEL_MAIN) {
            if (types.contains(main)) {
                return FileType.XLSX;
            }
        }
        if (types.contains("presentationml")) {
            throw unknown(file, "it is a PowerPoint presentation; save the plan as .docx or .pdf");
        }
        if (entries.contains("mimetype") && entries.contains("content.xml")) {
            throw unknown(file, "it is an OpenDocument file (.odt/.ods); save it as .docx or .xlsx");
        }
        if (entries.contains("word/document.xml")) {
            return FileType.DOCX;
        }
        if (entries.contains("xl/workbook.xml")) {
            return FileType.XLSX;
        }
        throw unknown(file, "it is a zip archive, not a document; unpack it and pass the documents inside");
    }

    private static FileType ole2(String file, byte[] b) {
        Set<String> streams;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
            streams = fs.getRoot().getEntryNames();
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(file, Reason.CORRUPT,
                    "the file is truncated or corrupt: its OLE2 container cannot be read (" + e.getMessage() + ")", e);
        }
        if (streams.contains("EncryptedPackage") || streams.contains("EncryptionInfo")) {
            throw new ExtractionException(file, Reason.ENCRYPTED,
                    "the document is password-protected; save an unprotected copy");
        }
        if (streams.contains("WordDocument")) {
            return file.toLowerCase(Locale.ROOT).endsWith(".wps") ? FileType.WPS : FileType.DOC;
        }
        if (streams.contains("Workbook") || streams.contains("WORKBOOK") || streams.contains("Book")) {
            return FileType.XLS;
        }
        if (streams.contains("PowerPoint Document")) {
            throw unknown(file, "it is a PowerPoint presentation; save the plan as .docx or .pdf");
        }
        throw unknown(file, "it is an OLE2 compound file but no Word or Excel document (streams: " + streams + ")");
    }

    /** The first 4 KiB as lower-case ASCII, after a byte order mark and leading white space (UTF-16 decoded). */
    private static String asciiHead(byte[] b) {
        int n = Math.min(b.length, 4096);
        String s;
        if (n >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            s = new String(b, 2, n - 2, StandardCharsets.UTF_16LE);
        } else if (n >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            s = new String(b, 2, n - 2, StandardCharsets.UTF_16BE);
        } else {
            int from = n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
            s = new String(b, from, n - from, StandardCharsets.ISO_8859_1);
        }
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static String image(byte[] b) {
        if (Bytes.startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return "PNG";
        }
        if (Bytes.startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "JPEG";
        }
        if (Bytes.startsWith(b, new byte[] {'G', 'I', 'F', '8'})) {
            return "GIF";
        }
        if (Bytes.startsWith(b, new byte[] {'I', 'I', 42, 0}) || Bytes.startsWith(b, new byte[] {'M', 'M', 0, 42})) {
            return "TIFF";
        }
        return null;
    }

    /**
     * UTF-16 (little- or big-endian) without a byte order mark, as some Windows tools save "Unicode" text: an even
     * number of bytes, NUL bytes among them, whose first 8 KiB decode strictly to text (CJK characters and punctuation, full-width forms,
     * printable ASCII, line breaks) with at most 1% of other characters. Else null: a binary file never reads so.
     */
    static @Nullable Charset utf16WithoutBom(byte[] b) {
        if (b.length < 2 || b.length % 2 != 0) {
            return null;
        }
        int n = Math.min(b.length, 8192);
        if (Bytes.indexOf(b, new byte[] {0}, 0, n) < 0) {
            return null; // text in UTF-16 has NUL bytes (the high byte of ASCII); without them it is no UTF-16
        }
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            String text;
            try {
                text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, n)).toString();
            } catch (CharacterCodingException e) {
                continue;
            }
            int other = 0;
            for (int i = 0; i < text.length(); i++) {
                if (!textLike(text.charAt(i))) {
                    other++;
                }
            }
            if (other * 100 <= text.length()) {
                return charset;
            }
        }
        return null;
    }

    private static boolean textLike(char c) {
        return c >= 0x20 && c < 0x7f || c == '\n' || c == '\r' || c == '\t'
                || c >= 0x3400 && c <= 0x9fff // CJK ideographs (extension A and unified)
                || c >= 0x3000 && c <= 0x303f // CJK punctuation
                || c >= 0xff00 && c <= 0xffef // full-width forms
                || c >= 0x2000 && c <= 0x206f // general punctuation (quotes, dashes)
                || c >= 0x2460 && c <= 0x24ff // circled numbers
                || c >= 0xa0 && c <= 0xff; // Latin-1 letters and signs
    }

    /** NUL bytes or more than 1% control characters in the first 8 KiB (a UTF-16 text has a byte order mark). */
    private static boolean looksBinary(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE
                || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)) {
            return false;
        }
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) {
                control++;
            }
        }
        return control > n / 100;
    }

    static ExtractionException unknown(String file, String why) {
        return new ExtractionException(file, Reason.UNKNOWN_TYPE, "unsupported file type: " + why);
    }
}
