package dev.policygraph.persistence;

import dev.policygraph.graph.Change;
import dev.policygraph.graph.Document;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes whole documents (with their sections, tasks, targets, units and schools) into the graph, in bulk through
 * the driver: a batch is one transaction and a fixed number of statements however many documents it holds. Either
 * every document of a batch is in the graph afterwards or none is. A document whose content and parser version are
 * unchanged is left alone; a changed one is replaced. Duplicate pairs found for the batch are written with it as
 * DUPLICATE_OF relationships. What is derived from documents (their similar tasks and measures) is written in the
 * same transaction by the application's {@link DocumentWriteHook}, and so are the task tallies ({@link TaskTally}) and
 * the stored ownership conflicts of the measures the write touches ({@link OwnershipConflicts}).
 */
@Component
public class GraphWriter {

    /** What happened to one document. */
    public enum Outcome { CREATED, REPLACED, UNCHANGED }

    /** The outcome for the document stored under {@code documentId}. */
    public record Written(String documentId, String file, Outcome outcome) {
    }

    /**
     * Who writes and when: every document created, replaced or deleted is recorded as a {@link Change} in the same
     * transaction.
     */
    public record Audit(String actor, Instant at) {

        /** The application itself (seeds, documents parsed again after an upgrade). */
        public static Audit system() {
            return new Audit("system", Instant.now());
        }
    }

    /** What the graph holds of a document: compared with a new parse of its file. */
    record StoredVersion(String id, @Nullable String contentHash, @Nullable String parserVersion) {
    }

    record Ids(List<String> ids) {
    }

    /** A stored document read from a file with this SHA-256, with what the parser could not read in it. */
    public record StoredOriginal(String id, String sha256, @Nullable String parserVersion,
                                 @Nullable List<String> warnings) {
    }

    /** Two documents that are one (analysis.DuplicateRule): firstId is the smaller id. */
    public record DuplicateLink(String firstId, String secondId, double similarity, String reason) {
    }

    record Hashes(List<String> hashes) {
    }

    record Rows<R>(List<R> rows) {
    }

    record Deleted(long deleted) {
    }

    private static final Logger log = LoggerFactory.getLogger(GraphWriter.class);

    /** Without a hook (a context without loading), documents are written alone. */
    private static final DocumentWriteHook NO_HOOK = new DocumentWriteHook() {
        @Override
        public <T> T around(Supplier<T> write) {
            return write.get();
        }

        @Override
        public void beforeRemoval(MeasureTransaction tx, List<String> documentIds) {
        }

        @Override
        public void afterWrite(MeasureTransaction tx, List<Document> written, List<String> removed) {
        }
    };

    private final Database database;
    private final CypherQueries queries;
    private final ObjectProvider<DocumentWriteHook> hooks;

    /** {@link DocumentWriteHook#release}: before undoing a run, so that the undo has the heap the run held. */
    public void releaseDerived() {
        hook().release();
    }

    GraphWriter(Database database, CypherQueries queries, ObjectProvider<DocumentWriteHook> hooks) {
        this.database = database;
        this.queries = queries;
        this.hooks = hooks;
    }

    /** Writes all documents in one transaction as the application itself. */
    public List<Written> write(List<Document> documents) {
        return write(documents, List.of(), Audit.system());
    }

    /** Writes all documents in one transaction, with their duplicate pairs, as the application itself. */
    public List<Written> write(List<Document> documents, List<DuplicateLink> duplicates) {
        return write(documents, duplicates, Audit.system());
    }

    /** Writes all documents in one transaction, recording who did it. */
    public List<Written> write(List<Document> documents, Audit audit) {
        return write(documents, List.of(), audit);
    }

    /**
     * Writes all documents in one transaction, and the duplicate pairs among them and with stored documents (a pair
     * of which a document is not in the graph afterwards is skipped), with a Change for each one created or replaced.
     * Two documents with the same id in one batch are an error.
     */
    public List<Written> write(List<Document> documents, List<DuplicateLink> duplicates, Audit audit) {
        long distinct = documents.stream().map(Document::getId).distinct().count();
        if (distinct != documents.size()) {
            throw new IllegalArgumentException("Two files of the batch have the same name (document id); "
                    + "ingest them separately or rename one");
        }
        DocumentWriteHook hook = hook();
        return hook.around(() -> {
            try (var session = database.driver().session()) {
                return session.executeWrite(tx -> write(tx, documents, duplicates, audit, hook));
            }
        });
    }

