package dev.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.policygraph.extract.ExtractionException.Reason;
import dev.policygraph.ingest.ParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Each file that cannot be read is refused with one clear error that names the file and says why. */
class RefusalTest {

    private static final List<String> PLAN = plan();

    private final Extractor extractor = new Extractor();

    private static List<String> plan() {
        try {
            return Fixtures.lines(Files.readString(Path.of("seeds/002_edfc64f43b48f390.txt")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private AbstractThrowableAssert<?, ?> refused(String name, byte[] bytes, Reason reason) {
        return refused(extractor, name, bytes, reason);
    }

    private static AbstractThrowableAssert<?, ?> refused(Extractor extractor, String name, byte[] bytes,
                                                         Reason reason) {
        return assertThatThrownBy(() -> extractor.extract(name, bytes))
                .isInstanceOf(ExtractionException.class)
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith(name + ": ")
                .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(reason))
                .satisfies(e -> assertThat(((ExtractionException) e).file()).isEqualTo(name));
    }

    @Test
    void aScannedPdfHasNoTextLayer() {
        refused("scan.pdf", Fixtures.scannedPdf(3), Reason.NO_TEXT_LAYER)
                .hasMessageContaining("no text layer").hasMessageContaining("OCR");
    }

    @Test
    void aPdfOpeningOnlyWithAPassword() {
        refused("secret.pdf", Fixtures.passwordPdf(PLAN, "s3cret"), Reason.ENCRYPTED)
                .hasMessageContaining("password");
    }

    @Test
    void aPasswordProtectedWordFile() {
        refused("secret.docx", Fixtures.encrypted(Fixtures.docx(PLAN, null), "s3cret"), Reason.ENCRYPTED)
                .hasMessageContaining("password");
    }

    @Test
    void aPasswordProtectedExcelFile() {
        refused("secret.xlsx", Fixtures.encrypted(Fixtures.xlsx(Fixtures.TASK_TABLE), "s3cret"), Reason.ENCRYPTED)
                .hasMessageContaining("password");
    }

    @Test
    void aTruncatedWordFile() {
        byte[] docx = Fixtures.docx(PLAN, Fixtures.TASK_TABLE);
        refused("cut.docx", Arrays.copyOf(docx, docx.length * 2 / 3), Reason.CORRUPT)
                .hasMessageContaining("truncated or corrupt");
    }

    @Test
    void aTruncatedExcel97File() {
        byte[] xls = Fixtures.xls(Fixtures.TASK_TABLE);
        refused("cut.xls", Arrays.copyOf(xls, xls.length / 2), Reason.CORRUPT)
                .hasMessageContaining("truncated or corrupt");
    }

    @Test
    void aTruncatedPdf() {
        byte[] pdf = Fixtures.pdf(PLAN);
        refused("cut.pdf", Arrays.copyOf(pdf, pdf.length / 2), Reason.CORRUPT).hasMessageContaining("truncated");
    }

    @Test
    void aWordFileWithGarbageInsideItsZip() {
        byte[] docx = Fixtures.docx(PLAN, null);
        byte[] damaged = docx.clone();
        for (int i = 60; i < docx.length / 2; i += 7) {
            damaged[i] ^= 0x5A;
        }
        refused("damaged.docx", damaged, Reason.CORRUPT);
    }

    @Test
    void aZipBombEntryInflatingTooFar() {
        byte[] bomb = Fixtures.withZeroEntry(Fixtures.docx(PLAN, null), "word/media/image1.bin", 24 << 20);
        assertThat(bomb.length).isLessThan(200_000);
        refused("bomb.docx", bomb, Reason.ZIP_BOMB).hasMessageContaining("zip bomb")
                .hasMessageContaining("word/media/image1.bin");
    }

    @Test
    void aZipWithTooManyEntries() {
        refused("many.docx", Fixtures.withEntries(Fixtures.docx(PLAN, null), 2_100), Reason.ZIP_BOMB)
                .hasMessageContaining("more than 2000 entries");
    }

    @Test
    void aZipInflatingBeyondTheTotalLimit() {
        Extractor small = new Extractor(Limits.defaults().withZip(2_000, 64L << 20, 1L << 20, 0.0));
        byte[] docx = Fixtures.withZeroEntry(Fixtures.docx(PLAN, null), "word/media/big.bin", 2 << 20);
        refused(small, "big.docx", docx, Reason.ZIP_BOMB).hasMessageContaining("inflate to more than 1048576");
    }

    @Test
    void anImage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        refused("plan.pdf", png, Reason.UNKNOWN_TYPE).hasMessageContaining("image (PNG)");
    }

    @Test
    void binaryOfNoKnownType() {
        byte[] noise = new byte[4096];
        new Random(11).nextBytes(noise);
        noise[0] = 0x7f;
        refused("plan.doc", noise, Reason.UNKNOWN_TYPE).hasMessageContaining("binary");
    }

    @Test
    void aPlainZipArchive() throws IOException {
        refused("plans.zip", zip("a.txt", "一、总体要求"), Reason.UNKNOWN_TYPE).hasMessageContaining("zip archive");
    }

    @Test
    void aPresentation() throws IOException {
        byte[] pptx = zip("[Content_Types].xml", "<Types><Override PartName=\"/ppt/presentation.xml\" ContentType="
                + "\"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml\"/></Types>");
        refused("slides.pptx", pptx, Reason.UNKNOWN_TYPE).hasMessageContaining("PowerPoint");
    }

    @Test
    void anRtfFile() {
        refused("plan.doc", "{\\rtf1\\ansi 一、总体要求}".getBytes(StandardCharsets.UTF_8), Reason.UNKNOWN_TYPE)
                .hasMessageContaining("RTF");
    }

    @Test
    void anEmptyFile() {
        refused("empty.docx", new byte[0], Reason.EMPTY).hasMessageContaining("empty");
    }

    @Test
    void aFileLargerThanTheLimit() {
        Extractor small = new Extractor(Limits.defaults().withMaxInputBytes(10_000));
        refused(small, "big.pdf", Fixtures.pdf(PLAN), Reason.TOO_LARGE).hasMessageContaining("larger than 10000");
    }

    @Test
    void moreTextThanTheLimit() {
        Extractor small = new Extractor(Limits.defaults().withMaxChars(2_000));
        refused(small, "long.docx", Fixtures.docx(PLAN, null), Reason.TOO_MUCH_TEXT)
                .hasMessageContaining("more than 2000 characters");
        refused(small, "long.pdf", Fixtures.pdf(PLAN), Reason.TOO_MUCH_TEXT);
    }

    @Test
    void extractionBeyondTheTimeLimit() {
        Extractor hurried = new Extractor(Limits.defaults().withTimeout(Duration.ofNanos(1)));
        refused(hurried, "slow.docx", Fixtures.docx(PLAN, null), Reason.TIMEOUT).hasMessageContaining("time limit");
    }

    @Test
    void aWordFileWithoutText() {
        refused("blank.docx", Fixtures.docx(List.of(), null), Reason.NO_TEXT_LAYER).hasMessageContaining("no text");
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> Limits.defaults().withMaxChars(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Limits.defaults().withTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(buffer)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return buffer.toByteArray();
    }
}
