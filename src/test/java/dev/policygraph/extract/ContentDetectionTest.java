package dev.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The content decides a file's type, not its name; the result keeps what identifies the original bytes. */
class ContentDetectionTest {

    private final Extractor extractor = new Extractor();

    @Test
    void aWordFileNamedTxtIsReadAsWord() {
        ExtractedFile file = extractor.extract("plan.txt", Fixtures.docx(List.of("一、总体要求", "1.加强领导。"), null));
        assertThat(file.type()).isEqualTo(FileType.DOCX);
        assertThat(file.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void aWebPageSavedAsDocOrXlsIsReadAsHtml() {
        byte[] page = Fixtures.html(List.of("一、总体要求"), Fixtures.TASK_TABLE, "utf-8", StandardCharsets.UTF_8);
        assertThat(extractor.extract("plan.doc", page).type()).isEqualTo(FileType.HTML);
        ExtractedFile sheet = extractor.extract("tasks.xls", page);
        assertThat(sheet.type()).isEqualTo(FileType.HTML);
        assertThat(sheet.blocks()).containsAll(Fixtures.expected(Fixtures.TASK_TABLE));
    }

    @Test
    void textNamedPdfIsText() {
        ExtractedFile file = extractor.extract("plan.pdf", "一、总体要求\n1.加强领导。\n".getBytes(StandardCharsets.UTF_8));
        assertThat(file.type()).isEqualTo(FileType.TEXT);
        assertThat(file.blocks()).isEmpty();
    }

    @Test
    void anExcel97FileNamedXlsxIsExcel97() {
        assertThat(extractor.extract("tasks.xlsx", Fixtures.xls(Fixtures.TASK_TABLE)).type()).isEqualTo(FileType.XLS);
    }

    @Test
    void aWordBinaryIsWpsOnlyWhenNamedSo() throws IOException {
        byte[] doc = Files.readAllBytes(Path.of("src/test/resources/extract/task-table.doc"));
        assertThat(extractor.extract("tasks.wps", doc).type()).isEqualTo(FileType.WPS);
        assertThat(extractor.extract("tasks.WPS", doc).type()).isEqualTo(FileType.WPS);
        assertThat(extractor.extract("tasks.bin", doc).type()).isEqualTo(FileType.DOC);
    }

    @Test
    void theResultKeepsNameSizeAndDigestOfTheOriginalBytes() throws Exception {
        byte[] bytes = Fixtures.xlsx(Fixtures.TASK_TABLE);
        ExtractedFile file = extractor.extract("分工表.xlsx", bytes);
        ExtractedFile renamed = extractor.extract("copy.xlsx", bytes);

        assertThat(file.name()).isEqualTo("分工表.xlsx");
        assertThat(file.size()).isEqualTo(bytes.length);
        assertThat(file.sha256())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                .isEqualTo(renamed.sha256());
        assertThat(file.toString()).contains("分工表.xlsx", "spreadsheetml", "sha256 " + file.sha256());
    }

    @Test
    void directoriesListTheSupportedExtensions() {
        assertThat(List.of("a.txt", "b.PDF", "c.docx", "d.doc", "e.wps", "f.xlsx", "g.xls", "h.html", "i.htm"))
                .allMatch(Extractor::supports);
        assertThat(List.of("a.png", "b.zip", "c", ".docx", "d.pptx")).noneMatch(Extractor::supports);
    }
}
