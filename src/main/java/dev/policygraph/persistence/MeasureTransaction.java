package dev.policygraph.persistence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;

/**
 * One write transaction as seen by the derived writes of similar tasks, measures and regions: read queries mapped to
 * records, and the few writes they make. Given to a {@link DocumentWriteHook} inside the transaction of a document
 * write, or by {@link MeasureStore} in a transaction of its own.
 */
public final class MeasureTransaction {

    record Ids(List<String> ids) {
    }

    record Rows<R>(List<R> rows) {
    }

    record Limit(long limit) {
    }

    record Deleted(long deleted) {
    }

    record State(String id, @Nullable String version) {
    }

    private final TransactionContext tx;
    private final CypherQueries queries;
    /** Measures created, deleted or whose id changed: their stored conflicts are all written again. */
    private final Set<String> wholeMeasures = new LinkedHashSet<>();
    /** Groups of conflicts that this transaction may have changed, read before the change. */
    private final Set<OwnershipConflicts.Group> conflictGroups = new LinkedHashSet<>();
    /** Tasks that joined a measure: their groups are read at the end. */
    private final Set<String> conflictTasks = new LinkedHashSet<>();
    /** Documents written or whose region was linked: the groups of their tasks are read at the end. */
    private final Set<String> conflictDocuments = new LinkedHashSet<>();
    /** Documents created in this transaction (new versions of those replaced included): they had no groups before. */
    private final Set<String> writtenDocuments = new LinkedHashSet<>();

    MeasureTransaction(TransactionContext tx, CypherQueries queries) {
        this.tx = tx;
        this.queries = queries;
    }

    /** Every row of the read query, within this transaction. */
    public <R extends Record> List<R> list(ReadQuery query, Object parameters, Class<R> type) {
        return tx.run(queries.read(query), Parameters.of(parameters)).list(r -> RecordMapper.map(r, type));
    }

    /**
     * Every row of the read query, within this transaction, given to {@code each} as it arrives: the driver pulls
     * the rows a fetch at a time, so no more than a fetch of records is held at once (where {@link #list} holds every
     * record of the result, which for the links inside a measure of 150,000 tasks is over a gigabyte).
     */
    public <R extends Record> void forEach(ReadQuery query, Object parameters, Class<R> type,
                                           java.util.function.Consumer<? super R> each) {
        org.neo4j.driver.Result result = tx.run(queries.read(query), Parameters.of(parameters));
        while (result.hasNext()) {
            each.accept(RecordMapper.map(result.next(), type));
        }
    }

    /**
     * Creates the SAME_MEASURE links (or updates them: one per pair of tasks) with their scope; tasks that do not
     * exist are skipped. {@code created} are tasks created in this transaction: a link to one of them cannot be
     * stored yet, so it is created without looking for one (same-measure-create-fresh).
     */
    public void createPairs(List<MeasureRows.ScopedPair> rows, java.util.Set<String> created) {
        List<MeasureRows.ScopedPair> fresh = new ArrayList<>();
        List<MeasureRows.ScopedPair> others = new ArrayList<>();
        for (MeasureRows.ScopedPair p : rows) {
            (created.contains(p.a()) || created.contains(p.b()) ? fresh : others).add(p);
        }
        if (!fresh.isEmpty()) {
            run(WriteQuery.SAME_MEASURE_CREATE_FRESH, new Rows<>(fresh));
        }
        if (!others.isEmpty()) {
            run(WriteQuery.SAME_MEASURE_CREATE, new Rows<>(others));
        }
    }

    /**
     * Creates the SAME_MEASURE links without looking for existing ones: only when none is stored between any of the
     * pairs (a computation of all of them after every link was deleted); the tasks are named by their element ids
     * (task-elements), and those that do not exist are skipped.
     */
    public void createNewPairs(List<MeasureRows.ElementPair> rows) {
        if (!rows.isEmpty()) {
            run(WriteQuery.SAME_MEASURE_CREATE_NEW, new Rows<>(rows));
        }
    }

    /** A SAME_MEASURE link by its tasks (a the first, smaller id, b the second) and their documents. */
    public record LinkEnds(String a, String b, String aDocument, String bDocument) {
    }

    record Links(List<LinkEnds> links) {
    }

    /**
     * Gives these stored SAME_MEASURE links their scope as duplicated tasks within one plan or region
     * (same-measure-scope.cypher), the documents' regions read from the graph: after the links and the regions are
     * written (links written by {@link #createPairs} have theirs already).
     */
    public void scopePairs(List<LinkEnds> links) {
        if (!links.isEmpty()) {
            run(WriteQuery.SAME_MEASURE_SCOPE, new Links(links));
        }
    }

    /** Removes the measures with these ids and creates the given ones, linking their tasks. */
    public void replaceMeasures(List<String> removed, List<MeasureRows.Measure> created) {
        replaceMeasures(removed, created, List.of());
    }

