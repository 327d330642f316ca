package dev.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import dev.policygraph.TestClock;
import dev.policygraph.persistence.GraphWriter;
import dev.policygraph.persistence.TestGraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * stats without a filter, or with one of kind, states and lateness only, is counted from the task tallies kept at
 * write time (cypher/write/task-tally-add.cypher), not from the tasks. Its answers must be those of counting the
 * tasks themselves, on the seeds and after every kind of write: a plan ingested, a progress report, the plan
 * replaced by another version, deleted; and on another day (lateness is read against today).
 */
class TaskTallyTest extends GraphTestSupport {

    static final String ID = CoordinationTest.ID;

    /** A task as the test graph query reads it. */
    record TaskFact(String id, @Nullable String kind, @Nullable String status, @Nullable String overdueFrom,
                    @Nullable String dueDate) {
    }

    /** The filters whose counts the tallies answer, and the same conditions on a task on a day. */
    private static final Map<String, Function<LocalDate, Predicate<TaskFact>>> FILTERS = new LinkedHashMap<>();

    static {
        FILTERS.put("{}", day -> t -> true);
        FILTERS.put("{kind: task}", day -> t -> "task".equals(t.kind()));
        FILTERS.put("{status: [DONE, IN_PROGRESS]}",
                day -> t -> "DONE".equals(t.status()) || "IN_PROGRESS".equals(t.status()));
        FILTERS.put("{overdue: true}", day -> t -> overdue(t, day));
        FILTERS.put("{overdue: false, kind: goal}", day -> t -> !overdue(t, day) && "goal".equals(t.kind()));
        FILTERS.put("{status: [NOT_STARTED], overdue: true, kind: task}",
                day -> t -> "NOT_STARTED".equals(t.status()) && overdue(t, day) && "task".equals(t.kind()));
    }

