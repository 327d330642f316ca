package dev.policygraph.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** The schema of cypher/migrations is in place after start-up, each migration applied once. */
class MigrationsTest extends GraphTestSupport {

    @Autowired
    Driver driver;
    @Autowired
    CypherQueries queries;
    @Autowired
    GraphQueries graph;

    @Test
    void everyMigrationIsAppliedOnceAndApplyingAgainDoesNothing() {
        List<Integer> files = Migrations.onClasspath().stream().map(Migrations.Migration::version).toList();
        assertThat(files).startsWith(1, 2, 3, 4).isSorted();
        assertThat(graph.read("test-schema-migrations", Map.of(), r -> r.get("version").asInt())).isEqualTo(files);
        assertThat(new Migrations(driver, queries).apply()).isEmpty();
        assertThat(graph.read("test-schema-migrations", Map.of(), r -> r.get("version").asInt())).isEqualTo(files);
    }

    @Test
    void theTaskFullTextIndexUsesTheCjkAnalyzer() {
        var indexes = graph.read("test-schema-indexes", Map.of(),
                r -> r.get("name").asString() + "|" + r.get("type").asString() + "|"
                        + (r.get("analyzer").isNull() ? "" : r.get("analyzer").asString()));
        assertThat(indexes).contains("cjk|FULLTEXT|cjk", "task_id|RANGE|");
    }

    @Test
    void splitsMigrationFilesIntoStatementsWithoutComments() {
        var m = new Migrations.Migration(9, "x", "// comment; not a statement\nCREATE INDEX a IF NOT EXISTS\n"
                + "FOR (n:A) ON (n.a);\n\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.b)\n");
        assertThat(m.statements()).containsExactly("CREATE INDEX a IF NOT EXISTS\nFOR (n:A) ON (n.a)",
                "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.b)");
    }
}
