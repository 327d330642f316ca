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

/** The nested lists of measures, similar tasks and accountability are loaded once per level, not once per parent. */
class MeasureBatchLoadingTest extends GraphTestSupport {

    @MockitoSpyBean
    CypherQueries queries;

    @Test
    void eachNestedFieldOfAPageOfMeasuresRunsOneQueryForTheWholeLevel() {
        clearInvocations(queries);
        JsonNode measures = data("""
                { measures(first: 12) { edges { node { id conflict
                  tasks { id similar(minScore: 0.1) { score task { id } } measure { id } }
                  leads { name } coResponsible { name } regions { name parent { name } chain { name } }
                  documents { id issuedIn { name } }
                  conflicts { tasks { id } } duplicates { first { id } } cascades { lower { id } } } } } }
                """).get("measures").get("edges");
        int tasks = 0;
        int similar = 0;
        for (JsonNode e : measures) {
            for (JsonNode t : e.get("node").get("tasks")) {
                tasks++;
                similar += t.get("similar").size();
            }
        }
        assertThat(measures.size()).isGreaterThan(10);
        assertThat(tasks).isGreaterThanOrEqualTo(2 * measures.size()); // a measure has two tasks or more
        assertThat(similar).isGreaterThan(tasks);

        Map<ReadQuery, Integer> calls = calls();
        assertThat(calls).containsEntry(ReadQuery.MEASURES_SEARCH, 1).containsEntry(ReadQuery.MEASURE_TASKS, 1)
                .containsEntry(ReadQuery.TASK_SIMILAR, 1).containsEntry(ReadQuery.TASK_MEASURE, 1)
                .containsEntry(ReadQuery.MEASURE_LEADS, 1).containsEntry(ReadQuery.MEASURE_CO_RESPONSIBLE, 1)
                .containsEntry(ReadQuery.MEASURE_REGIONS, 1).containsEntry(ReadQuery.REGION_PARENT, 1)
                .containsEntry(ReadQuery.REGION_CHAIN, 1).containsEntry(ReadQuery.MEASURE_DOCUMENTS, 1)
                .containsEntry(ReadQuery.DOCUMENT_REGION, 1).containsEntry(ReadQuery.TASK_DUPLICATES, 1)
                .containsEntry(ReadQuery.TASK_CASCADES, 1).containsEntry(ReadQuery.MEASURE_CONFLICTS, 2);
        assertThat(calls.values().stream().mapToInt(Integer::intValue).sum()).isLessThan(25);
    }

    @Test
    void accountabilityUpwardRunsOneQueryPerFieldAndLevel() {
        JsonNode tasks = data("{ measures(first: 20) { edges { node { tasks { id } } } } }").get("measures")
                .get("edges");
        StringBuilder query = new StringBuilder("{");
        int n = 0;
        for (JsonNode e : tasks) {
            for (JsonNode t : e.get("node").get("tasks")) {
                if (n == 25) {
                    break; // under the alias limit (policygraph.graphql.max-aliases, 30)
                }
                query.append(" a").append(n++).append(": accountability(taskId: \"")
                        .append(t.get("id").asString()).append("\") { ...A implements { ...A } }");
            }
        }
        query.append(" } fragment A on Accountability { leads { name } reportsTo { name } government { name } "
                + "region { name } }");
        assertThat(n).isEqualTo(25);
        clearInvocations(queries);
        data(query.toString());
        Map<ReadQuery, Integer> calls = calls();
        // every accountability(taskId) is a root field and reads its task; the fields below are batched per level.
        // graphql-java may dispatch a level in two batches when its n root fields complete at different times, so
        // the bound is a few queries per field, against n or more without batching
        assertThat(calls.get(ReadQuery.TASKS_BY_ID)).isBetween(n, n + 2);
        for (ReadQuery q : new ReadQuery[] {ReadQuery.TASK_LEADS, ReadQuery.TASK_LEAD_BODIES, ReadQuery.TASK_GOVERNMENT,
            ReadQuery.TASK_REGION}) {
            assertThat(calls.get(q)).as(q.name()).isBetween(2, 4);
        }
        assertThat(calls.get(ReadQuery.TASK_CASCADES)).isBetween(1, 2);
    }

    private Map<ReadQuery, Integer> calls() {
        ArgumentCaptor<ReadQuery> names = ArgumentCaptor.forClass(ReadQuery.class);
        verify(queries, atLeastOnce()).read(names.capture());
        Map<ReadQuery, Integer> calls = new EnumMap<>(ReadQuery.class);
        names.getAllValues().forEach(q -> calls.merge(q, 1, Integer::sum));
        return calls;
    }
}
