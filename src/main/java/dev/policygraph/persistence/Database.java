package dev.policygraph.persistence;

import dev.policygraph.config.PolicyGraphProperties;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * The graph, ready for use: opened in a fixed order, so that nothing reads or writes before the schema is in place.
 * <ol>
 *   <li>the query files were checked ({@link CypherQueries}, which is created before this);</li>
 *   <li>the server: embedded in this JVM unless a URI names one (Bolt with a password: {@link EmbeddedNeo4j});</li>
 *   <li>the driver, its connection verified (transactions begun under a {@link QueryDeadline} get its time left as
 *   their timeout: {@link DeadlineDriver});</li>
 *   <li>the migrations, applied, and the indexes online;</li>
 *   <li>the task tallies, built from the tasks when a graph of an earlier version has none ({@link TaskTally});</li>
 *   <li>the ownership conflicts, stored from the measures when a graph of an earlier version has none, or an earlier
 *   version of them ({@link OwnershipConflicts}).</li>
 * </ol>
 * Everything of persistence that talks to Neo4j takes this, never the driver alone.
 */
final class Database implements AutoCloseable {

    private final @Nullable EmbeddedNeo4j embedded;
    private final Driver driver;

    private Database(@Nullable EmbeddedNeo4j embedded, Driver driver) {
        this.embedded = embedded;
        this.driver = driver;
    }

    static Database open(PolicyGraphProperties.Neo4j settings, CypherQueries queries) {
        EmbeddedNeo4j embedded = settings.embedded()
                ? EmbeddedNeo4j.start(settings.dataDirectory(), settings.boltPort(), settings.boltPassword(), queries)
                : null;
        Driver driver = null;
        try {
            driver = DeadlineDriver.wrap(embedded != null
                    ? GraphDatabase.driver(embedded.boltUri(), embedded.authToken(), driverConfig())
                    : GraphDatabase.driver(settings.uri(), auth(settings), driverConfig()));
            driver.verifyConnectivity();
            new Migrations(driver, queries).apply();
            TaskTally.build(driver, queries);
            OwnershipConflicts.build(driver, queries);
            return new Database(embedded, driver);
        } catch (RuntimeException e) {
            if (driver != null) {
                driver.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    /**
     * The driver's settings: the defaults, but its log written through SLF4J, which formats a message only when its
     * level is on. The driver's own default (System.Logger) formats every message before it is dropped, and the
     * connection logs every Bolt message at debug level: each statement was turned into text with all its parameters
     * (megabytes for a batch of documents, every value through String.format) on the connection's IO thread, the
     * text thrown away, a fifth of what an ingest allocated.
     */
    static Config driverConfig() {
        return Config.builder().withLogging(Logging.slf4j()).build();
    }

    private static AuthToken auth(PolicyGraphProperties.Neo4j settings) {
        return settings.username().isBlank()
                ? AuthTokens.none()
                : AuthTokens.basic(settings.username(), settings.password());
    }

    Driver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
