package dev.policygraph.config;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code policygraph.*} setting, bound once at start-up (see application.properties for the environment
 * variables that set them). A value out of range stops the start with a message naming the property.
 *
 * @param neo4j                  where the graph lives
 * @param seeds                  the sample documents loaded into an empty graph when the server starts
 * @param graphql                limits of the GraphQL endpoint
 * @param reparseStaleDocuments  when the server starts, parse again the documents an older parser version read
 */
@ConfigurationProperties("policygraph")
public record PolicyGraphProperties(@DefaultValue Neo4j neo4j, @DefaultValue Seeds seeds,
                                    @DefaultValue Graphql graphql,
                                    @DefaultValue("true") boolean reparseStaleDocuments) {

    /**
     * With no {@code uri} the application starts Neo4j embedded, in-process, with Bolt on 127.0.0.1 (password
     * protected) and its files under {@code dataDirectory}; with a {@code uri} (NEO4J_URI) it talks to that server.
     *
     * @param uri           bolt:// or neo4j:// address of an external server or cluster; blank for embedded
     * @param username      user for the external server; blank for none
     * @param password      password for the external server
     * @param dataDirectory home of the embedded database; it survives restarts
     * @param boltPort      port the embedded Bolt connector listens on (127.0.0.1 only); 0 picks a free port
     * @param boltPassword  password of the embedded server's Bolt user neo4j; blank: the one generated into the
     *                      data directory's bolt-password file at the first start
     */
    public record Neo4j(@Nullable String uri, @DefaultValue("neo4j") String username, @DefaultValue("") String password,
                        @DefaultValue("data/neo4j") Path dataDirectory, @DefaultValue("7687") int boltPort,
                        @DefaultValue("") String boltPassword) {

        public Neo4j {
            if (boltPort < 0 || boltPort > 65535) {
                throw new IllegalArgumentException("policygraph.neo4j.bolt-port must be a port number (0 for any free"
                        + " port), was " + boltPort);
            }
        }

        public boolean embedded() {
            return uri == null || uri.isBlank();
        }
    }

    /**
     * @param loadWhenEmpty load the seeds when the server starts on a graph without documents
     * @param directory     the .txt files to load; when it does not exist, the copies packaged with the application
     */
    public record Seeds(@DefaultValue("true") boolean loadWhenEmpty, @DefaultValue("seeds") Path directory) {
    }

    /**
     * What one GraphQL request may cost: checked before it runs (size, shape, estimated cost) and while it runs (time,
     * rows). A request over a limit is refused with a BAD_REQUEST error naming the limit.
     *
     * @param maxDepth          deepest nesting a query may have
     * @param maxComplexity     highest estimated cost: each field counts 1 plus what it selects, a list field that
     *                          times its size ({@code first}/{@code limit}, else {@code defaultListSize})
     * @param defaultListSize   the size assumed for a list field without {@code first}/{@code limit}
     * @param maxFields         most fields a query may select (fragments counted where they are spread)
     * @param maxAliases        most aliased fields in a query
     * @param maxDocumentChars  longest query text, in characters
     * @param maxVariablesChars most characters of variables (names and values) a query may send
     * @param maxListItems      most items any one list of the answer may hold
     * @param maxResultItems    most list items the whole answer may hold
     * @param timeout           longest a request may run; its database transactions are cancelled after it
     */
    public record Graphql(@DefaultValue("15") int maxDepth, @DefaultValue("20000") int maxComplexity,
                          @DefaultValue("5") int defaultListSize, @DefaultValue("500") int maxFields,
                          @DefaultValue("30") int maxAliases, @DefaultValue("32768") int maxDocumentChars,
                          @DefaultValue("16384") int maxVariablesChars, @DefaultValue("2000") int maxListItems,
                          @DefaultValue("50000") int maxResultItems, @DefaultValue("30s") Duration timeout) {

        public Graphql {
            atLeast("max-depth", maxDepth, 1);
            atLeast("max-complexity", maxComplexity, 1);
            atLeast("default-list-size", defaultListSize, 1);
            atLeast("max-fields", maxFields, 1);
            atLeast("max-aliases", maxAliases, 0);
            atLeast("max-document-chars", maxDocumentChars, 1);
            atLeast("max-variables-chars", maxVariablesChars, 0);
            atLeast("max-list-items", maxListItems, 1);
            atLeast("max-result-items", maxResultItems, 1);
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("policygraph.graphql.timeout must be positive, was " + timeout);
            }
        }

        private static void atLeast(String name, int value, int least) {
            if (value < least) {
                throw new IllegalArgumentException("policygraph.graphql." + name + " must be at least " + least
                        + ", was " + value);
            }
        }
    }
}
