package dev.policygraph.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The queries that write and read similar-task links and measures by task id find each task by a seek of the unique
 * task id index, never by scanning tasks: at 250,000 tasks a scan per row is what made writing links take minutes.
 * The computation of all links creates them between tasks named by element id: a node seek, no index at all.
 */
class MeasureQueryPlansTest extends GraphTestSupport {

    @Autowired
    Database database;
    @Autowired
    CypherQueries queries;

    @ParameterizedTest
    @EnumSource(value = WriteQuery.class, names = {"SAME_MEASURE_CREATE", "SAME_MEASURE_CREATE_FRESH",
        "MEASURES_CREATE"})
    void writesSeekTasksByTheirId(WriteQuery query) {
        assertSeeksTasks(queries.write(query));
    }

    @ParameterizedTest
    @EnumSource(value = ReadQuery.class, names = {"SAME_MEASURE_LINKS", "MEASURES_OF_TASKS", "MEASURES_WITH_TASKS",
        "TASK_DOCUMENTS"})
    void readsSeekTasksByTheirId(ReadQuery query) {
        assertSeeksTasks(queries.read(query));
    }

    /**
     * Planned for empty lists (the first batch of an ingest into an empty directory has no partners), an id lookup
     * without a hint became a scan of the whole Task(id) index filtered per row, and that cached plan ran on the later
     * batches with thousands of rows: the write path's statements name the index they seek (USING INDEX).
     */
    @ParameterizedTest
    @EnumSource(value = ReadQuery.class, names = {"SAME_MEASURE_LINKS", "MEASURES_WITH_TASKS", "TASK_DOCUMENTS",
        "MEASURES_OF_DOCUMENTS", "CONFLICT_GROUPS", "MEASURE_MEMBERS", "MEASURE_INSIDE_LINKS", "DOCUMENT_VERSIONS"})
    void readsSeekEvenWhenPlannedForEmptyLists(ReadQuery query) {
        assertNoScan(queries.read(query));
    }

    @ParameterizedTest
    @EnumSource(value = WriteQuery.class, names = {"SAME_MEASURE_CREATE", "SAME_MEASURE_CREATE_FRESH",
        "SAME_MEASURE_SCOPE", "MEASURES_CREATE", "MEASURES_UPDATE", "MEASURES_DELETE", "DOCUMENT_REGIONS_LINK",
        "DUPLICATES_LINK", "CONFLICTS_REFRESH"})
    void writesSeekEvenWhenPlannedForEmptyLists(WriteQuery query) {
        assertNoScan(queries.write(query));
    }

    /** A link is scoped from both its tasks, found first: never by expanding every link of one of them. */
    @Test
    void aLinkIsScopedFromBothItsTasks() {
        List<String> operators = operatorsForEmptyLists(queries.write(WriteQuery.SAME_MEASURE_SCOPE));
        assertThat(operators).anySatisfy(o -> assertThat(o).startsWith("Expand(Into)"))
                .noneSatisfy(o -> assertThat(o).contains("HashJoin"))
                .noneSatisfy(o -> assertThat(o).startsWith("Expand(All)"));
    }

    private void assertNoScan(String cypher) {
        assertThat(operatorsForEmptyLists(cypher)).as(cypher).noneSatisfy(o -> assertThat(o).containsAnyOf(
                "NodeIndexScan", "NodeByLabelScan", "AllNodesScan", "RelationshipTypeScan", "AllRelationshipsScan"));
    }

    private List<String> operatorsForEmptyLists(String cypher) {
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$([A-Za-z]+)").matcher(cypher);
        while (m.find()) {
            parameters.put(m.group(1), List.of());
        }
        List<String> operators = new ArrayList<>();
        try (var session = database.driver().session()) {
            collect(session.run("EXPLAIN " + cypher, parameters).consume().plan(), operators);
        }
        return operators;
    }

    @Test
    void allLinksAreCreatedBetweenTasksSoughtByElementId() {
        String cypher = queries.write(WriteQuery.SAME_MEASURE_CREATE_NEW);
        assertThat(operators(cypher)).as(cypher).anySatisfy(o -> assertThat(o).startsWith("NodeByElementIdSeek"))
                .noneSatisfy(o -> assertThat(o).containsAnyOf("IndexSeek", "NodeByLabelScan", "AllNodesScan",
                        "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan"));
    }

    private List<String> operators(String cypher) {
        List<String> operators = new ArrayList<>();
        try (var session = database.driver().session()) {
            collect(session.run("EXPLAIN " + cypher).consume().plan(), operators);
        }
        return operators;
    }

    private void assertSeeksTasks(String cypher) {
        List<String> operators = operators(cypher);
        assertThat(operators).as(cypher).anySatisfy(o -> assertThat(o).startsWith("NodeUniqueIndexSeek"))
                .noneSatisfy(o -> assertThat(o).containsAnyOf("NodeByLabelScan", "AllNodesScan",
                        "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan"));
    }

    private static void collect(Plan plan, List<String> out) {
        out.add(plan.operatorType());
        plan.children().forEach(c -> collect(c, out));
    }
}
