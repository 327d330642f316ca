package dev.policygraph.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scope of a SAME_MEASURE link as a duplicated task (same-measure-scope) is stored on the link when it is
 * written, and by migration V014 on links stored before; a page of duplicateTasks is read from the index on its key
 * (no scan of tasks or links), and a page of ownershipConflicts from the index on the measures' ids.
 */
class SameMeasureScopeTest extends GraphTestSupport {

    @Autowired
    Database database;
    @Autowired
    CypherQueries queries;
    @Autowired
    TestGraph graph;

    record Scope(String first, String second, @Nullable String scope, @Nullable String region,
                 @Nullable String duplicateKey) {
    }

    @Test
    void linksStoredWithoutAScopeGetItFromTheMigration() {
        List<Scope> stored = graph.list("same-measure-scopes", Map.of(), Scope.class);
        // the seeds' 000 and 002 are plans of 攀枝花市 (510400) restating each other
        assertThat(stored).anySatisfy(s -> {
            assertThat(s.scope()).isEqualTo("REGION");
            assertThat(s.duplicateKey()).isEqualTo(s.region() + "\n" + s.first() + "\n" + s.second());
        });
        assertThat(stored).allSatisfy(s -> assertThat(s.duplicateKey()).isEqualTo(s.scope() == null ? null
                : (s.region() == null ? "~" : s.region()) + "\n" + s.first() + "\n" + s.second()));
        graph.run("same-measure-scope-forget", Map.of());
        assertThat(graph.list("same-measure-scopes", Map.of(), Scope.class))
                .allSatisfy(s -> assertThat(s.duplicateKey()).isNull());
        Migrations.Migration v14 = Migrations.onClasspath().stream().filter(m -> m.version() == 14).findFirst()
                .orElseThrow();
        try (var session = database.driver().session()) {
            v14.statements().forEach(s -> session.run(s).consume());
        }
        assertThat(graph.list("same-measure-scopes", Map.of(), Scope.class)).isEqualTo(stored);
    }

    @Test
    void linksWrittenWithTheirDocumentsCarryTheScopeThatSameMeasureScopeGivesThem() {
        // the seeds' links were created by document writes, each with its scope (same-measure-create-fresh, the
        // regions of its documents passed in); same-measure-scope works it out from the graph
        List<Scope> written = graph.list("same-measure-scopes", Map.of(), Scope.class);
        assertThat(written).anySatisfy(s -> assertThat(s.scope()).isEqualTo("REGION"))
                .anySatisfy(s -> assertThat(s.scope()).isNull());
        List<MeasureTransaction.LinkEnds> ends = graph.list("same-measure-link-ends", Map.of(),
                MeasureTransaction.LinkEnds.class);
        assertThat(ends).hasSameSizeAs(written);
        graph.run("same-measure-scope-forget", Map.of());
        try (var session = database.driver().session()) {
            session.executeWriteWithoutResult(tx -> tx.run(queries.write(WriteQuery.SAME_MEASURE_SCOPE),
                    Parameters.of(new MeasureTransaction.Links(ends))).consume());
        }
        assertThat(graph.list("same-measure-scopes", Map.of(), Scope.class)).isEqualTo(written);
    }

    @Test
    void aPageOfDuplicatedTasksIsReadFromTheKeyIndexInItsOrder() {
        // the graph the plan is made on: the seeds' links with their keys (the tests of this class that remove them put
        // them back)
        assertThat(graph.list("same-measure-scopes", Map.of(), Scope.class))
                .anySatisfy(s -> assertThat(s.duplicateKey()).isNotNull());
        Map<String, Object> parameters = new HashMap<>(Map.of("skip", 0, "limit", 10));
        parameters.put("regionId", null);
        List<String> all = operators(ReadQuery.DUPLICATE_TASKS_PAGE, parameters);
        parameters.put("regionId", "33");
        List<String> inRegion = operators(ReadQuery.DUPLICATE_TASKS_PAGE, parameters);
        for (List<String> plan : List.of(all, inRegion)) {
            assertThat(plan).anySatisfy(o -> assertThat(o).startsWith("DirectedRelationshipIndexSeekByRange"))
                    .noneSatisfy(o -> assertThat(o).containsAnyOf("NodeByLabelScan", "AllNodesScan",
                            "AllRelationshipsScan", "RelationshipTypeScan"));
        }
    }