    /**
     * Removes the measures with these ids, creates the given ones, linking their tasks, and updates the stored
     * measures whose members changed (only the links of the tasks that join or leave them are written). The stored
     * conflicts of the measures removed, created or whose id changes are written again whole; those of a measure
     * updated under its id only in the groups of the tasks that leave it (read now) and join it (read at the end).
     */
    public void replaceMeasures(List<String> removed, List<MeasureRows.Measure> created,
                                List<MeasureRows.MeasureChange> changed) {
        wholeMeasures.addAll(removed);
        created.forEach(m -> wholeMeasures.add(m.id()));
        List<String> dropped = new ArrayList<>();
        for (MeasureRows.MeasureChange c : changed) {
            if (c.stored().equals(c.id())) {
                dropped.addAll(c.dropped());
                conflictTasks.addAll(c.added());
            } else {
                wholeMeasures.add(c.stored());
                wholeMeasures.add(c.id());
            }
        }
        conflictGroups.addAll(OwnershipConflicts.groupsOf(tx, queries, dropped, List.of(), List.of()));
        if (!removed.isEmpty()) {
            run(WriteQuery.MEASURES_DELETE, new Ids(removed));
        }
        if (!changed.isEmpty()) {
            run(WriteQuery.MEASURES_UPDATE, new Rows<>(changed));
        }
        if (!created.isEmpty()) {
            run(WriteQuery.MEASURES_CREATE, new Rows<>(created));
        }
    }

    /**
     * Links documents to the regions they are issued in. The conflict groups of the tasks of those documents not
     * written in this transaction are read before (a region they leave) and after (the region they enter).
     */
    public void linkRegions(List<MeasureRows.DocumentRegion> rows) {
        List<String> stored = rows.stream().map(MeasureRows.DocumentRegion::document)
                .filter(d -> !writtenDocuments.contains(d)).distinct().toList();
        conflictGroups.addAll(OwnershipConflicts.groupsOf(tx, queries, List.of(), List.of(), stored));
        rows.forEach(r -> conflictDocuments.add(r.document()));
        if (!rows.isEmpty()) {
            run(WriteQuery.DOCUMENT_REGIONS_LINK, new Rows<>(rows));
        }
    }

    /** Merges regions and their PART_OF links. */
    public void mergeRegions(List<MeasureRows.Region> rows) {
        if (!rows.isEmpty()) {
            run(WriteQuery.REGIONS_MERGE, new Rows<>(rows));
        }
    }

    /** Deletes at most {@code limit} SAME_MEASURE links; returns how many. */
    public long deleteSomePairs(long limit) {
        return count(WriteQuery.SAME_MEASURE_DELETE_SOME, new Limit(limit));
    }

    /** Deletes at most {@code limit} measures, and their stored conflicts; returns how many. */
    public long deleteSomeMeasures(long limit) {
        long deleted = count(WriteQuery.MEASURES_DELETE_SOME, new Limit(limit));
        while (OwnershipConflicts.deleteOrphaned(tx, queries, OwnershipConflicts.BATCH * 10L)
                == OwnershipConflicts.BATCH * 10L) {
            // bounded statements
        }
        return deleted;
    }

    /** Records with what version the derived data {@code id} was computed (see graph-state.cypher). */
    public void setState(String id, String version) {
        run(WriteQuery.GRAPH_STATE_SET, new State(id, version));
    }

    /** Notes the conflict groups of the tasks of these documents, before they are removed (replaced or deleted). */
    void noteConflictsBeforeRemoval(List<String> documentIds) {
        conflictGroups.addAll(OwnershipConflicts.groupsOf(tx, queries, List.of(), List.of(), documentIds));
    }

    /** Notes the documents just created (new versions of replaced ones included): their groups are read at the end. */
    void noteWritten(List<String> documentIds) {
        writtenDocuments.addAll(documentIds);
        conflictDocuments.addAll(documentIds);
    }

    /**
     * Stores again the ownership conflicts this transaction may have changed: last in the transaction, after the
     * measures, leads and regions are written. The measures it created or deleted, or whose id it changed, whole; of
     * the others, the groups noted before a change (the tasks of documents removed, tasks that left a measure,
     * documents whose region was linked) and those of the tasks of the documents written, of the documents whose
     * regions were linked and of the tasks that joined a measure, as they are now.
     */
    void refreshConflicts() {
        conflictGroups.addAll(OwnershipConflicts.groupsOf(tx, queries, conflictTasks, List.of(), conflictDocuments));
        OwnershipConflicts.refresh(tx, queries, wholeMeasures, conflictGroups);
        wholeMeasures.clear();
        conflictGroups.clear();
        conflictTasks.clear();
        conflictDocuments.clear();
        writtenDocuments.clear();
    }

    private long count(WriteQuery query, Object parameters) {
        return tx.run(queries.write(query), Parameters.of(parameters)).list(r -> RecordMapper.map(r, Deleted.class))
                .get(0).deleted();
    }

    private void run(WriteQuery query, Object parameters) {
        tx.run(queries.write(query), Parameters.of(parameters)).consume();
    }
}