    private List<Written> write(TransactionContext tx, List<Document> documents, List<DuplicateLink> duplicates,
                                Audit audit, DocumentWriteHook hook) {
        Map<String, StoredVersion> stored = new HashMap<>();
        rows(tx, queries.read(ReadQuery.DOCUMENT_VERSIONS), new Ids(ids(documents)), StoredVersion.class)
                .forEach(v -> stored.put(v.id(), v));
        Map<String, StoredOriginal> sameBytes = new HashMap<>();
        rows(tx, queries.read(ReadQuery.DOCUMENTS_BY_ORIGINAL), new Hashes(hashes(documents)), StoredOriginal.class)
                .forEach(o -> sameBytes.putIfAbsent(o.sha256(), o));
        List<Written> out = new ArrayList<>();
        List<Document> changed = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        for (Document d : documents) {
            StoredVersion v = stored.get(d.getId());
            StoredOriginal same = d.getOriginalSha256() == null ? null : sameBytes.get(d.getOriginalSha256());
            if (v == null && same != null && d.getParserVersion().equals(same.parserVersion())) {
                // the same bytes, stored under another file name: the stored document stands
                out.add(new Written(same.id(), d.getFile(), Outcome.UNCHANGED));
                continue;
            }
            Outcome outcome = v == null ? Outcome.CREATED
                    : d.getContentHash().equals(v.contentHash()) && d.getParserVersion().equals(v.parserVersion())
                    ? Outcome.UNCHANGED : Outcome.REPLACED;
            out.add(new Written(d.getId(), d.getFile(), outcome));
            if (outcome == Outcome.REPLACED) {
                replaced.add(d.getId());
            }
            if (outcome != Outcome.UNCHANGED) {
                changed.add(d);
            }
        }
        if (changed.isEmpty()) {
            deleteUnreferenced(tx);
            return out;
        }
        MeasureTransaction derived = new MeasureTransaction(tx, queries);
        if (!replaced.isEmpty()) {
            derived.noteConflictsBeforeRemoval(replaced);
            hook.beforeRemoval(derived, replaced);
            TaskTally.add(tx, queries, TaskTally.documents(replaced, -1));
            write(tx, WriteQuery.DOCUMENTS_DELETE, new Ids(replaced));
        }
        // the hook's work on the documents alone (the similar-task pairs) runs beside the statements below
        hook.prepare(changed, replaced);
        DocumentRows rows = DocumentRows.of(changed);
        create(tx, rows);
        derived.noteWritten(ids(changed));
        // counted from the rows just written, not read back (the same counts: TaskTallyTest)
        TaskTally.addCreated(tx, queries, rows);
        if (!duplicates.isEmpty()) {
            write(tx, WriteQuery.DUPLICATES_LINK, new Rows<>(duplicates));
        }
        deleteUnreferenced(tx);
        hook.afterWrite(derived, changed, replaced);
        derived.refreshConflicts();
        record(tx, out.stream().filter(w -> w.outcome() != Outcome.UNCHANGED)
                .map(w -> Change.ingested(audit.actor(), audit.at(), w.documentId(), w.file(),
                        w.outcome().name().toLowerCase(java.util.Locale.ROOT)))
                .toList());
        return out;
    }

    /** The stored documents read from files with these SHA-256 hashes (known before anything is parsed). */
    public List<StoredOriginal> storedOriginals(List<String> sha256) {
        try (var session = database.driver().session()) {
            return session.executeRead(tx -> rows(tx, queries.read(ReadQuery.DOCUMENTS_BY_ORIGINAL),
                    new Hashes(sha256), StoredOriginal.class));
        }
    }