    @Test
    void aPageOfConflictsIsReadFromTheStoredConflictsKeyIndexInItsOrder() {
        Map<String, Object> parameters = new HashMap<>(Map.of("skip", 0, "limit", 10));
        parameters.put("regionId", null);
        List<String> plan = operators(ReadQuery.CONFLICTS_PAGE, parameters);
        assertThat(plan).anySatisfy(o -> assertThat(o).startsWith("NodeIndexScan"))
                .noneSatisfy(o -> assertThat(o).containsAnyOf("NodeByLabelScan", "AllNodesScan", "Sort", "Top",
                        "Expand"));
        parameters.put("regionId", "33");
        assertThat(operators(ReadQuery.CONFLICTS_IN_REGION, parameters))
                .anySatisfy(o -> assertThat(o).startsWith("NodeIndexSeek"))
                .noneSatisfy(o -> assertThat(o).containsAnyOf("NodeByLabelScan", "AllNodesScan"));
        assertThat(operators(ReadQuery.CONFLICTS_COUNT, Map.of())).as("a count of nodes")
                .anySatisfy(o -> assertThat(o).startsWith("NodeCountFromCountStore"));
    }

    @Test
    void aPageOfAllTargetsWalksTheDocumentsInOrderAndGivesTheFilteredPagesRows() {
        Map<String, Object> parameters = new HashMap<>(Map.of("skip", 0, "limit", 10));
        for (String key : List.of("year", "metric", "unitIds", "region", "documentId")) {
            parameters.put(key, null);
        }
        List<String> plan = operators(ReadQuery.TARGETS_PAGE_ALL, parameters);
        assertThat(plan).anySatisfy(o -> assertThat(o).startsWith("NodeIndexScan"))
                .noneSatisfy(o -> assertThat(o).containsAnyOf("NodeByLabelScan", "AllNodesScan", "Top"));
        // the only sort is a document's own targets by position, beneath the Apply that walks the documents
        int apply = plan.indexOf(plan.stream().filter(o -> o.startsWith("Apply")).findFirst().orElseThrow());
        assertThat(plan.subList(0, apply)).noneSatisfy(o -> assertThat(o).startsWith("Sort"));
        // the same rows in the same order as the page that serves every filter, at the start and further on
        for (int skip : List.of(0, 7, 40)) {
            parameters.put("skip", skip);
            parameters.put("limit", 25);
            List<String> all = targetIds(ReadQuery.TARGETS_PAGE_ALL, parameters);
            assertThat(all).isNotEmpty().isEqualTo(targetIds(ReadQuery.TARGETS_PAGE, parameters));
        }
    }

    @Test
    void allTargetsAreCountedFromTheYearIndexAndTheCountStoreWithTheFilteredCountsRows() {
        Map<String, Object> parameters = new HashMap<>();
        for (String key : List.of("year", "metric", "unitIds", "region", "documentId")) {
            parameters.put(key, null);
        }
        assertThat(operators(ReadQuery.TARGETS_COUNT_ALL, parameters))
                .anySatisfy(o -> assertThat(o).startsWith("NodeCountFromCountStore"))
                .noneSatisfy(o -> assertThat(o).containsAnyOf("NodeByLabelScan", "AllNodesScan", "Expand"));
        assertThat(operators(ReadQuery.TARGETS_COUNT_BY_YEAR_ALL, parameters))
                .anySatisfy(o -> assertThat(o).startsWith("NodeIndexScan"))
                .anySatisfy(o -> assertThat(o).startsWith("NodeCountFromCountStore"))
                .noneSatisfy(o -> assertThat(o).containsAnyOf("NodeByLabelScan", "AllNodesScan", "Expand"));
        try (var session = database.driver().session()) {
            List<Map<String, Object>> byYear = session.run(queries.read(ReadQuery.TARGETS_COUNT_BY_YEAR), parameters)
                    .list(r -> r.asMap());
            // the seeds set targets with a year and targets without one
            assertThat(byYear).anySatisfy(r -> assertThat(r.get("year")).isNull())
                    .anySatisfy(r -> assertThat(r.get("year")).isNotNull());
            assertThat(session.run(queries.read(ReadQuery.TARGETS_COUNT_BY_YEAR_ALL), parameters).list(r -> r.asMap()))
                    .isEqualTo(byYear);
            assertThat(session.run(queries.read(ReadQuery.TARGETS_COUNT_ALL), parameters).single().get("count").asLong())
                    .isEqualTo(session.run(queries.read(ReadQuery.TARGETS_COUNT), parameters).single().get("count")
                            .asLong())
                    .isEqualTo(byYear.stream().mapToLong(r -> ((Number) r.get("count")).longValue()).sum());
        }
    }

