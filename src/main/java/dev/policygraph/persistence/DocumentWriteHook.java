package dev.policygraph.persistence;

import dev.policygraph.graph.Document;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes derived from documents that must be made in the same transaction as the documents themselves (the
 * SAME_MEASURE links and measures of their tasks, the regions they are issued in): {@link GraphWriter} calls the one
 * hook the application has (in {@code dev.policygraph.loading}) for every write and delete, so that no way of changing
 * documents can leave them out. When the transaction fails, nothing of it is in the graph, the derived writes
 * included; the hook restores whatever it keeps outside the graph in {@link #around}.
 */
public interface DocumentWriteHook {

    /** Runs the whole write (its transaction, with every retry the driver makes of it) and returns its result. */
    <T> T around(Supplier<T> write);

    /** In the transaction, before the documents with these ids (replaced or deleted) are removed. */
    void beforeRemoval(MeasureTransaction tx, List<String> documentIds);

    /**
     * In the transaction, once it is known which documents it writes and removes, before their statements run: the
     * same lists {@link #afterWrite} is then given. What the hook can work out from the documents alone (the
     * similar-task index's pairs) may start here on another thread while the statements run; nothing of the graph
     * may be read or written there. Does nothing by default.
     */
    default void prepare(List<Document> written, List<String> removed) {
    }

    /**
     * In the transaction, after the documents were written: {@code written} are the documents created or replaced
     * (as written now), {@code removed} the ids of those replaced or deleted.
     */
    void afterWrite(MeasureTransaction tx, List<Document> written, List<String> removed);

    /**
     * Frees what the hook keeps outside the graph and can build again from it, before a large deletion that must not
     * run short of memory (the undo of a failed or stopped run): deletions go on without it, the next write of
     * documents builds it again.
     */
    default void release() {
    }
}
