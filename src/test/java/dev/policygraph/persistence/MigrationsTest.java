package dev.policygraph.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The schema of cypher/migrations is in place after start-up, each migration applied once. */
class MigrationsTest extends GraphTestSupport {

    @Autowired
    Database database;
    @Autowired
    CypherQueries queries;
    @Autowired
    TestGraph graph;

    record Version(int version) {
    }

    record Index(String name, String type, String analyzer) {
    }

    record Properties(List<String> keys) {
    }

    @Test
    void everyMigrationIsAppliedOnceAndApplyingAgainDoesNothing() {
        List<Integer> files = Migrations.onClasspath().stream().map(Migrations.Migration::version).toList();
        assertThat(files).startsWith(1, 2, 3, 4, 5).isSorted();
        assertThat(applied()).isEqualTo(files);
        assertThat(new Migrations(database.driver(), queries).apply()).isEmpty();
        assertThat(applied()).isEqualTo(files);
    }

    @Test
    void theTaskFullTextIndexUsesTheCjkAnalyzer() {
        var indexes = graph.list("schema-indexes", Map.of(), Index.class).stream()
                .map(i -> i.name() + "|" + i.type() + "|" + i.analyzer()).toList();
        assertThat(indexes).contains("cjk|FULLTEXT|cjk", "task_id|RANGE|");
        assertThat(indexes).noneMatch(i -> i.startsWith("task_document|") || i.startsWith("section_document|"));
    }

    @Test
    void linksStoredAsPropertiesByEarlierVersionsAreRemoved() {
        graph.run("old-style-document", Map.of());
        try {
            Migrations.Migration v5 = Migrations.onClasspath().stream().filter(m -> m.version() == 5).findFirst()
                    .orElseThrow();
            try (var session = database.driver().session()) {
                v5.statements().forEach(s -> session.run(s).consume());
            }
            assertThat(graph.list("old-style-properties", Map.of(), Properties.class))
                    .extracting(p -> p.keys().stream().sorted().toList())
                    .containsExactlyInAnyOrder(List.of("id", "title"), List.of("id", "number"),
                            List.of("id", "metric"), List.of("id", "text"), List.of("position"));
            assertThat(graph.list("old-style-source", Map.of(), Properties.class)).singleElement()
                    .satisfies(p -> assertThat(p.keys()).containsExactly("zz-old/source"));
        } finally {
            graph.run("old-style-delete", Map.of());
        }
    }

    private List<Integer> applied() {
        return graph.list("schema-migrations", Map.of(), Version.class).stream().map(Version::version).toList();
    }
}
