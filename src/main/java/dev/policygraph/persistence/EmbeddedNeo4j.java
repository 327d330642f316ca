package dev.policygraph.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j Community running inside this JVM. Bolt listens on 127.0.0.1 only and asks for a password: the user
 * {@code neo4j} with the password given in the configuration (POLICYGRAPH_BOLT_PASSWORD) or, without one, the one in
 * the data directory's {@value #PASSWORD_FILE} file, generated at the first start and readable by its owner alone.
 * Another local process can read or change the graph only with that password.
 */
final class EmbeddedNeo4j implements AutoCloseable {

    static final String PASSWORD_FILE = "bolt-password";
    static final String USER = "neo4j";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final DatabaseManagementService service;
    private final int port;
    private final String password;

    private EmbeddedNeo4j(DatabaseManagementService service, int port, String password) {
        this.service = service;
        this.port = port;
        this.password = password;
    }

    /**
     * Starts the server on {@code home}; {@code configuredPassword} blank means the password file's. Throws
     * {@link GraphInUseException} when another process holds the directory.
     */
    static EmbeddedNeo4j start(Path home, int requestedPort, String configuredPassword, CypherQueries queries) {
        int port = freePort(requestedPort);
        String password = configuredPassword.isBlank() ? passwordFile(home) : configuredPassword;
        log.info("Starting embedded Neo4j in {} with Bolt on {}:{}", home.toAbsolutePath(), LOOPBACK, port);
        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                    .build();
        } catch (RuntimeException e) {
            throw GraphInUseException.isLock(e) ? new GraphInUseException(home, e) : e;
        }
        try {
            // in-process calls need no password; this sets the one Bolt clients must give
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    queries.system(SystemQuery.USER_PASSWORD_SET), Map.of("password", password));
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                service.shutdown();
                throw e;
            }
        }
        return new EmbeddedNeo4j(service, port, password);
    }

    String boltUri() {
        return "bolt://" + LOOPBACK + ":" + port;
    }

    AuthToken authToken() {
        return AuthTokens.basic(USER, password);
    }

    @Override
    public void close() {
        log.info("Stopping embedded Neo4j");
        service.shutdown();
    }

    /**
     * The password in {@code home}/bolt-password, written there (owner read/write only) at the first start. The
     * directory itself is created readable by its owner alone.
     */
    static String passwordFile(Path home) {
        Path file = home.resolve(PASSWORD_FILE);
        try {
            if (!Files.isDirectory(home)) {
                Files.createDirectories(home);
                ownerOnly(home, "rwx------");
            }
            if (!Files.exists(file)) {
                byte[] random = new byte[24];
                new SecureRandom().nextBytes(random);
                String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                try {
                    Files.createFile(file);
                    ownerOnly(file, "rw-------");
                    Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
                    log.info("Generated the Bolt password of the embedded Neo4j into {}", file.toAbsolutePath());
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first: use theirs
                }
            }
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) {
                throw new IllegalStateException(file.toAbsolutePath() + " is empty; delete it to have a password "
                        + "generated, or set POLICYGRAPH_BOLT_PASSWORD");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the Bolt password file " + file.toAbsolutePath(), e);
        }
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            log.warn("Cannot restrict {} to its owner on this file system", path.toAbsolutePath());
        }
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
