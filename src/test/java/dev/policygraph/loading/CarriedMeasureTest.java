package dev.policygraph.loading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import dev.policygraph.persistence.GraphWriter;
import dev.policygraph.persistence.TestGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A restating plan's task that merges two tasks of the plan it restates is stored as SAME_MEASURE with both (the
 * carried-pair rule of analysis.similarity.Judge): a city's 统筹两个市场 task (src/test/resources/overlap/carried, written
 * for this test) carries 1. 拓展两个市场 and 2. 提前适用政策 of 国发〔2019〕3号 (src/test/resources/overlap/corpus/06).
 */
class CarriedMeasureTest extends GraphTestSupport {

    static final String NATIONAL = "06_guofa2019-3_zonghe_baoshuiqu";
    static final String CITY = "zz-linxi-bonded-zone";

    @Autowired
    DocumentLoader loader;
    @Autowired
    GraphWriter writer;
    @Autowired
    TestGraph graph;

    record StoredLink(String a, String b, String kind, double score, boolean reciprocal) {
    }

    private final List<String> added = new ArrayList<>();

    @AfterEach
    void removeAddedDocuments() {
        writer.delete(added);
    }

    @Test
    void aTaskThatMergesTwoTasksOfAHigherPlanIsLinkedToBoth() throws Exception {
        added.add(NATIONAL);
        added.add(CITY);
        List<Source> sources = List.of(
                new Source(NATIONAL + ".txt", Files.readAllBytes(Path.of("src/test/resources/overlap/corpus/" + NATIONAL + ".txt"))),
                new Source(CITY + ".txt", Files.readAllBytes(Path.of("src/test/resources/overlap/carried/" + CITY + ".txt"))));
        assertThat(loader.load(sources)).extracting(DocumentLoader.Loaded::outcome)
                .containsOnly(GraphWriter.Outcome.CREATED);

        String merged = CITY + "/一、/(一)";
        List<StoredLink> links = graph.list("same-measure-all", Map.of(), StoredLink.class).stream()
                .filter(l -> l.a().equals(merged) || l.b().equals(merged)).toList();
        List<String> partners = links.stream().map(l -> l.a().equals(merged) ? l.b() : l.a()).toList();
        assertThat(partners).as(links.toString()).anySatisfy(p -> assertThat(p).startsWith(NATIONAL + "/").endsWith("/1"))
                .anySatisfy(p -> assertThat(p).startsWith(NATIONAL + "/").endsWith("/2"));
        assertThat(links).allSatisfy(l -> assertThat(l.kind()).isEqualTo("OVERLAP"));
        // the weaker of the two is not reciprocal: the merged task's strongest match in the national plan is the other
        assertThat(links).filteredOn(l -> !l.reciprocal()).hasSize(1);
    }
}
