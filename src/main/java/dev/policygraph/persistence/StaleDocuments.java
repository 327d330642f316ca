package dev.policygraph.persistence;

import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start-up, parses again every stored document that an older parser version read, from the source text kept on
 * its Document node, so that an upgrade of the parser reaches the graph without re-ingesting files by hand.
 * Documents stored without their source are reported and left as they are.
 */
@Component
@Order(0)
class StaleDocuments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StaleDocuments.class);

    private final GraphQueries queries;
    private final GraphLoader loader;
    private final boolean enabled;

    StaleDocuments(GraphQueries queries, GraphLoader loader,
                   @Value("${policygraph.reparse-stale-documents:true}") boolean enabled) {
        this.queries = queries;
        this.loader = loader;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            reparse();
        }
    }

    /** Parses the stale documents again; returns how many were replaced. */
    int reparse() {
        List<GraphLoader.Source> sources = new ArrayList<>();
        List<String> withoutSource = new ArrayList<>();
        queries.read("documents-stale", Map.of("version", DocumentParser.VERSION), r -> r).forEach(r -> {
            if (r.get("source").isNull()) {
                withoutSource.add(r.get("id").asString());
            } else {
                sources.add(new GraphLoader.Source(r.get("file").asString(),
                        r.get("source").asString().getBytes(StandardCharsets.UTF_8)));
            }
        });
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
