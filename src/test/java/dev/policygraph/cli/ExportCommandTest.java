package dev.policygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code export}: the ledger written to a file from the command line, against the seeds. */
class ExportCommandTest extends GraphTestSupport {

    @Autowired
    ExportCommand command;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesThePlansLedgerAsCsv() throws Exception {
        Path file = dir.resolve("台账.csv");
        assertThat(run(file.toString(), "--document", DOC_004)).isZero();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFF序号,任务,牵头单位,配合单位,完成时限,进展,状态");
        assertThat(lines).hasSize(26);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("25 rows\t" + file.toAbsolutePath());
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void writesAUnitsLedgerAsXlsx() throws Exception {
        Path file = dir.resolve("ledger.xlsx");
        assertThat(run(file.toString(), "--unit", "区教委", "--role", "lead")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("22 rows");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(22);
        }
    }

    @Test
    void badArgumentsWriteNothingAndSayWhy() {
        assertThat(run(dir.resolve("a.pdf").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("xlsx or csv", "usage: export");
        assertThat(run(dir.resolve("a.csv").toString(), "--status", "FINISHED")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--status takes one of", "FINISHED");
        assertThat(run(dir.resolve("a.csv").toString(), "--due-after", "2025年")).isEqualTo(2);
        assertThat(run("--overdue")).isEqualTo(2);
        assertThat(dir.toFile().list()).isEmpty();
    }

    private int run(String... args) {
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
