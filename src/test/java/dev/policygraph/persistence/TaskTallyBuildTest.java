package dev.policygraph.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A graph whose task tallies were never built (written by a version before them) gets them from its tasks at start
 * ({@link TaskTally#build}): the same tallies as those kept write by write since the graph was empty; a graph that
 * has them keeps them.
 */
class TaskTallyBuildTest extends GraphTestSupport {

    record Tally(String key, long count) {
    }

    @Autowired
    TestGraph graph;

    @Autowired
    Database database;

    @Autowired
    CypherQueries queries;

    @Test
    void talliesBuiltFromTheTasksAreThoseKeptAtEveryWrite() {
        List<Tally> kept = tallies();
        assertThat(kept).isNotEmpty();
        assertThat(kept.stream().mapToLong(Tally::count).sum()).isEqualTo(
                graph.list("task-facts", Map.of(), TaskFact.class).size());

        TaskTally.build(database.driver(), queries);
        assertThat(tallies()).as("built already: left alone").isEqualTo(kept);

        graph.run("task-tally-forget", Map.of());
        assertThat(tallies()).isNotEqualTo(kept);
        assertThat(graph.list("unit-workloads", Map.of(), UnitWorkload.class))
                .allSatisfy(u -> assertThat(u.workload()).isNull());
        TaskTally.build(database.driver(), queries);
        assertThat(tallies()).isEqualTo(kept);
        // the units' workloads, set on every unit from its relationships
        assertThat(graph.list("unit-workloads", Map.of(), UnitWorkload.class)).hasSizeGreaterThan(20)
                .allSatisfy(u -> assertThat(u.workload()).as(u.id()).isEqualTo(u.counted()));
    }

    record TaskFact(String id) {
    }

    record UnitWorkload(String id, @org.jspecify.annotations.Nullable Long workload, long counted) {
    }

    private List<Tally> tallies() {
        return graph.list("task-tallies", Map.of(), Tally.class);
    }
}
