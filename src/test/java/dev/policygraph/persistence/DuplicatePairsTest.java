package dev.policygraph.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A page of duplicate pairs is read from the relationship index on pairKey in its order: no scan of documents or
 * relationships, no sort of all pairs. Pairs stored before that key existed get it from migration V013.
 */
class DuplicatePairsTest extends GraphTestSupport {

    @Autowired
    Database database;
    @Autowired
    CypherQueries queries;
    @Autowired
    TestGraph graph;
    @Autowired
    GraphQueries graphQueries;

    record Key(String firstId, String secondId, String pairKey) {
    }

    @Test
    void aPageIsReadFromThePairIndexInItsOrder() {
        List<String> operators = new ArrayList<>();
        try (var session = database.driver().session()) {
            collect(session.run("EXPLAIN " + queries.read(ReadQuery.DUPLICATE_PAIRS),
                    Map.of("skip", 0, "limit", 10, "properties", List.of("title"))).consume().plan(), operators);
        }
        assertThat(operators).anySatisfy(o -> assertThat(o).startsWith("DirectedRelationshipIndex"))
                .noneSatisfy(o -> assertThat(o).containsAnyOf("Sort", "Top", "NodeByLabelScan", "AllNodesScan",
                        "AllRelationshipsScan", "RelationshipTypeScan"));
    }

    @Test
    void pairsStoredWithoutAKeyGetItFromTheMigration() {
        List<Key> stored = graph.list("duplicate-keys", Map.of(), Key.class);
        assertThat(stored).isNotEmpty().allSatisfy(k -> assertThat(k.pairKey()).isEqualTo(k.firstId() + "\n"
                + k.secondId()));
        graph.run("duplicate-keys-forget", Map.of());
        assertThat(graphQueries.duplicatePairs(List.of(), 0, 10)).isEmpty();
        Migrations.Migration v13 = Migrations.onClasspath().stream().filter(m -> m.version() == 13).findFirst()
                .orElseThrow();
        try (var session = database.driver().session()) {
            v13.statements().forEach(s -> session.run(s).consume());
        }
        assertThat(graph.list("duplicate-keys", Map.of(), Key.class)).isEqualTo(stored);
        assertThat(graphQueries.duplicatePairs(List.of("title"), 0, 10)).extracting(p -> p.first().getId()
                + " " + p.second().getId()).containsExactlyElementsOf(stored.stream()
                .map(k -> k.firstId() + " " + k.secondId()).toList());
    }

    private static void collect(Plan plan, List<String> out) {
        out.add(plan.operatorType());
        plan.children().forEach(c -> collect(c, out));
    }
}
