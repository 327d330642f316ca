package dev.policygraph.analysis;

import dev.policygraph.persistence.GraphQueries;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Finds documents ingested twice in different renderings, such as the web text and the PDF text of one plan. */
@Component
public class DuplicateDocuments {

    /** Share of common numbered tasks above which two documents count as one. */
    static final double MIN_OVERLAP = 0.9;

    private final GraphQueries queries;

    DuplicateDocuments(GraphQueries queries) {
        this.queries = queries;
    }

    public List<DocumentPair> find() {
        return queries.read("duplicate-documents", Map.of("minOverlap", MIN_OVERLAP),
                r -> new DocumentPair(r.get("first").asString(), r.get("second").asString(),
                        r.get("similarity").asDouble(), r.get("reason").asString()));
    }
}
