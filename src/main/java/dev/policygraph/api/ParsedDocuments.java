package dev.policygraph.api;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Query texts parsed and validated once: a dashboard sends the same few texts again and again (with other
 * variables), and parsing and validating one was about a twentieth of a small request's time. The last {@link #SIZE}
 * valid documents are kept by their text; a text that fails to parse or validate is never kept, so its errors are
 * always those of this request. The limits on a query's shape, depth and cost are checked when it is executed
 * ({@link QueryShape}, {@link QueryLimits}), for every request, whether its document was kept or not.
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocuments implements PreparsedDocumentProvider {

    /** How many documents are kept (the least recently used goes first). */
    static final int SIZE = 500;

    private final Map<String, PreparsedDocumentEntry> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
            return size() > SIZE;
        }
    };

    @Bean
    GraphQlSourceBuilderCustomizer parsedDocumentsKept() {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String text = input.getQuery();
        PreparsedDocumentEntry entry;
        synchronized (kept) {
            entry = kept.get(text);
        }
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            if (!entry.hasErrors()) {
                synchronized (kept) {
                    kept.put(text, entry);
                }
            }
        }
        return CompletableFuture.completedFuture(entry);
    }

    /** Whether the document of this query text is kept. */
    boolean keeps(String text) {
        synchronized (kept) {
            return kept.containsKey(text);
        }
    }
}
