package dev.policygraph.loading;

import dev.policygraph.config.PolicyGraphProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * What the server does with the graph once it is open (the schema is in place by then), in this order: parse again
 * the documents an older parser version read, then load the seeds if the graph holds no document. Only the server
 * does this: the command-line commands do what they say and nothing else.
 */
@Component
@ConditionalOnWebApplication
class StartupLoading implements ApplicationRunner {

    private final PolicyGraphProperties properties;
    private final StaleDocuments stale;
    private final SeedDocuments seeds;

    StartupLoading(PolicyGraphProperties properties, StaleDocuments stale, SeedDocuments seeds) {
        this.properties = properties;
        this.stale = stale;
        this.seeds = seeds;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.reparseStaleDocuments()) {
            stale.reparse();
        }
        if (properties.seeds().loadWhenEmpty()) {
            seeds.loadWhenEmpty();
        }
    }
}
