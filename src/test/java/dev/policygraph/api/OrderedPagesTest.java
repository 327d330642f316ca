package dev.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Filters that no index narrows (orphans, kind, targets, none) are read in document order and stop at the end of the
 * page (tasks-page-in-order.cypher); a filter on one document still starts from it (tasks-page.cypher). Both must
 * give the same answer: the pages of the first, read one after the other, are the second's tasks of every document
 * in document id order.
 */
class OrderedPagesTest extends GraphTestSupport {

    private static final List<String> FILTERS = List.of("{orphan: true}", "{orphan: false}", "{kind: goal}",
            "{hasTargets: true}", "{leadByConvention: true}", "{}");

    @Test
    void pagesInDocumentOrderAreTheTasksOfEachDocumentInTurn() {
        List<String> documents = new ArrayList<>();
        data("{ documents { id } }").get("documents").forEach(d -> documents.add(d.get("id").asString()));
        assertThat(documents).hasSizeGreaterThanOrEqualTo(5).isSorted();
        for (String filter : FILTERS) {
            List<String> byDocument = new ArrayList<>();
            for (String id : documents) {
                String f = filter.equals("{}") ? "{documentId: $id}" : filter.replace("}", ", documentId: $id}");
                byDocument.addAll(ids(data("query($id: ID) { tasks(filter: " + f + ", first: 500) { edges { node { id } } "
                        + "pageInfo { hasNextPage } } }", Map.of("id", id)).get("tasks")));
            }
            List<String> paged = new ArrayList<>();
            String after = null;
            for (int round = 0; round < 1000; round++) {
                JsonNode page = data("query($after: String) { tasks(filter: " + filter + ", first: 37, after: $after) "
                        + "{ edges { node { id } } pageInfo { hasNextPage endCursor } } }",
                        after == null ? Map.of() : Map.of("after", after)).get("tasks");
                paged.addAll(ids(page));
                if (!page.get("pageInfo").get("hasNextPage").asBoolean()) {
                    break;
                }
                after = page.get("pageInfo").get("endCursor").asString();
            }
            assertThat(paged).as(filter).isNotEmpty().containsExactlyElementsOf(byDocument);
        }
    }

    @Test
    void orphanPagesAddUpToAllOrphans() {
        List<String> all = new ArrayList<>();
        data("{ orphanTasks { id } }").get("orphanTasks").forEach(t -> all.add(t.get("id").asString()));
        assertThat(all).hasSizeGreaterThan(10);
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset <= all.size(); offset += 4) {
            data("query($o: Int) { orphanTasks(first: 4, offset: $o) { id } }", Map.of("o", offset))
                    .get("orphanTasks").forEach(t -> paged.add(t.get("id").asString()));
        }
        assertThat(paged).containsExactlyElementsOf(all);
        assertThat(graphql("{ orphanTasks(offset: -1) { id } }", Map.of()).toString()).contains("offset must not be");
    }

    private static List<String> ids(JsonNode connection) {
        List<String> out = new ArrayList<>();
        connection.get("edges").forEach(e -> out.add(e.get("node").get("id").asString()));
        return out;
    }
}
