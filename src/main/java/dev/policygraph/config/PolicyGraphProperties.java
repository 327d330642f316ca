package dev.policygraph.config;

import java.nio.file.Path;
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
     * With no {@code uri} the application starts Neo4j embedded, in-process, with Bolt on 127.0.0.1 and its files
     * under {@code dataDirectory}; with a {@code uri} (NEO4J_URI) it talks to that server.
     *
     * @param uri           bolt:// or neo4j:// address of an external server or cluster; blank for embedded
     * @param username      user for the external server; blank for none
     * @param password      password for the external server
     * @param dataDirectory home of the embedded database; it survives restarts
     * @param boltPort      port the embedded Bolt connector listens on (127.0.0.1 only); 0 picks a free port
     */
    public record Neo4j(@Nullable String uri, @DefaultValue("neo4j") String username, @DefaultValue("") String password,
                        @DefaultValue("data/neo4j") Path dataDirectory, @DefaultValue("7687") int boltPort) {

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
     * @param maxDepth deepest nesting a GraphQL query may have
     */
    public record Graphql(@DefaultValue("15") int maxDepth) {

        public Graphql {
            if (maxDepth < 1) {
                throw new IllegalArgumentException("policygraph.graphql.max-depth must be at least 1, was " + maxDepth);
            }
        }
    }
}
