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
        writer.delete(List.of(ID));
    }

    @Test
    void countsFromTheTalliesAreThoseOfTheTasksAfterEveryWrite() {
        assertCountsOfTheTasks("the seeds");

        JsonNode ingested = send(ADMIN, CoordinationTest.INGEST, Map.of("input", Map.of("fileName",
                CoordinationTest.FILE, "text", CoordinationTest.PLAN))).get("data").get("ingestDocument");
        assertThat(ingested.get("errors").toString()).isEqualTo("[]");
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
        JsonNode replaced = send(ADMIN, CoordinationTest.INGEST, Map.of("input", Map.of("fileName",
                CoordinationTest.FILE, "text", changed))).get("data").get("ingestDocument");
        assertThat(replaced.get("errors").toString()).isEqualTo("[]");
        assertThat(replaced.get("outcome").asString()).isEqualTo("REPLACED");
        assertCountsOfTheTasks("the plan replaced");

        writer.delete(List.of(ID));
        assertCountsOfTheTasks("the plan deleted");
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
