package dev.policygraph.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test access to the graph: the statements of src/test/resources/cypher/test/*.cypher, run through the driver with
 * results mapped to records like the application's own.
 */
public class TestGraph {

    private static final Map<String, String> QUERIES = CypherQueries.load("classpath*:cypher/test/*.cypher");

    /** Nodes per label and relationships per type. */
    public record Count(String kind, long count) {
    }

    private final Database database;

    TestGraph(Database database) {
        this.database = database;
    }

    /** Runs cypher/test/{name}.cypher and maps its rows. */
    public <R extends Record> List<R> list(String name, Map<String, Object> parameters, Class<R> type) {
        try (var session = database.driver().session()) {
            return session.executeWrite(tx -> tx.run(cypher(name), parameters).list(r -> RecordMapper.map(r, type)));
        }
    }

    /** Runs cypher/test/{name}.cypher for its effect. */
    public void run(String name, Map<String, Object> parameters) {
        try (var session = database.driver().session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher(name), parameters).consume());
        }
    }

    /** Nodes per label and relationships per type, for checking that a failed write changed nothing. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        list("graph-counts", Map.of(), Count.class).forEach(c -> out.put(c.kind(), c.count()));
        return out;
    }

    private static String cypher(String name) {
        String cypher = QUERIES.get(name);
        if (cypher == null) {
            throw new IllegalArgumentException("No test query cypher/test/" + name + ".cypher");
        }
        return cypher;
    }
}
