package dev.policygraph.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Neo4j Community running inside this JVM; Bolt listens on 127.0.0.1 only, without authentication. */
final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final DatabaseManagementService service;
    private final int port;

    private EmbeddedNeo4j(DatabaseManagementService service, int port) {
        this.service = service;
        this.port = port;
    }

    static EmbeddedNeo4j start(Path home, int requestedPort) {
        int port = freePort(requestedPort);
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the Neo4j data directory " + home, e);
        }
        log.info("Starting embedded Neo4j in {} with Bolt on {}:{}", home.toAbsolutePath(), LOOPBACK, port);
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                .build();
        return new EmbeddedNeo4j(service, port);
    }

    String boltUri() {
        return "bolt://" + LOOPBACK + ":" + port;
    }

    @Override
    public void close() {
        log.info("Stopping embedded Neo4j");
        service.shutdown();
    }

    /** The requested port when it is free, else any free port (so a second copy or a local server does not clash). */
    private static int freePort(int requested) {
        if (requested > 0 && available(requested)) {
            return requested;
        }
        if (requested > 0) {
            log.warn("Port {} is taken; embedded Neo4j will listen on another port", requested);
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + LOOPBACK + " for Bolt", e);
        }
    }

    private static boolean available(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(LOOPBACK))) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