    private static final String STATS = """
            { stats(filter: %s) { total overdue byKind { key count } byStatus { key count }
              byOverdue { key count } byDeadlineYear { key count } } }
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestGraph graph;

    @Autowired
    GraphWriter writer;

    @AfterEach
    void deleteThePlan() {
        TestClock.reset();
        writer.delete(List.of(ID, WORKLOAD_ID));
    }

    @Test
    void countsFromTheTalliesAreThoseOfTheTasksAfterEveryWrite() {
        assertCountsOfTheTasks("the seeds");

        assertThat(ingest(CoordinationTest.PLAN).get("errors").toString()).isEqualTo("[]");
        assertCountsOfTheTasks("the plan ingested");

        List<TaskFact> plan = facts().stream().filter(t -> t.id().startsWith(ID + "/")).toList();
        assertThat(plan).hasSizeGreaterThanOrEqualTo(4);
        for (String status : List.of("DONE", "IN_PROGRESS")) {
            TaskFact task = plan.get(status.equals("DONE") ? 0 : 1);
            JsonNode reported = send(COORDINATOR, CoordinationTest.PROGRESS, Map.of("input", Map.of("taskId",
                    task.id(), "status", status, "asOf", "2025-06-01"))).get("data").get("reportProgress");
            assertThat(reported.get("errors").toString()).isEqualTo("[]");
        }
        assertCountsOfTheTasks("two progress reports");
        assertThat(facts().stream().filter(t -> "DONE".equals(t.status()))).isNotEmpty();

        TestClock.setToday(LocalDate.of(2026, 7, 1));
        assertCountsOfTheTasks("another day");
        TestClock.reset();

        // another version of the plan replaces it: its tasks leave the tallies, the new ones join (the progress
        // reports are applied to the new version again)
        String changed = CoordinationTest.PLAN.replace("(完成时限:每年)", "(完成时限:2025年6月)")
                + "5.新增任务。建设托育服务中心。(牵头单位:市卫生健康委;完成时限:2027年底)\n";
        JsonNode replaced = ingest(changed);
        assertThat(replaced.get("errors").toString()).isEqualTo("[]");
        assertThat(replaced.get("outcome").asString()).isEqualTo("REPLACED");
        assertCountsOfTheTasks("the plan replaced");

        writer.delete(List.of(ID));
        assertCountsOfTheTasks("the plan deleted");
    }

    /**
     * The coordination test's plan for another city: its edits (an alias, a merge of units) stay on the units, as
     * corrections do, and must not meet the coordination test's own.
     */
    static final String WORKLOAD_ID = "workload_test_plan";
    static final String WORKLOAD_FILE = WORKLOAD_ID + ".txt";
    static final String WORKLOAD_PLAN = CoordinationTest.PLAN.replace("杭州", "温州");

    /** A unit with the workload kept on it and its relationships to tasks counted. */
    record UnitWorkload(String id, String name, String scope, @Nullable Long workload, long counted) {
    }

    @Test
    void theWorkloadKeptOnEachUnitIsItsResponsibilitiesAfterEveryWriteAndOrdersTheUnits() {
        assertWorkloads("the seeds");
        assertThat(ingest(WORKLOAD_FILE, WORKLOAD_PLAN).get("errors").toString()).isEqualTo("[]");
        assertWorkloads("the plan ingested");
        Map<String, String> task = new LinkedHashMap<>();
        data("query($id: ID!) { document(id: $id) { tasks { id number } } }", Map.of("id", WORKLOAD_ID)).get("document")
                .get("tasks").forEach(t -> task.put(t.get("number").asString(), t.get("id").asString()));

        edit(CoordinationTest.ASSIGN, "assignResponsibility", Map.of("taskId", task.get("3"), "unit", "市教育局",
                "role", "LEAD"));
        edit(CoordinationTest.ASSIGN, "assignResponsibility", Map.of("taskId", task.get("2"), "unit", "市审计局",
                "role", "CO_RESPONSIBLE"));
        assertWorkloads("two responsibilities assigned, one to a new unit");
        edit(CoordinationTest.REMOVE, "removeResponsibility", Map.of("taskId", task.get("4"), "unit", "市教育局"));
        assertWorkloads("one removed");
        edit(CoordinationTest.ALIAS, "addUnitAlias", Map.of("unit", "市财政局", "region", "温州市", "alias", "财政局"));
        assertWorkloads("an alias added (the unit saved alone)");
        edit(CoordinationTest.MERGE, "mergeUnits", Map.of("from", "市人力社保局", "into", "市教育局", "region",
                "温州市"));
        assertWorkloads("two units merged");
        assertThat(ingest(WORKLOAD_FILE, WORKLOAD_PLAN + "5.新增任务。建设托育服务中心。"
                + "(牵头单位:市教育局;配合单位:市卫生健康委;完成时限:2027年底)\n").get("outcome").asString())
                .isEqualTo("REPLACED");
        assertWorkloads("the plan replaced");
        writer.delete(List.of(WORKLOAD_ID));
        assertWorkloads("the plan deleted");
    }

    /** The test plan's file ingested with this text, as the admin: the mutation's payload. */
    private JsonNode ingest(String text) {
        return ingest(CoordinationTest.FILE, text);
    }

    private JsonNode ingest(String file, String text) {
        return send(ADMIN, CoordinationTest.INGEST, Map.of("input", Map.of("fileName", file, "text", text)))
                .get("data").get("ingestDocument");
    }

    private void edit(String mutation, String field, Map<String, Object> input) {
        JsonNode payload = send(ADMIN, mutation, Map.of("input", input)).get("data").get(field);
        assertThat(payload.get("errors").toString()).as(field).isEqualTo("[]");
    }

    private void assertWorkloads(String after) {
        List<UnitWorkload> units = graph.list("unit-workloads", Map.of(), UnitWorkload.class);
        assertThat(units).as(after).hasSizeGreaterThan(20)
                .allSatisfy(u -> assertThat(u.workload()).as(after + ": " + u.id()).isEqualTo(u.counted()));
        // units(orderBy: WORKLOAD) reads the kept workload: the order of the counted one, whole and in part
        for (int first : List.of(1, 5, units.size())) {
            assertThat(names(data("{ units(orderBy: WORKLOAD, first: %d) { name } }".formatted(first))))
                    .as(after + ", first " + first)
                    .isEqualTo(units.stream().limit(first).map(UnitWorkload::name).toList());
        }
        assertThat(names(data("{ units(orderBy: WORKLOAD, region: \"温州市\", first: 3) { name } }")))
                .as(after + ", in 温州市")
                .isEqualTo(units.stream().filter(u -> u.scope().endsWith("温州市")).limit(3)
                        .map(UnitWorkload::name).toList());
        assertThat(names(data("{ units(orderBy: WORKLOAD, search: \"教育\") { name } }"))).as(after + ", 教育")
                .isNotEmpty()
                .isEqualTo(units.stream().filter(u -> u.name().contains("教育")).map(UnitWorkload::name).toList());
    }

    private static List<String> names(JsonNode data) {
        List<String> out = new ArrayList<>();
        data.get("units").forEach(u -> out.add(u.get("name").asString()));
        return out;
    }

    private void assertCountsOfTheTasks(String after) {
        LocalDate day = LocalDate.now(new TestClock());
        List<TaskFact> all = facts();
        for (var filter : FILTERS.entrySet()) {
            List<TaskFact> tasks = all.stream().filter(filter.getValue().apply(day)).toList();
            JsonNode stats = data(STATS.formatted(filter.getKey())).get("stats");
            String as = after + ", " + filter.getKey();
            assertThat(stats.get("total").asLong()).as(as).isEqualTo(tasks.size());
            assertThat(stats.get("overdue").asLong()).as(as)
                    .isEqualTo(tasks.stream().filter(t -> overdue(t, day)).count());
            assertThat(counts(stats.get("byKind"))).as(as).isEqualTo(group(tasks, TaskFact::kind));
            assertThat(counts(stats.get("byStatus"))).as(as).isEqualTo(group(tasks, TaskFact::status));
            assertThat(counts(stats.get("byOverdue"))).as(as)
                    .isEqualTo(group(tasks, t -> String.valueOf(overdue(t, day))));
            assertThat(counts(stats.get("byDeadlineYear"))).as(as)
                    .isEqualTo(group(tasks, t -> t.dueDate() == null ? null : t.dueDate().substring(0, 4)));
        }
    }

    private static boolean overdue(TaskFact t, LocalDate day) {
        return t.overdueFrom() != null && t.overdueFrom().compareTo(day.toString()) <= 0;
    }

    /** Counts by key, in the answer's order: largest first, then by key, null last. */
    private static List<String> group(List<TaskFact> tasks, Function<TaskFact, @Nullable String> key) {
        Map<String, Long> byKey = new TreeMap<>();
        long none = 0;
        for (TaskFact t : tasks) {
            String k = key.apply(t);
            if (k == null) {
                none++;
            } else {
                byKey.merge(k, 1L, Long::sum);
            }
        }
        List<Map.Entry<String, Long>> entries = new ArrayList<>(byKey.entrySet());
        if (none > 0) {
            entries.add(new java.util.AbstractMap.SimpleEntry<>(null, none));
        }
        entries.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        return entries.stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    private static List<String> counts(JsonNode groups) {
        List<String> out = new ArrayList<>();
        groups.forEach(g -> out.add((g.get("key").isNull() ? null : g.get("key").asString()) + "="
                + g.get("count").asLong()));
        return out;
    }

    private List<TaskFact> facts() {
        return graph.list("task-facts", Map.of(), TaskFact.class);
    }

    private JsonNode send(String user, String document, Map<String, Object> variables) {
        return JSON.valueToTree(as(user).document(document).variables(variables).execute().returnResponse().toMap());
    }
}
