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

    @Test
    void aCountIsAskedOfTheGraphOnlyWhenSelectedAndWorkloadOnceForAllUnits() {
        clearInvocations(queries);
        data("{ tasks(first: 5) { edges { node { id } } } targets(first: 5) { edges { node { id } } } }");
        Map<ReadQuery, Integer> calls = calls();
        // without a filter the page is read in document order from the documents' index (tasks-page-in-order)
        assertThat(calls).containsEntry(ReadQuery.TASKS_PAGE_IN_ORDER, 1).containsEntry(ReadQuery.TARGETS_PAGE, 1)
                .doesNotContainKeys(ReadQuery.TASKS_PAGE, ReadQuery.TASKS_COUNT, ReadQuery.TARGETS_COUNT, ReadQuery.TARGETS_COUNT_BY_YEAR);

        clearInvocations(queries);
        JsonNode counted = data("""
                { tasks(first: 5) { totalCount } targets(first: 5) { totalCount byYear { year count } }
                  stats { total } units(orderBy: WORKLOAD, first: 30) { name workload { leads coResponsible overdue } } }
                """);
        assertThat(counted.get("tasks").get("totalCount").asInt()).isEqualTo(counted.get("stats").get("total").asInt())
                .isGreaterThan(100);
        assertThat(counted.get("units")).hasSize(30);
        JsonNode busiest = counted.get("units").get(0).get("workload");
        JsonNode last = counted.get("units").get(29).get("workload");
        assertThat(busiest.get("leads").asInt() + busiest.get("coResponsible").asInt())
                .isGreaterThanOrEqualTo(last.get("leads").asInt() + last.get("coResponsible").asInt());
        assertThat(calls()).containsEntry(ReadQuery.TASKS_COUNT, 2).containsEntry(ReadQuery.TARGETS_COUNT, 1)
                .containsEntry(ReadQuery.TARGETS_COUNT_BY_YEAR, 1).containsEntry(ReadQuery.UNIT_WORKLOAD, 1);
    }

    private Map<ReadQuery, Integer> calls() {
        ArgumentCaptor<ReadQuery> names = ArgumentCaptor.forClass(ReadQuery.class);
        verify(queries, atLeastOnce()).read(names.capture());
        Map<ReadQuery, Integer> calls = new EnumMap<>(ReadQuery.class);
        names.getAllValues().forEach(n -> calls.merge(n, 1, Integer::sum));
        return calls;
    }
}
