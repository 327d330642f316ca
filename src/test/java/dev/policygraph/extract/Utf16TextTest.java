package dev.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParsedDocument;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: a plan saved as UTF-16 without a byte order mark ("Unicode" text from some Windows tools) is read like the
 * same plan in UTF-8, not refused as binary; the original keeps its own bytes (size, SHA-256). Binary bytes and
 * plain ASCII are not mistaken for it.
 */
class Utf16TextTest {

    private final Extractor extractor = new Extractor();
    private final DocumentParser parser = new DocumentParser();

    @Test
    void aPlanInUtf16WithoutByteOrderMarkReadsLikeTheSamePlanInUtf8() throws IOException {
        String text = Files.readString(Path.of("seeds/001_4f52e4ea8ed90206.txt"));
        ParsedDocument utf8 = extractor.extract("plan.txt", text.getBytes(StandardCharsets.UTF_8)).parse(parser);
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            byte[] bytes = text.getBytes(charset);
            ExtractedFile file = extractor.extract("plan.txt", bytes);
            assertThat(file.type()).isEqualTo(FileType.TEXT);
            assertThat(file.size()).isEqualTo(bytes.length);
            ParsedDocument parsed = file.parse(parser);
            assertThat(parsed.meta().title()).as(charset.name()).isEqualTo(utf8.meta().title());
            assertThat(parsed.tasks()).as(charset.name()).hasSize(utf8.tasks().size()).isNotEmpty();
            assertThat(parsed.tasks().get(3).title()).isEqualTo(utf8.tasks().get(3).title());
        }
        assertThat(extractor.extract("a.txt", text.getBytes(StandardCharsets.UTF_16LE)).sha256())
                .isNotEqualTo(extractor.extract("a.txt", text.getBytes(StandardCharsets.UTF_16BE)).sha256());
    }

    @Test
    void binaryBytesAndAsciiTextAreNotTakenForUtf16() {
        byte[] random = new byte[4096];
        new Random(9).nextBytes(random);
        random[10] = 0;
        assertThat(Detector.utf16WithoutBom(random)).isNull();
        assertThatThrownBy(() -> extractor.extract("random.txt", random)).hasMessageContaining("binary");
        // even-length ASCII pairs would decode to CJK ideographs; without NUL bytes it is no UTF-16
        assertThat(Detector.utf16WithoutBom("Plan of action: schools 2027.\n".repeat(10)
                .getBytes(StandardCharsets.US_ASCII))).isNull();
    }
}
