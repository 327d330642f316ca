package dev.policygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * `overlaps --json` on the seeds and the national plans of src/test/resources/overlap/corpus, against the pairs
 * labelled by reading them (src/test/resources/overlap/overlap.gold.json), and on the invented plans that restate
 * each other of src/test/resources/overlap/cascade, scored by ../shared/eval/score_overlap.py.
 */
class OverlapsScoreTest {

    private static final Path SCORER = Path.of("../shared/eval/score_overlap.py");
    private static final Path GOLD = Path.of("src/test/resources/overlap/overlap.gold.json");
    private static final Path CORPUS = Path.of("src/test/resources/overlap/corpus");
    private static final Path CASCADE = Path.of("src/test/resources/overlap/cascade");
    private static final String WEB = "000_f9e1bd7774fd9019.txt";
    private static final String PDF = "002_edfc64f43b48f390.txt";

    private static JsonNode run(List<String> args, ByteArrayOutputStream out) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = OverlapsCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theWebAndThePdfTextOfOnePlanAreSixteenDuplicatePairsTaskForTask() {
        JsonNode pairs = run(List.of("seeds", "--json"), new ByteArrayOutputStream()).get("pairs");
        List<String> duplicates = new ArrayList<>();
        for (JsonNode p : pairs) {
            if (p.get("label").asString().equals("duplicate")) {
                JsonNode a = p.get("a");
                JsonNode b = p.get("b");
                assertThat(List.of(a.get("file").asString(), b.get("file").asString()))
                        .containsExactlyInAnyOrder(WEB, PDF);
                assertThat(a.get("section").asString()).isEqualTo(b.get("section").asString());
                assertThat(a.get("number").asString()).isEqualTo(b.get("number").asString());
                assertThat(p.get("score").asDouble()).isBetween(0.9, 1.0);
                duplicates.add(a.get("section").asString() + a.get("number").asString());
            } else {
                assertThat(p.get("label").asString()).isEqualTo("overlap");
            }
        }
        assertThat(duplicates).hasSize(16).doesNotHaveDuplicates();
    }

    @Test
    void pairsAgainstTheLabelledPairsScoreAtLeastTheProjectsBar() throws Exception {
        String report = score(List.of("seeds", CORPUS.toString()), GOLD, "overlaps-labelled.json");
        assertThat(f1("duplicate", report)).as(report).isGreaterThanOrEqualTo(0.95);
        // The labelled set is dense in overlaps in other words (education plans of four cities); lexical similarity
        // with the rival, mutual-best and subject rules finds 70 % of them at 75 % precision (0.724 with title
        // evidence, 0.733 before it; bench/similarity/split_score.py). See README, "Similar tasks".
        assertThat(f1("overlap", report)).as(report).isGreaterThanOrEqualTo(0.72);
    }

    /**
     * Plans that restate each other (src/test/resources/overlap/cascade, invented places): a province's tasks
     * restated by its city and the city's district with their own figures and level words (全省 / 全市), and a plan
     * beside its division of work, which restates one task with edits. Every restatement is a duplicate, the two
     * parks' template is not (duplicates were 9 of 13 before restatements were read without figures and level words
     * and across renderings by closest match).
     */
    @Test
    void plansThatRestateEachOtherGiveTheirRestatementsAsDuplicates() throws Exception {
        String report = score(List.of(CASCADE.toString()), CASCADE.resolve("cascade.gold.json"),
                "overlaps-cascade.json");
        assertThat(f1("duplicate", report)).as(report).isEqualTo(1.0);
        // two pairs of one field are read as overlaps (new kindergartens vs remediation, training vs job services)
        assertThat(f1("overlap", report)).as(report).isGreaterThanOrEqualTo(0.9);
    }

    /**
     * Real plans of one subject (城市体检) of Shanghai and three of its districts and zones, labelled blind by an
     * evaluator who never read the detector (overlap/shanghai/README.md): they restate each other in other words,
     * and no pair is a duplicate. The detector found 7 of 30 overlaps at 44 % precision (0.304) blind, and 11 at 52 %
     * (0.431) once titles count where they are closer than the texts (Judge.TITLE_SHARE): a floor against regressions
     * and the honest figure on unseen wording, far under the project's 0.75.
     */
    @Test
    void realPlansThatRestateEachOtherInOtherWordsScoreAtLeastTheirFloor() throws Exception {
        Path shanghai = Path.of("src/test/resources/overlap/shanghai");
        String report = score(List.of(shanghai.toString()), shanghai.resolve("shanghai.gold.json"),
                "overlaps-shanghai.json");
        assertThat(f1("overlap", report)).as(report).isGreaterThanOrEqualTo(0.43);
    }

    private static String score(List<String> inputs, Path gold, String resultName) throws Exception {
        assumeTrue(Files.isRegularFile(SCORER), "../shared/eval is not beside the project");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(inputs);
        args.add("--json");
        run(args, out);
        Path json = Files.createDirectories(Path.of("target")).resolve(resultName);
        Files.write(json, out.toByteArray());

        Process p = new ProcessBuilder("python3", SCORER.toString(), gold.toString(), json.toString())
                .redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(report).isZero();
        return report;
    }

    @Test
    void aMissingFileIsNamedAndNothingIsPrinted() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = OverlapsCommand.run(List.of("seeds", "no/such/plan.txt", "--json"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no/such/plan.txt");
        assertThat(out.size()).isZero();
    }

    private static double f1(String measure, String report) {
        Matcher m = Pattern.compile("(?m)^" + measure + "\\s.*F1=([0-9.]+)").matcher(report);
        assertThat(m.find()).as(report).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
