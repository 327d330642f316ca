package dev.policygraph.analysis;

import dev.policygraph.graph.Document;
import dev.policygraph.persistence.GraphQueries;
import dev.policygraph.persistence.ReadQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Documents ingested twice in different renderings, such as the web text and the PDF text of one plan. The pairs are
 * found when documents are written ({@link #pairsFor}: candidates by index seeks, {@link DuplicateRule} decides) and
 * stored as DUPLICATE_OF relationships, so that {@link #page} is a read.
 */
@Component
public class DuplicateDocuments {

    record Id(String id) {
    }

    record Candidates(List<Candidate> documents, List<String> ids) {
    }

    record Candidate(String id, String fingerprint, @Nullable String docNumber, String titleKey, List<String> sketch) {
    }

    record Ids(List<String> ids) {
    }

    private final GraphQueries queries;

    DuplicateDocuments(GraphQueries queries) {
        this.queries = queries;
    }

    /** A stored duplicate pair with its documents (the GraphQL DocumentPair). */
    public record Found(Document first, Document second, double similarity, DuplicateReason reason) {
    }

    /**
     * A page of the stored pairs, ordered by first and second id: after the first {@code skip}, at most {@code limit},
     * a read of an index in its order. Of the documents, the properties the GraphQL fields {@code documentFields}
     * show (the id always).
     */
    public List<Found> page(Collection<String> documentFields, long skip, long limit) {
        return queries.duplicatePairs(documentFields, skip, limit).stream()
                .map(p -> new Found(p.first(), p.second(), p.similarity(), DuplicateReason.valueOf(p.reason())))
                .toList();
    }

    /**
     * The duplicate pairs that documents about to be written form with each other and with the stored documents
     * (stored documents with the ids of the batch are left out: the batch replaces them). Each pair once, the smaller
     * id first.
     */
    public List<DocumentPair> pairsFor(List<DocumentSignature> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        List<Candidate> keys = batch.stream().map(s -> new Candidate(s.id(), s.fingerprint(), s.docNumber(),
                s.titleKey(), DuplicateRule.sketch(s.taskKeys()))).toList();
        List<String> batchIds = batch.stream().map(DocumentSignature::id).toList();
        List<String> stored = queries.list(ReadQuery.DUPLICATE_CANDIDATES, new Candidates(keys, batchIds), Id.class)
                .stream().map(Id::id).toList();
        DuplicateIndex index = new DuplicateIndex();
        if (!stored.isEmpty()) {
            queries.list(ReadQuery.DOCUMENT_SIGNATURES, new Ids(stored), DocumentSignature.class).forEach(index::add);
        }
        List<DocumentPair> out = new ArrayList<>();
        for (DocumentSignature s : batch) {
            for (int i : index.candidates(s)) {
                DocumentSignature other = index.get(i);
                if (other.id().equals(s.id())) {
                    continue;
                }
                DuplicateRule.compare(other, s).ifPresent(m -> out.add(s.id().compareTo(other.id()) < 0
                        ? new DocumentPair(s.id(), other.id(), m.similarity(), m.reason())
                        : new DocumentPair(other.id(), s.id(), m.similarity(), m.reason())));
            }
            index.add(s);
        }
        return out;
    }
}
