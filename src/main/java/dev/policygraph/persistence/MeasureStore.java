package dev.policygraph.persistence;

import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Transactions of their own for derived data that is not written with a document: the region hierarchy, and the
 * complete recomputation of similar tasks and measures (in bounded batches).
 */
@Component
public class MeasureStore {

    private final Database database;
    private final CypherQueries queries;

    MeasureStore(Database database, CypherQueries queries) {
        this.database = database;
        this.queries = queries;
    }

    /**
     * Runs {@code work} in one write transaction: all of it is in the graph afterwards, or none when it throws. The
     * ownership conflicts that the measures it replaces or updates, and the regions it links, may change are stored
     * again at its end ({@link MeasureTransaction#refreshConflicts}).
     */
    public <T> T write(Function<MeasureTransaction, T> work) {
        try (var session = database.driver().session()) {
            return session.executeWrite(tx -> {
                MeasureTransaction derived = new MeasureTransaction(tx, queries);
                T result = work.apply(derived);
                derived.refreshConflicts();
                return result;
            });
        }
    }
}
