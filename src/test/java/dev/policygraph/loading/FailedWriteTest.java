package dev.policygraph.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doReturn;

import dev.policygraph.GraphTestSupport;
import dev.policygraph.persistence.CypherQueries;
import dev.policygraph.persistence.GraphWriter;
import dev.policygraph.persistence.ReadQuery;
import dev.policygraph.persistence.TestGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A write that fails after its links and measures were computed leaves nothing in the graph, documents included, and
 * the similar-task index as it was: the next write finds the same links as if the failed one had never happened.
 */
class FailedWriteTest extends GraphTestSupport {

    private static final String KECHENG = "zz-kecheng-preschool";

    @MockitoSpyBean
    CypherQueries queries;
    @Autowired
    DocumentLoader loader;
    @Autowired
    GraphWriter writer;
    @Autowired
    TestGraph graph;
    @Autowired
    SimilarTasks similar;

    record StoredLink(String a, String b, String kind, double score, boolean reciprocal) {
    }

    @Test
    void aFailureInsideTheWriteLeavesGraphAndIndexAsTheyWere() throws Exception {
        byte[] plan = Files.readAllBytes(Path.of("src/test/resources/measures/" + KECHENG + ".txt"));
        Map<String, Long> before = graph.counts();
        int indexed = similar.indexed();

        // the query that reads the stored links of the partners runs after the index took in the new tasks
        doReturn("UNWIND $ids AS id RETURN id AS a, id AS b, toFloat(1 / 0) AS score, 'OVERLAP' AS kind, "
                + "false AS reciprocal").when(queries).read(ReadQuery.SAME_MEASURE_LINKS);
        assertThatThrownBy(() -> loader.load(List.of(new Source(KECHENG + ".txt", plan))))
                .hasMessageContaining("/ by zero");
        assertThat(graph.counts()).isEqualTo(before);
        assertThat(similar.indexed()).isEqualTo(indexed);

        // the same write goes through once the failure is gone, and is undone by a delete
        org.mockito.Mockito.reset(queries);
        try {
            assertThat(loader.load(List.of(new Source(KECHENG + ".txt", plan))))
                    .extracting(DocumentLoader.Loaded::outcome).containsExactly(GraphWriter.Outcome.CREATED);
            List<StoredLink> links = graph.list("same-measure-all", Map.of(), StoredLink.class);
            assertThat(links).anySatisfy(l -> assertThat(l.b()).isEqualTo(KECHENG + "/二、/1"));
            assertThat(similar.indexed()).isEqualTo(indexed + 2);
        } finally {
            writer.delete(List.of(KECHENG));
        }
        // the audit journal keeps the creation and the deletion: every other count is as it was
        Map<String, Long> after = new java.util.HashMap<>(graph.counts());
        assertThat(after.remove("node:Change")).isEqualTo(before.get("node:Change") + 2);
        Map<String, Long> beforeWithoutJournal = new java.util.HashMap<>(before);
        beforeWithoutJournal.remove("node:Change");
        assertThat(after).isEqualTo(beforeWithoutJournal);
        assertThat(similar.indexed()).isEqualTo(indexed);
    }
}
