package dev.policygraph.persistence;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * The task tallies (cypher/write/task-tally-add.cypher): counts of tasks by kind, state of progress, overdue day and
 * deadline year, kept in the transaction of every write that creates, changes or deletes tasks (the tasks it touches
 * are taken out before the write and added after it), so that analysis.TaskSearch counts tasks without reading them.
 * The units' workloads (cypher/write/unit-workload-add.cypher: how many responsibilities for tasks each unit carries)
 * are kept with them, by the same scopes. Built from every task once, at the first start with them ({@link #build}).
 */
final class TaskTally {

    /** The GraphState that says the tallies were built. */
    static final String STATE = "task-tally";
    static final String VERSION = "2";

    /** The parameters of task-tally-add.cypher. */
    record Scope(@Nullable List<String> documentIds, @Nullable List<String> taskIds, boolean all, long sign) {
    }

    record StateKey(String id) {
    }

    record State(String id, String version) {
    }

    record Version(@Nullable String version) {
    }

    private TaskTally() {
    }

    /** The tasks of these documents, added ({@code sign} 1) or taken out (-1). */
    static Scope documents(Collection<String> documentIds, long sign) {
        return new Scope(List.copyOf(documentIds), null, false, sign);
    }

    /** These tasks, added ({@code sign} 1) or taken out (-1). */
    static Scope tasks(Collection<String> taskIds, long sign) {
        return new Scope(null, List.copyOf(taskIds), false, sign);
    }

    /** Builds the tallies from every task when they were never built (a graph of a version before them). */
    static void build(Driver driver, CypherQueries queries) {
        try (var session = driver.session()) {
            String version = session.executeRead(tx -> tx.run(queries.read(ReadQuery.GRAPH_STATE),
                    Parameters.of(new StateKey(STATE))).list(r -> RecordMapper.map(r, Version.class))).get(0).version();
            if (VERSION.equals(version)) {
                return;
            }
            session.executeWrite(tx -> {
                tx.run(queries.write(WriteQuery.TASK_TALLY_CLEAR)).consume();
                add(tx, queries, new Scope(null, null, true, 1));
                tx.run(queries.write(WriteQuery.GRAPH_STATE_SET), Parameters.of(new State(STATE, VERSION)))
                        .consume();
                return null;
            });
        }
    }

    /**
     * Adds the scope's tasks in a transaction of the driver: a document write's, or the native transaction under an
     * OGM edit (a write run through OGM's session would clear the session, and the edit's save would no longer know
     * which relationships it loaded).
     */
    record Units(List<String> unitIds) {
    }

    /**
     * Sets the workload of these units from their relationships, after an edit saved them with their relationships
     * (a merge of units moves responsibilities without touching the tasks' own state).
     */
    static void recountUnits(SimpleQueryRunner tx, CypherQueries queries, Collection<String> unitIds) {
        tx.run(queries.write(WriteQuery.UNIT_WORKLOAD_SET), Parameters.of(new Units(List.copyOf(unitIds))))
                .consume();
    }

    record Rows<R>(List<R> rows) {
    }

    /**
     * Adds the tasks a document write has just created ({@code rows}, what it wrote), counted from the rows instead of
     * read back from the graph: the same counts as {@link #add} with the documents' scope and sign 1.
     */
    static void addCreated(SimpleQueryRunner tx, CypherQueries queries, DocumentRows rows) {
        List<DocumentRows.TallyRow> tallies = rows.tallies();
        if (!tallies.isEmpty()) {
            tx.run(queries.write(WriteQuery.TASK_TALLY_ADD_CREATED), Parameters.of(new Rows<>(tallies))).consume();
        }
        List<DocumentRows.WorkloadRow> workloads = rows.workloads();
        if (!workloads.isEmpty()) {
            tx.run(queries.write(WriteQuery.UNIT_WORKLOAD_ADD_CREATED), Parameters.of(new Rows<>(workloads)))
                    .consume();
        }
    }

    static void add(SimpleQueryRunner tx, CypherQueries queries, Scope scope) {
        tx.run(queries.write(WriteQuery.TASK_TALLY_ADD), Parameters.of(scope)).consume();
        tx.run(queries.write(WriteQuery.UNIT_WORKLOAD_ADD), Parameters.of(scope)).consume();
    }
}
