package dev.policygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** `parse` reads Word (and every other supported type) like text, and names a file it cannot read. */
class ParseFormatsTest {

    private static final Path SEED = Path.of("seeds/004_17aa41a902222470.txt");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int parse(String... args) {
        return ParseCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aDirectoryOfTextAndWordFilesGivesTheSameTasksForBoth() throws IOException {
        Files.copy(SEED, dir.resolve("plan.txt"));
        Files.write(dir.resolve("plan.docx"), docx(Files.readAllLines(SEED)));
        Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        assertThat(parse(dir.toString(), "--json")).as(err.toString(StandardCharsets.UTF_8)).isZero();

        JsonNode docs = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8)).get("documents");
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).get("file").asString()).isEqualTo("plan.docx");
        assertThat(docs.get(1).get("file").asString()).isEqualTo("plan.txt");
        assertThat(docs.get(1).get("tasks").size()).isGreaterThan(10);
        assertThat(docs.get(0).get("tasks")).isEqualTo(docs.get(1).get("tasks"));
        assertThat(docs.get(0).get("sameDocumentAs").asString()).isEqualTo("plan.txt");
    }

    @Test
    void aWordFileNamedOnTheCommandLine() throws IOException {
        Path plan = Files.write(dir.resolve("计划.docx"), docx(Files.readAllLines(SEED)));

        assertThat(parse(plan.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("计划.docx: ").contains(" tasks ");
    }

    @Test
    void aFileThatCannotBeReadIsNamedAndFailsTheRun() throws IOException {
        Path scan = Files.write(dir.resolve("scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        Files.copy(SEED, dir.resolve("plan.txt"));

        assertThat(parse(scan.toString(), dir.resolve("plan.txt").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("parse: scan.png: unsupported file type: it is an image (PNG); a scanned plan must go"
                        + " through OCR first" + System.lineSeparator());
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("plan.txt: ");
    }

    private static byte[] docx(List<String> lines) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(bytes);
            return bytes.toByteArray();
        }
    }
}
