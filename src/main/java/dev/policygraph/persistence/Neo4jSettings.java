package dev.policygraph.persistence;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the graph lives. With no {@code uri} the application starts Neo4j embedded, in-process, with Bolt on
 * 127.0.0.1 and its files under {@code dataDirectory}; with a {@code uri} (NEO4J_URI) it talks to that server.
 *
 * @param uri           bolt:// or neo4j:// address of an external server or cluster, blank for embedded
 * @param username      user for the external server
 * @param password      password for the external server
 * @param dataDirectory home of the embedded database; it survives restarts
 * @param boltPort      port the embedded Bolt connector listens on (127.0.0.1 only); 0 picks a free port
 */
@ConfigurationProperties("policygraph.neo4j")
public record Neo4jSettings(String uri, String username, String password, Path dataDirectory, int boltPort) {

    boolean embedded() {
        return uri == null || uri.isBlank();
    }
}
