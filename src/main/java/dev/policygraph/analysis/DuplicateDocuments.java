package dev.policygraph.analysis;

import dev.policygraph.persistence.GraphQueries;
import dev.policygraph.persistence.ReadQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Finds documents ingested twice in different renderings, such as the web text and the PDF text of one plan:
 * candidate pairs come from index lookups in the graph, {@link DuplicateRule} decides.
 */
@Component
public class DuplicateDocuments {

    record Candidate(String first, String second) {
    }

    record Ids(List<String> ids) {
    }

    private final GraphQueries queries;

    DuplicateDocuments(GraphQueries queries) {
        this.queries = queries;
    }

    /** Every duplicate pair, ordered by first and second id. */
    public List<DocumentPair> find() {
        List<Candidate> candidates = queries.list(ReadQuery.DUPLICATE_CANDIDATES, Map.of(), Candidate.class);
        List<String> ids = candidates.stream().flatMap(c -> Stream.of(c.first(), c.second())).distinct().toList();
        Map<String, DocumentSignature> signatures = queries.list(ReadQuery.DOCUMENT_SIGNATURES, new Ids(ids),
                DocumentSignature.class).stream().collect(Collectors.toMap(DocumentSignature::id, Function.identity()));
        List<DocumentPair> out = new ArrayList<>();
        for (Candidate c : candidates) {
            DuplicateRule.compare(signatures.get(c.first()), signatures.get(c.second())).ifPresent(m ->
                    out.add(new DocumentPair(c.first(), c.second(), m.similarity(), m.reason())));
        }
        return out;
    }
}
