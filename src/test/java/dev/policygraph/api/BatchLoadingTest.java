package dev.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;

import dev.policygraph.GraphTestSupport;
import dev.policygraph.persistence.CypherQueries;
import dev.policygraph.persistence.ReadQuery;
import java.util.EnumMap;
import java.util.List;
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
        assertThat(calls).containsEntry(ReadQuery.DOCUMENTS_LIST, 1).containsEntry(ReadQuery.DOCUMENT_TASKS, 1)
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
        // without a filter both pages are read in document order from the documents' index (tasks-page-in-order,
        // targets-page-all), not by sorting every match
        assertThat(calls).containsEntry(ReadQuery.TASKS_PAGE_IN_ORDER, 1).containsEntry(ReadQuery.TARGETS_PAGE_ALL, 1)
                .doesNotContainKeys(ReadQuery.TASKS_PAGE, ReadQuery.TARGETS_PAGE, ReadQuery.TASKS_COUNT,
                        ReadQuery.TARGETS_COUNT, ReadQuery.TARGETS_COUNT_BY_YEAR, ReadQuery.TARGETS_COUNT_ALL,
                        ReadQuery.TARGETS_COUNT_BY_YEAR_ALL);

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
        // without a filter the page's number of tasks is Neo4j's count store, and the stats count from the task
        // tallies, read once for all their counts
        assertThat(calls()).containsEntry(ReadQuery.TASKS_COUNT_ALL, 1).containsEntry(ReadQuery.TASK_TALLIES, 1)
                .doesNotContainKeys(ReadQuery.TASKS_COUNT, ReadQuery.TARGETS_COUNT, ReadQuery.TARGETS_COUNT_BY_YEAR)
                .containsEntry(ReadQuery.TARGETS_COUNT_ALL, 1)
                .containsEntry(ReadQuery.TARGETS_COUNT_BY_YEAR_ALL, 1).containsEntry(ReadQuery.UNIT_WORKLOAD, 1);
    }

    @Test
    void theStatsOfTheTalliesAreOneStatementAndAddUp() {
        clearInvocations(queries);
        JsonNode stats = data("""
                { stats { total overdue byStatus { key count } byKind { key count } byOverdue { key count }
                  byDeadlineYear { key count } } }
                """).get("stats");
        assertThat(calls()).containsOnlyKeys(ReadQuery.TASK_TALLIES).containsEntry(ReadQuery.TASK_TALLIES, 1);
        long total = stats.get("total").asLong();
        assertThat(total).isGreaterThan(100);
        for (String by : List.of("byStatus", "byKind", "byOverdue", "byDeadlineYear")) {
            long sum = 0;
            for (JsonNode c : stats.get(by)) {
                sum += c.get("count").asLong();
            }
            assertThat(sum).as(by).isEqualTo(total);
        }
        long overdue = 0;
        for (JsonNode c : stats.get("byOverdue")) {
            if ("true".equals(c.get("key").asString())) {
                overdue = c.get("count").asLong();
            }
        }
        assertThat(stats.get("overdue").asLong()).isEqualTo(overdue);
        clearInvocations(queries);
        assertThat(data("{ tasks { totalCount } }").get("tasks").get("totalCount").asLong()).isEqualTo(total);
        assertThat(calls()).containsEntry(ReadQuery.TASKS_COUNT_ALL, 1).doesNotContainKey(ReadQuery.TASK_TALLIES);
    }

    @Test
    void aPageOfTasksReadsTheListsItSelectsInItsOwnStatement() {
        String unit = data("{ units(orderBy: WORKLOAD, first: 1) { name region } }").get("units").get(0).get("name")
                .asString();
        String page = """
                query($unit: String) { tasks(filter: {unit: $unit}, first: 20) { edges { node { id
                  leads { id name } coResponsible { id name } targets { id text } } } } }
                """;
        clearInvocations(queries);
        JsonNode found = data(page, Map.of("unit", unit)).get("tasks").get("edges");
        assertThat(found.size()).isGreaterThan(1);
        // one statement: the unit's name is looked up by the page's statement itself, not by one of its own
        assertThat(calls()).containsEntry(ReadQuery.TASKS_PAGE, 1).hasSize(1)
                .doesNotContainKeys(ReadQuery.UNITS_BY_NAME, ReadQuery.TASK_LEADS, ReadQuery.TASK_CO_RESPONSIBLE,
                        ReadQuery.TASK_TARGETS);
        // the tasks the unit leads or shares, as the unit's own lists give them (in every region of that name)
        java.util.Set<String> pageIds = new java.util.TreeSet<>(data("query($unit: String) { tasks(filter: {unit: "
                + "$unit}, first: 500) { totalCount edges { node { id } } } }", Map.of("unit", unit)).get("tasks")
                .findValuesAsString("id"));
        java.util.Set<String> unitIds = new java.util.TreeSet<>();
        for (JsonNode u : data("query($unit: String) { units(search: $unit) { name aliases leads { id } "
                + "coResponsibleFor { id } } }", Map.of("unit", unit)).get("units")) {
            if (u.get("name").asString().equals(unit) || u.get("aliases").toString().contains("\"" + unit + "\"")) {
                unitIds.addAll(u.findValuesAsString("id"));
            }
        }
        assertThat(pageIds).isNotEmpty().isEqualTo(unitIds);
        // the same lists as each task's own batches give
        boolean anyList = false;
        for (JsonNode edge : found) {
            JsonNode node = edge.get("node");
            JsonNode alone = data("query($id: ID!) { task(id: $id) { id leads { id name } coResponsible { id name } "
                    + "targets { id text } } }", Map.of("id", node.get("id").asString())).get("task");
            assertThat(node).isEqualTo(alone);
            anyList |= node.get("leads").size() + node.get("coResponsible").size() + node.get("targets").size() > 0;
        }
        assertThat(anyList).isTrue();

        // a page without a filter (read in document order) reads them the same way
        clearInvocations(queries);
        JsonNode first = data("{ tasks(first: 30) { edges { node { id leads { id } targets { id } } } } }")
                .get("tasks").get("edges");
        assertThat(first).hasSize(30);
        assertThat(calls()).containsEntry(ReadQuery.TASKS_PAGE_IN_ORDER, 1)
                .doesNotContainKeys(ReadQuery.TASK_LEADS, ReadQuery.TASK_TARGETS);
        for (JsonNode edge : first) {
            JsonNode node = edge.get("node");
            assertThat(node).isEqualTo(data("query($id: ID!) { task(id: $id) { id leads { id } targets { id } } }",
                    Map.of("id", node.get("id").asString())).get("task"));
        }
    }

    @Test
    void aUnitWithItsTasksAndTheirDocumentsIsOneStatementWithTheAnswersOfTheBatches() {
        String taskFields = "id kind number title text clause deadline leadByConvention dueDate dueKind overdue status "
                + "progress { status note asOf by } orphan leads { id name }";
        String documentFields = "id file title issuer docNumber region date taskCount warnings original { sha256 }";
        JsonNode busiest = data("{ units(orderBy: WORKLOAD, first: 3) { id name region } }").get("units");
        int tasks = 0;
        for (JsonNode unit : busiest) {
            Map<String, Object> named = Map.of("name", unit.get("name").asString(), "region",
                    unit.get("region").asString());
            clearInvocations(queries);
            JsonNode found = data("query($name: String!, $region: String) { unit(name: $name, region: $region) { "
                    + "id name region aliases leads { " + taskFields + " document { " + documentFields + " } } } }",
                    named).get("unit");
            assertThat(calls()).containsEntry(ReadQuery.UNITS_BY_NAME_WITH_LEADS, 1)
                    .doesNotContainKeys(ReadQuery.UNITS_BY_NAME, ReadQuery.UNIT_LEADS, ReadQuery.TASK_DOCUMENT);
            assertThat(found.get("id").asString()).isEqualTo(unit.get("id").asString());
            // the unit as OGM reads it without its leads, and its leads as the batch of units { leads } gives them
            assertThat(data("query($name: String!, $region: String) { unit(name: $name, region: $region) { id name "
                    + "region aliases } }", named).get("unit").toString())
                    .isEqualTo("{\"id\":" + found.get("id") + ",\"name\":" + found.get("name") + ",\"region\":"
                            + found.get("region") + ",\"aliases\":" + found.get("aliases") + "}");
            JsonNode batch = data("query($name: String!, $region: String) { units(search: $name, region: $region) { "
                    + "id leads { " + taskFields + " document { " + documentFields + " } } } }", named).get("units");
            JsonNode sameUnit = null;
            for (JsonNode u : batch) {
                if (u.get("id").equals(found.get("id"))) {
                    sameUnit = u;
                }
            }
            assertThat(sameUnit).isNotNull();
            assertThat(found.get("leads")).isEqualTo(sameUnit.get("leads"));
            tasks += found.get("leads").size();
            for (JsonNode task : found.get("leads")) {
                assertThat(task).isEqualTo(data("query($id: ID!) { task(id: $id) { " + taskFields + " document { "
                        + documentFields + " } } }", Map.of("id", task.get("id").asString())).get("task"));
            }
        }
        assertThat(tasks).isGreaterThan(10);

        // without documents selected the statement reads none; a name of several regions is still an error
        clearInvocations(queries);
        JsonNode titles = data("query($name: String!, $region: String) { unit(name: $name, region: $region) { "
                + "leads { title } } }", Map.of("name", busiest.get(0).get("name").asString(), "region",
                busiest.get(0).get("region").asString())).get("unit").get("leads");
        assertThat(titles.size()).isGreaterThan(0);
        assertThat(calls()).containsEntry(ReadQuery.UNITS_BY_NAME_WITH_LEADS, 1).doesNotContainKey(ReadQuery.UNIT_LEADS);
    }

    @Test
    void aUnitsTasksWithAFewFieldsSelectedGiveTheAnswersOfTheTasksThemselves() {
        // a few fields: only their properties are read (and the id), the others keep defaults nobody sees; fields read
        // from the id alone (orphan, leads, document's sections) still answer
        String[] selections = {"title", "number title document { title }",
                "id kind text clause deadline leadByConvention orphan leads { name } document { id taskCount "
                        + "sections { id } original { sha256 } }",
                "title status overdue document { title date }"};
        JsonNode busiest = data("{ units(orderBy: WORKLOAD, first: 1) { name region } }").get("units");
        int checked = 0;
        for (JsonNode unit : busiest) {
            Map<String, Object> named = Map.of("name", unit.get("name").asString(), "region",
                    unit.get("region").asString());
            JsonNode ids = data("query($name: String!, $region: String) { unit(name: $name, region: $region) { "
                    + "leads { id } } }", named).get("unit").get("leads");
            for (String fields : selections) {
                JsonNode leads = data("query($name: String!, $region: String) { unit(name: $name, region: $region) { "
                        + "leads { " + fields + " } } }", named).get("unit").get("leads");
                assertThat(leads).hasSameSizeAs(ids);
                // the first tasks and the last one against task(id)
                for (int i = 0; i < leads.size(); i = i < 5 ? i + 1 : Math.max(i + 1, leads.size() - 1)) {
                    assertThat(leads.get(i)).isEqualTo(data("query($id: ID!) { task(id: $id) { " + fields + " } }",
                            Map.of("id", ids.get(i).get("id").asString())).get("task"));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(12);
    }

    @Test
    void theListOfDocumentsReadsOnlyTheFieldsSelectedAndGivesTheirValues() {
        JsonNode all = data("{ documents { id title taskCount date issuer } }").get("documents");
        clearInvocations(queries);
        JsonNode some = data("{ documents { title taskCount } }").get("documents");
        assertThat(calls()).containsEntry(ReadQuery.DOCUMENTS_LIST, 1).hasSize(1);
        // a page of them is the same documents
        JsonNode page = data("{ documents(first: 2, offset: 1) { id title } }").get("documents");
        assertThat(page).hasSize(2);
        assertThat(page.get(0).get("id")).isEqualTo(all.get(1).get("id"));
        assertThat(page.get(1).get("title")).isEqualTo(all.get(2).get("title"));
        assertThat(some.size()).isEqualTo(all.size()).isGreaterThanOrEqualTo(5);
        for (int i = 0; i < all.size(); i++) {
            assertThat(some.get(i).get("title")).isEqualTo(all.get(i).get("title"));
            assertThat(some.get(i).get("taskCount")).isEqualTo(all.get(i).get("taskCount"));
            assertThat(all.get(i).get("taskCount").asInt()).isEqualTo(data("query($id: ID!) { document(id: $id) { "
                    + "tasks { kind } } }", Map.of("id", all.get(i).get("id").asString())).get("document").get("tasks")
                    .findValuesAsString("kind").stream().filter("task"::equals).count());
        }
    }

    @Test
    void theListOfDocumentsReadWithoutEntityMappingIsTheDocumentsAsReadOneByOne() {
        String fields = "id file title issuer docNumber region date taskCount warnings "
                + "original { name type mediaType size sha256 }";
        JsonNode all = data("{ documents { " + fields + " } }").get("documents");
        assertThat(all.size()).isGreaterThanOrEqualTo(5);
        for (JsonNode d : all) {
            assertThat(d).isEqualTo(data("query($id: ID!) { document(id: $id) { " + fields + " } }",
                    Map.of("id", d.get("id").asString())).get("document"));
        }
    }

    private Map<ReadQuery, Integer> calls() {
        ArgumentCaptor<ReadQuery> names = ArgumentCaptor.forClass(ReadQuery.class);
        verify(queries, atLeastOnce()).read(names.capture());
        Map<ReadQuery, Integer> calls = new EnumMap<>(ReadQuery.class);
        names.getAllValues().forEach(n -> calls.merge(n, 1, Integer::sum));
        return calls;
    }
}
