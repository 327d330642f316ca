package dev.policygraph;

import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The one Neo4j of a test JVM. NEO4J_URI (with NEO4J_USERNAME / NEO4J_PASSWORD) selects an external server;
 * otherwise a Testcontainers Neo4j when a Docker engine answers; otherwise neo4j-harness in-process, without its
 * HTTP server. Started on first use, stopped when the JVM exits.
 */
public final class TestNeo4j {

    /** Where the tests' graph lives. */
    public record Server(String uri, String username, String password, String kind) {
    }

    private static Server server;

    private TestNeo4j() {
    }

    public static synchronized Server server() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    private static Server start() {
        String external = System.getenv("NEO4J_URI");
        if (external != null && !external.isBlank()) {
            return new Server(external, System.getenv().getOrDefault("NEO4J_USERNAME", "neo4j"),
                    System.getenv().getOrDefault("NEO4J_PASSWORD", ""), "external");
        }
        if (dockerAnswers()) {
            Neo4jContainer container = new Neo4jContainer("neo4j:5.26-community").withoutAuthentication();
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Server(container.getBoltUrl(), "neo4j", "", "testcontainers");
        }
        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
        return new Server(neo4j.boltURI().toString(), "neo4j", "", "harness");
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
