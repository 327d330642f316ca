package dev.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import dev.policygraph.graph.Document;
import dev.policygraph.persistence.TestGraph;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.parser.Parser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The limits that hold while a query runs, with small values: the items of one list, the items of the whole answer,
 * and the time limit, which cancels the Cypher transaction still running in a batch loader when the time is up (a
 * test-only field {@code Document.slowCount} runs a query that would take minutes).
 */
@TestPropertySource(properties = {"policygraph.graphql.max-list-items=20", "policygraph.graphql.max-result-items=30",
        "policygraph.graphql.timeout=10s"})
@Import(RuntimeLimitsTest.SlowField.class)
class RuntimeLimitsTest extends GraphTestSupport {

    @Autowired
    TestGraph graph;

    record Running(long running) {
    }

    @Test
    void aListLongerThanTheCapIsRefusedNamingIt() {
        JsonNode response = graphql("{ unit(name: \"区教委\") { name leads { id } } }", Map.of());
        JsonNode error = response.get("errors").get(0);
        assertThat(error.get("message").asString()).contains("Unit.leads has more than the 20");
        assertThat(error.get("extensions").get("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.get("path").toString()).isEqualTo("[\"unit\",\"leads\"]");
        // an unpaged list of the query itself is read no further than one past the cap, and refused the same way
        JsonNode orphans = graphql("{ orphanTasks { id } }", Map.of()).get("errors").get(0);
        assertThat(orphans.get("message").asString()).contains("Query.orphanTasks has more than the 20");
        assertThat(data("{ orphanTasks(first: 20, offset: 1) { id } }").get("orphanTasks")).hasSize(20);
        // under the cap, the same kind of query answers
        assertThat(data("query($id: ID) { orphanTasks(documentId: $id) { id } }", Map.of("id", DOC_000))
                .get("orphanTasks")).hasSize(16);
    }

    @Test
    void anAnswerWithMoreItemsThanTheCapInAllIsRefused() {
        JsonNode response = graphql("""
                query($a: ID, $b: ID) { a: orphanTasks(documentId: $a) { id } b: orphanTasks(documentId: $b) { id } }
                """, Map.of("a", DOC_000, "b", DOC_002));
        assertThat(response.get("errors").get(0).get("message").asString())
                .contains("more than 30 list items (policygraph.graphql.max-result-items)");
        assertThat(response.get("errors").get(0).get("extensions").get("classification").asString())
                .isEqualTo("BAD_REQUEST");
    }

    @Test
    void theTimeLimitCancelsTheRunningCypherTransaction() throws InterruptedException {
        long start = System.nanoTime();
        JsonNode response = graphql("query($id: ID!) { document(id: $id) { id slowCount } }", Map.of("id", DOC_001));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Slow query refused after " + millis + " ms (time limit 10000 ms)");
        JsonNode error = response.get("errors").get(0);
        assertThat(error.get("message").asString()).contains("ran out of time and was cancelled");
        assertThat(error.get("extensions").get("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.get("path").toString()).isEqualTo("[\"document\",\"slowCount\"]");
        assertThat(response.get("data").get("document").get("id").asString()).isEqualTo(DOC_001);
        // not left running in the database: Neo4j ended the transaction when its timeout passed
        long running = -1;
        for (int i = 0; i < 50 && running != 0; i++) {
            running = graph.list("running-queries", Map.of("marker", "slow-probe"), Running.class).get(0).running();
            Thread.sleep(100);
        }
        assertThat(running).as("transactions still running the slow query").isZero();
        assertThat(millis).as("cancelled at the time limit, not run to its end").isLessThan(40_000);
        // and the next request is served
        assertThat(data("{ documents { id } }").get("documents")).hasSize(5);
    }

    /** {@code Document.slowCount}, batch-loaded: runs the slow test query (only in this test's context). */
    @TestConfiguration(proxyBeanMethods = false)
    @Import(SlowController.class)
    static class SlowField {

        @Bean
        GraphQlSourceBuilderCustomizer slowCountField() {
            return builder -> builder.configureTypeDefinitions(registry -> registry.add(
                    (ObjectTypeExtensionDefinition) Parser.parse("extend type Document { slowCount: Int }")
                            .getDefinitions().get(0)));
        }
    }

    @Controller
    static class SlowController {

        private final TestGraph graph;

        SlowController(TestGraph graph) {
            this.graph = graph;
        }

        record Count(long n) {
        }

        @BatchMapping(typeName = "Document", field = "slowCount")
        Map<Document, Long> slowCount(List<Document> documents) {
            long n = graph.list("slow-query", Map.of(), Count.class).get(0).n();
            Map<Document, Long> out = new LinkedHashMap<>();
            documents.forEach(d -> out.put(d, n));
            return out;
        }
    }
}