    /** Which of these document ids are stored. */
    public List<String> storedIds(List<String> ids) {
        try (var session = database.driver().session()) {
            return session.executeRead(tx -> rows(tx, queries.read(ReadQuery.DOCUMENT_VERSIONS), new Ids(ids),
                    StoredVersion.class)).stream().map(StoredVersion::id).toList();
        }
    }

    private static List<String> hashes(List<Document> documents) {
        return documents.stream().map(Document::getOriginalSha256).filter(java.util.Objects::nonNull).distinct()
                .toList();
    }

    /** Removes the documents with these ids as the application itself (see {@link #delete(List, Audit)}). */
    public int delete(List<String> documentIds) {
        return delete(documentIds, Audit.system());
    }

    /**
     * Removes the documents with these ids, and units and schools only they mentioned, recording a Change for each
     * that existed; returns how many existed. The corrections made to a document before its deletion no longer
     * apply when it is ingested again.
     */
    public int delete(List<String> documentIds, Audit audit) {
        DocumentWriteHook hook = hook();
        return hook.around(() -> {
            try (var session = database.driver().session()) {
                return session.executeWrite(tx -> {
                    List<String> existing = rows(tx, queries.read(ReadQuery.DOCUMENT_VERSIONS), new Ids(documentIds),
                            StoredVersion.class).stream().map(StoredVersion::id).toList();
                    MeasureTransaction derived = new MeasureTransaction(tx, queries);
                    derived.noteConflictsBeforeRemoval(documentIds);
                    hook.beforeRemoval(derived, documentIds);
                    TaskTally.add(tx, queries, TaskTally.documents(existing, -1));
                    long existed = write(tx, WriteQuery.DOCUMENTS_DELETE, new Ids(documentIds), Deleted.class).get(0)
                            .deleted();
                    deleteUnreferenced(tx);
                    hook.afterWrite(derived, List.of(), documentIds);
                    derived.refreshConflicts();
                    record(tx, existing.stream().map(id -> Change.deleted(audit.actor(), audit.at(), id)).toList());
                    return (int) existed;
                });
            }
        });
    }

    private DocumentWriteHook hook() {
        return hooks.getIfAvailable(() -> NO_HOOK);
    }

    private void record(TransactionContext tx, List<Change> changes) {
        if (!changes.isEmpty()) {
            write(tx, WriteQuery.CHANGES_CREATE, new Rows<>(changes.stream().map(ChangeRow::of).toList()));
        }
    }

    private void create(TransactionContext tx, DocumentRows r) {
        write(tx, WriteQuery.UNITS_MERGE, new Rows<>(r.units()));
        write(tx, WriteQuery.SCHOOLS_MERGE, new Rows<>(r.schools()));
        write(tx, WriteQuery.DOCUMENTS_CREATE, new Rows<>(r.documents()));
        write(tx, WriteQuery.REPORTS_TO_LINK, new Rows<>(r.reportsTo()));
    }

    private void deleteUnreferenced(TransactionContext tx) {
        while (write(tx, WriteQuery.UNITS_UNREFERENCED_DELETE, Map.of(), Deleted.class).get(0).deleted() > 0) {
            // parents lose their last child in one round and go in the next
        }
        write(tx, WriteQuery.SCHOOLS_UNREFERENCED_DELETE, Map.of());
    }

    private void write(TransactionContext tx, WriteQuery query, Object parameters) {
        long start = System.nanoTime();
        tx.run(queries.write(query), Parameters.of(parameters)).consume();
        if (log.isDebugEnabled()) {
            log.debug("{}: {} ms", query, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private <R extends Record> List<R> write(TransactionContext tx, WriteQuery query, Object parameters,
                                             Class<R> type) {
        return rows(tx, queries.write(query), parameters, type);
    }

    private static <R extends Record> List<R> rows(TransactionContext tx, String cypher, Object parameters,
                                                   Class<R> type) {
        return tx.run(cypher, Parameters.of(parameters)).list(r -> RecordMapper.map(r, type));
    }

    private static List<String> ids(List<Document> documents) {
        return documents.stream().map(Document::getId).toList();
    }
}
