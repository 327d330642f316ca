package dev.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;

import dev.policygraph.GraphTestSupport;
import dev.policygraph.persistence.CypherQueries;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;

/** Nested lists are loaded once per level of the result, not once per parent (no N+1). */
class BatchLoadingTest extends GraphTestSupport {

    @MockitoSpyBean
    CypherQueries queries;

    @Test
    void eachNestedFieldRunsOneQueryForTheWholeLevel() {
        clearInvocations(queries);
        JsonNode docs = data("""
                { documents { id tasks { id leads { name parent { name } } coResponsible { name } orphan
                  section { title } schools { name } targets { metric } } } }
                """).get("documents");
        int tasks = 0;
        for (JsonNode d : docs) {
            tasks += d.get("tasks").size();
        }
        assertThat(tasks).isGreaterThan(100);

        ArgumentCaptor<String> names = ArgumentCaptor.forClass(String.class);
        verify(queries, atLeastOnce()).get(names.capture());
        Map<String, Integer> calls = new HashMap<>();
        names.getAllValues().forEach(n -> calls.merge(n, 1, Integer::sum));
        assertThat(calls).containsEntry("document-all", 1).containsEntry("document-tasks", 1)
                .containsEntry("task-leads", 1).containsEntry("task-co-responsible", 1)
                .containsEntry("task-orphan", 1).containsEntry("sections-by-id", 1)
                .containsEntry("task-schools", 1).containsEntry("task-targets", 1).containsEntry("unit-parent", 1);
        assertThat(names.getAllValues()).hasSizeLessThan(15);
        verify(queries, atLeastOnce()).get(anyString());
    }
}
