package dev.policygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * `parse seeds --json` scored by ../shared/eval/score.py against the gold annotations: overall F1 must stay at or
 * above 0.95. Fails where ../shared is not beside the project: the score is checked, never skipped.
 */
class ScoreTest {

    private static final Path SCORER = Path.of("../shared/eval/score.py");
    private static final Path GOLD = Path.of("../shared/eval/seeds.gold.json");

    @Test
    void parseJsonOfTheSeedsScoresAtLeast095() throws Exception {
        assertThat(Files.isRegularFile(SCORER) && Files.isRegularFile(GOLD))
                .as("../shared/eval/score.py and seeds.gold.json must be beside the project (CI lays ../shared)")
                .isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ParseCommand.run(List.of("seeds", "--json"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Path json = Files.createDirectories(Path.of("target")).resolve("parse-seeds.json");
        Files.write(json, out.toByteArray());

        Process p = new ProcessBuilder("python3", SCORER.toString(), GOLD.toString(), json.toString())
                .redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(report).isZero();
        Matcher m = Pattern.compile("score: F1=([0-9.]+)").matcher(report);
        assertThat(m.find()).as(report).isTrue();
        assertThat(Double.parseDouble(m.group(1))).as(report).isGreaterThanOrEqualTo(0.95);
    }
}
