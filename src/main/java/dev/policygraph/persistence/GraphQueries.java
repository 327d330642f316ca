package dev.policygraph.persistence;

import dev.policygraph.graph.Document;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Runs read queries through the driver and maps each result row to a record ({@link RecordMapper}): for analytic
 * results that are not entities.
 */
@Component
public class GraphQueries {

    private final Database database;
    private final CypherQueries queries;

    GraphQueries(Database database, CypherQueries queries) {
        this.database = database;
        this.queries = queries;
    }

    /** Every row of the query as a {@code type}. */
    public <R extends Record> List<R> list(ReadQuery query, Object parameters, Class<R> type) {
        String cypher = queries.read(query);
        try (var session = database.driver().session()) {
            return session.executeRead(tx -> tx.run(cypher, Parameters.of(parameters))
                    .list(r -> RecordMapper.map(r, type)));
        }
    }

    /**
     * Every document in id order, read as rows through the driver and made into documents directly: the largest list
     * the API reads whole, without OGM's entity mapping.
     */
    public List<Document> documents() {
        return list(ReadQuery.DOCUMENTS_LIST, java.util.Map.of(), DocumentRows.DocumentNode.class).stream()
                .map(DocumentRows.DocumentNode::toDocument).toList();
    }

    /** The one row of the query as a {@code type}. */
    public <R extends Record> R single(ReadQuery query, Object parameters, Class<R> type) {
        List<R> rows = list(query, parameters, type);
        if (rows.size() != 1) {
            throw new IllegalStateException(query + " returned " + rows.size() + " rows, not one");
        }
        return rows.get(0);
    }
}