    @Test
    void unitsByWorkloadAreReadFromTheWorkloadIndexFromTheTop() {
        Map<String, Object> parameters = new HashMap<>(Map.of("limit", 12));
        parameters.put("search", null);
        parameters.put("region", null);
        assertThat(operators(ReadQuery.UNITS_BY_WORKLOAD, parameters))
                .anySatisfy(o -> assertThat(o).startsWith("NodeIndexSeekByRange"))
                .noneSatisfy(o -> assertThat(o).containsAnyOf("NodeByLabelScan", "AllNodesScan", "Expand"));
    }

    @Test
    void aMeasuresListsAreCutBeforeTheyAreSortedAndHoldWhatTheMeasureReaches() {
        List<String> measures;
        try (var session = database.driver().session()) {
            measures = session.run("MATCH (m:Measure) RETURN m.id AS id ORDER BY id").list(r -> r.get("id").asString());
        }
        assertThat(measures).isNotEmpty();
        Map<String, Object> parameters = Map.of("keys", measures);
        for (ReadQuery query : List.of(ReadQuery.MEASURE_DOCUMENTS, ReadQuery.MEASURE_LEADS,
                ReadQuery.MEASURE_CO_RESPONSIBLE)) {
            // the first 200 met are taken (Limit) before they are sorted, not all of them sorted and cut
            assertThat(operators(query, parameters)).as(query.name()).anySatisfy(o -> assertThat(o).startsWith("Limit"));
        }
        // measures of the test graph are small: each list is all the measure reaches, in its order
        try (var session = database.driver().session()) {
            for (String id : measures) {
                List<String> documents = session.run(queries.read(ReadQuery.MEASURE_DOCUMENTS),
                        Map.of("keys", List.of(id))).list(r -> r.get("node").asNode().get("id").asString());
                List<String> expected = session.run("""
                        MATCH (:Measure {id: $id})<-[:OF_MEASURE]-(:Task)<-[:HAS_TASK]-(d:Document)
                        RETURN DISTINCT d.id AS id ORDER BY id""", Map.of("id", id)).list(r -> r.get("id").asString());
                assertThat(documents).as(id).isEqualTo(expected);
                List<String> leads = session.run(queries.read(ReadQuery.MEASURE_LEADS), Map.of("keys", List.of(id)))
                        .list(r -> r.get("node").asNode().get("id").asString());
                List<String> expectedLeads = session.run("""
                        MATCH (:Measure {id: $id})<-[:OF_MEASURE]-(:Task)<-[:LEADS]-(u:Unit)
                        WITH DISTINCT u ORDER BY u.scope, u.name RETURN u.id AS id""", Map.of("id", id))
                        .list(r -> r.get("id").asString());
                assertThat(leads).as(id).isEqualTo(expectedLeads);
            }
        }
    }

    private List<String> targetIds(ReadQuery query, Map<String, Object> parameters) {
        try (var session = database.driver().session()) {
            return session.run(queries.read(query), parameters).list(r -> r.get("g").asNode().elementId());
        }
    }

    /**
     * The operators of the plan the query gets from statistics that describe the graph as it is now. The indexes are
     * created by the migrations on the empty graph, before the seeds are written, and Neo4j samples them again only in
     * the background, some seconds later (or just when a test here has removed all duplicate keys): until then an
     * index's statistics may say it is empty, every plan over it is estimated at 0 rows, and the planner picks between
     * seek and scan arbitrarily (DUPLICATE_TASKS_PAGE then got a DirectedRelationshipIndexScan filtered by STARTS
     * WITH). db.prepareForReplanning resamples every index, waits for it and clears the query caches.
     */
    private List<String> operators(ReadQuery query, Map<String, Object> parameters) {
        List<String> out = new ArrayList<>();
        try (var session = database.driver().session()) {
            session.run("CALL db.prepareForReplanning()").consume();
            collect(session.run("EXPLAIN " + queries.read(query), parameters).consume().plan(), out);
        }
        return out;
    }

    private static void collect(Plan plan, List<String> out) {
        out.add(plan.operatorType());
        plan.children().forEach(c -> collect(c, out));
    }
}
