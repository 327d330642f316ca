package dev.policygraph.persistence;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * Benchmark-only access to the graph (bench/run-measures.sh): writes bare tasks (id, title, text, kind, position) and
 * their documents in batches, without the document write hook, so that the similar-task step finds a graph it did
 * not compute and computes every link and measure again.
 */
public final class BenchTasks {

    private static final String CREATE = """
            UNWIND $rows AS r
            MERGE (d:Document {id: r.document})
            CREATE (d)-[:HAS_TASK]->(t:Task {id: r.id, title: r.title, text: r.text, kind: 'task',
                                              position: r.position})
            """;
    private static final String COUNT = "MATCH (m:Measure) RETURN count(m) AS measures, "
            + "COUNT { ()-[:SAME_MEASURE]->() } AS links, COUNT { ()-[:OF_MEASURE]->() } AS members";

    private BenchTasks() {
    }

    /** Creates the tasks (maps of document, id, title, text, position), 10,000 a transaction. */
    public static void write(ApplicationContext context, List<Map<String, Object>> rows) {
        Database database = context.getBean(Database.class);
        try (var session = database.driver().session()) {
            for (int i = 0; i < rows.size(); i += 10_000) {
                List<Map<String, Object>> batch = rows.subList(i, Math.min(rows.size(), i + 10_000));
                session.executeWriteWithoutResult(tx -> tx.run(CREATE, Map.of("rows", batch)).consume());
            }
        }
    }

    /** Measures, SAME_MEASURE links and OF_MEASURE memberships in the graph. */
    public static Map<String, Object> counts(ApplicationContext context) {
        Database database = context.getBean(Database.class);
        try (var session = database.driver().session()) {
            return session.executeRead(tx -> tx.run(COUNT).single().asMap());
        }
    }
}
