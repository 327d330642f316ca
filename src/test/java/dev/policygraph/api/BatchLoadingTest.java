package dev.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;

import dev.policygraph.GraphTestSupport;
import dev.policygraph.persistence.CypherQueries;
import dev.policygraph.persistence.ReadQuery;
import java.util.EnumMap;
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

        ArgumentCaptor<ReadQuery> names = ArgumentCaptor.forClass(ReadQuery.class);
        verify(queries, atLeastOnce()).read(names.capture());
        Map<ReadQuery, Integer> calls = new EnumMap<>(ReadQuery.class);
        names.getAllValues().forEach(n -> calls.merge(n, 1, Integer::sum));
        assertThat(calls).containsEntry(ReadQuery.DOCUMENTS_ALL, 1).containsEntry(ReadQuery.DOCUMENT_TASKS, 1)
                .containsEntry(ReadQuery.TASK_LEADS, 1).containsEntry(ReadQuery.TASK_CO_RESPONSIBLE, 1)
                .containsEntry(ReadQuery.TASKS_PAGE, 1).containsEntry(ReadQuery.TASK_SECTION, 1)
                .containsEntry(ReadQuery.TASK_SCHOOLS, 1).containsEntry(ReadQuery.TASK_TARGETS, 1)
                .containsEntry(ReadQuery.UNIT_PARENT, 1);
        assertThat(names.getAllValues()).hasSizeLessThan(15);
    }
}
