package dev.policygraph.loading;

import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParseException;
import dev.policygraph.persistence.GraphQueries;
import dev.policygraph.persistence.ReadQuery;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Parses again every stored document that an older parser version read, from the source text kept with it, so that
 * an upgrade of the parser reaches the graph without re-ingesting files by hand. Documents stored without their
 * source are reported and left as they are.
 */
@Component
public class StaleDocuments {

    private static final Logger log = LoggerFactory.getLogger(StaleDocuments.class);

    record Version(String version) {
    }

    record Stale(String id, String file, @Nullable String source) {
    }

    private final GraphQueries queries;
    private final DocumentLoader loader;

    StaleDocuments(GraphQueries queries, DocumentLoader loader) {
        this.queries = queries;
        this.loader = loader;
    }

    /** Parses the stale documents again; returns how many were replaced. */
    public int reparse() {
        List<Source> sources = new ArrayList<>();
        List<String> withoutSource = new ArrayList<>();
        for (Stale s : queries.list(ReadQuery.DOCUMENTS_STALE, new Version(DocumentParser.VERSION), Stale.class)) {
            if (s.source() == null) {
                withoutSource.add(s.id());
            } else {
                sources.add(new Source(s.file(), s.source().getBytes(StandardCharsets.UTF_8)));
            }
        }
        if (!withoutSource.isEmpty()) {
            log.warn("{} documents were stored by an older parser without their text; ingest their files again: {}",
                    withoutSource.size(), withoutSource);
        }
        if (sources.isEmpty()) {
            return 0;
        }
        try {
            int replaced = loader.load(sources).size();
            log.info("Parsed {} documents again with parser version {}", replaced, DocumentParser.VERSION);
            return replaced;
        } catch (ParseException e) {
            log.error("Stored documents could not be parsed again, the graph is unchanged: {}", e.getMessage());
            return 0;
        }
    }
}
