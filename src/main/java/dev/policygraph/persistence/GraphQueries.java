package dev.policygraph.persistence;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/** Runs named read queries through the driver and maps their records; for analytic results that are not entities. */
@Component
public class GraphQueries {

    private final Driver driver;
    private final CypherQueries queries;

    GraphQueries(Driver driver, CypherQueries queries, GraphSchema schema) {
        this.driver = driver;
        this.queries = queries;
    }

    public <T> List<T> read(String name, Map<String, Object> parameters, Function<Record, T> mapper) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(queries.get(name), parameters).list(mapper::apply));
        }
    }
}
