package dev.policygraph.persistence;

import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParsedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Writes parsed documents into the graph. A batch is one transaction: either every document of it is in the
 * graph afterwards or none is. A document whose content is unchanged is left alone; a changed one is replaced.
 */
@Component
public class GraphWriter {

    /** What happened to one document. */
    public enum Outcome { CREATED, REPLACED, UNCHANGED }

    /** The outcome for the document stored under {@code documentId}. */
    public record Written(String documentId, String file, Outcome outcome) {
    }

    private final Driver driver;
    private final CypherQueries queries;

    GraphWriter(Driver driver, CypherQueries queries, GraphSchema schema) {
        this.driver = driver;
        this.queries = queries;
    }

    /** Writes all documents in one transaction. Two documents with the same id in one batch are an error. */
    public List<Written> write(List<ParsedDocument> documents) {
        List<GraphRows> rows = documents.stream().map(GraphRows::of).toList();
        long distinct = rows.stream().map(GraphRows::documentId).distinct().count();
        if (distinct != rows.size()) {
            throw new IllegalArgumentException("Two files of the batch have the same name (document id); "
                    + "ingest them separately or rename one");
        }
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                List<Written> out = new ArrayList<>();
                for (GraphRows r : rows) {
                    out.add(write(tx, r));
                }
                deleteUnreferenced(tx);
                return out;
            });
        }
    }

    /** Removes the documents with these ids, and units and schools only they mentioned; returns how many existed. */
    public int delete(List<String> documentIds) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                int existed = 0;
                for (String id : documentIds) {
                    existed += deleteDocument(tx, id);
                }
                deleteUnreferenced(tx);
                return existed;
            });
        }
    }

    private int deleteDocument(TransactionContext tx, String id) {
        return tx.run(queries.get("document-delete"), Map.of("id", id)).single().get("deleted").asInt();
    }

    private void deleteUnreferenced(TransactionContext tx) {
        while (tx.run(queries.get("units-unreferenced-delete")).single().get("deleted").asLong() > 0) {
            // parents lose their last child in one round and go in the next
        }
        tx.run(queries.get("schools-unreferenced-delete")).consume();
    }

    private Written write(TransactionContext tx, GraphRows r) {
        var existing = tx.run(queries.get("document-content-hash"), Map.of("id", r.documentId())).list();
        Outcome outcome = Outcome.CREATED;
        if (!existing.isEmpty()) {
            Value hash = existing.get(0).get("contentHash");
            Value version = existing.get(0).get("parserVersion");
            if (!hash.isNull() && hash.asString().equals(r.contentHash())
                    && !version.isNull() && version.asString().equals(DocumentParser.VERSION)) {
                return new Written(r.documentId(), r.file(), Outcome.UNCHANGED);
            }
            deleteDocument(tx, r.documentId());
            outcome = Outcome.REPLACED;
        }
        String documentId = r.documentId();
        tx.run(queries.get("document-create"), Map.of("document", r.document())).consume();
        tx.run(queries.get("source-create"), Map.of("documentId", documentId, "text", r.source())).consume();
        tx.run(queries.get("issuers-link"), Map.of("documentId", documentId, "issuers", r.issuers())).consume();
        tx.run(queries.get("sections-create"), Map.of("documentId", documentId, "sections", r.sections())).consume();
        tx.run(queries.get("tasks-create"), Map.of("documentId", documentId, "tasks", r.tasks())).consume();
        tx.run(queries.get("units-link"), Map.of("links", r.unitLinks())).consume();
        tx.run(queries.get("units-parent"), Map.of("parents", r.unitParents())).consume();
        tx.run(queries.get("schools-link"), Map.of("documentId", documentId, "schools", r.schools())).consume();
        tx.run(queries.get("targets-create"), Map.of("documentId", documentId, "targets", r.targets())).consume();
        return new Written(documentId, r.file(), outcome);
    }
}
