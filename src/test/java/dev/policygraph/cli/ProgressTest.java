package dev.policygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Progress of a long ingest: a bar redrawn in place on a terminal, a plain line at each tenth otherwise. */
class ProgressTest {

    @Test
    void plainLinesAtEachTenthOfTheWork() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), "ingest: reading", 1000,
                false);
        for (int i = 1; i <= 1000; i++) {
            progress.step("plan-" + i + ".txt");
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(10);
        assertThat(lines[0]).isEqualTo("ingest: reading: 100/1000 files (10%), last plan-100.txt");
        assertThat(lines[9]).isEqualTo("ingest: reading: 1000/1000 files (100%), last plan-1000.txt");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("\r");
    }

    @Test
    void aBarRedrawnInPlaceOnATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), "ingest: reading", 4,
                true);
        progress.step("a.txt");
        progress.step("b.txt");
        String half = bytes.toString(StandardCharsets.UTF_8);
        assertThat(half).startsWith("\ringest: reading [").contains("\r").doesNotContain("\n")
                .contains("] 2/4 b.txt").contains("#".repeat(15) + " ".repeat(15));
        progress.step("c.txt");
        progress.step("d.txt");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("] 4/4 d.txt\u001b[K\n")
                .contains("#".repeat(30) + "]");
    }
}
