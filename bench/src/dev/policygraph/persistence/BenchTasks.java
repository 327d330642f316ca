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

    /**
     * PROFILE of the application's query that creates SAME_MEASURE links, run on {@code rows} pairs of stored tasks
     * ({a, b} task ids, given to it as element ids as the application does) in a transaction that is rolled back:
     * each operator with its rows, database hits and time.
     */
    public static String profileLinks(ApplicationContext context, List<Map<String, Object>> rows) {
        Database database = context.getBean(Database.class);
        String cypher = context.getBean(CypherQueries.class).write(WriteQuery.SAME_MEASURE_CREATE_NEW);
        StringBuilder out = new StringBuilder();
        try (var session = database.driver().session(); var tx = session.beginTransaction()) {
            List<Map<String, Object>> elements = tx.run("""
                    UNWIND $rows AS r
                    MATCH (a:Task {id: r.a})
                    MATCH (b:Task {id: r.b})
                    RETURN elementId(a) AS a, elementId(b) AS b, r.score AS score, r.kind AS kind,
                           r.reciprocal AS reciprocal""", Map.of("rows", rows)).list(r -> r.asMap());
            long t0 = System.nanoTime();
            var summary = tx.run("PROFILE " + cypher, Map.of("rows", elements)).consume();
            out.append(String.format(java.util.Locale.ROOT, "%d rows in %.2f s%n", rows.size(),
                    (System.nanoTime() - t0) / 1e9));
            describe(summary.profile(), "", out);
            tx.rollback();
        }
        return out.toString();
    }

    private static void describe(org.neo4j.driver.summary.ProfiledPlan plan, String indent, StringBuilder out) {
        out.append(indent).append(plan.operatorType()).append(" rows=").append(plan.records()).append(" dbHits=")
                .append(plan.dbHits()).append(" time=").append(plan.time()).append('\n');
        plan.children().forEach(c -> describe(c, indent + "  ", out));
    }

    /** Measures, SAME_MEASURE links and OF_MEASURE memberships in the graph. */
    public static Map<String, Object> counts(ApplicationContext context) {
        Database database = context.getBean(Database.class);
        try (var session = database.driver().session()) {
            return session.executeRead(tx -> tx.run(COUNT).single().asMap());
        }
    }
}
