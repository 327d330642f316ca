package dev.policygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * `parse --json` of each family of plans scored by ../shared/eval/score.py against gold written by reading the
 * texts (src/test/resources/plans/README.md): the State Council corpus of ../shared/corpus, a real city plan, and
 * fixtures of the shapes no real text was found for (task tables one cell per line and tab-separated, an assessment
 * rule's indicator table, ① numbering, labels on lines of their own, a ministry's joint plan). Every measure has a
 * bar, so that a regression in one of them fails even when the overall score holds.
 */
class PlanFamiliesScoreTest {

    private static final Path SCORER = Path.of("../shared/eval/score.py");
    private static final Pattern MEASURE = Pattern.compile("^(\\w+)\\s+tp=.*F1=([0-9.]+)$", Pattern.MULTILINE);
    private static final Pattern OVERALL = Pattern.compile("score: F1=([0-9.]+)");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // family, texts, gold, overall, tasks, leads, co, targets
        "seeds,  ../shared/seeds,                          ../shared/eval/seeds.gold.json,              0.98, 1.0,  1.0,  1.0,  1.0",
        "corpus, ../shared/corpus,                         src/test/resources/plans/corpus.gold.json,   0.97, 0.97, 0.97, 0.97, 0.9",
        "real,   src/test/resources/plans/real,            src/test/resources/plans/real.gold.json,     0.9,  0.97, 0.97, 0.97, 0.9",
        "family, src/test/resources/plans/family,          src/test/resources/plans/family.gold.json,   0.93, 0.97, 0.97, 0.97, 0.95",
    })
    void scoresAtLeastItsBar(String family, String texts, String gold, double overall, double tasks, double leads,
                             double co, double targets) throws Exception {
        assertThat(SCORER).as("../shared/eval must be beside the project").isRegularFile();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ParseCommand.run(List.of(texts, "--json"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Path json = Files.createDirectories(Path.of("target")).resolve("parse-" + family + ".json");
        Files.write(json, out.toByteArray());

        Process p = new ProcessBuilder("python3", SCORER.toString(), gold, json.toString()).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Map<String, Double> f1 = new HashMap<>();
        Matcher m = MEASURE.matcher(report);
        while (m.find()) {
            f1.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        Matcher o = OVERALL.matcher(report);
        assertThat(o.find()).as(report).isTrue();
        assertThat(Double.parseDouble(o.group(1))).as(report).isGreaterThanOrEqualTo(overall);
        assertThat(f1.get("tasks")).as(report).isGreaterThanOrEqualTo(tasks);
        assertThat(f1.get("leads")).as(report).isGreaterThanOrEqualTo(leads);
        assertThat(f1.get("co")).as(report).isGreaterThanOrEqualTo(co);
        assertThat(f1.get("targets")).as(report).isGreaterThanOrEqualTo(targets);
    }
}
