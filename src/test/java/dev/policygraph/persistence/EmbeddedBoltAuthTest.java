package dev.policygraph.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.policygraph.config.PolicyGraphProperties;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.SecurityException;

/**
 * The embedded server's Bolt port asks for a password: a local process without it can neither read nor write the
 * graph, while the application (which has it) opens the graph and runs its migrations as before.
 */
class EmbeddedBoltAuthTest {

    @TempDir
    Path parent;

    Path home;

    @org.junit.jupiter.api.BeforeEach
    void home() {
        home = parent.resolve("neo4j");
    }

    @Test
    void boltRefusesClientsWithoutThePasswordGeneratedIntoTheDataDirectoryOrConfigured() throws IOException {
        int port = freePort();
        Path file = home.resolve(EmbeddedNeo4j.PASSWORD_FILE);
        try (Database database = Database.open(settings(port, ""), new CypherQueries())) {
            assertThat(file).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwx------");
            String password = Files.readString(file).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(32);

            assertRefused(port, AuthTokens.none());
            assertRefused(port, AuthTokens.basic("neo4j", "neo4j"));
            assertRefused(port, AuthTokens.basic("neo4j", password + "x"));
            assertThat(migrations(port, AuthTokens.basic("neo4j", password))).isPositive();
            // the application's own driver works: it ran the migrations, and reads
            assertThat(new GraphQueries(database, new CypherQueries()).list(ReadQuery.MIGRATIONS_APPLIED, Map.of(),
                    Migrations.Applied.class)).isNotEmpty();
        }
        String generated = Files.readString(file).strip();
        try (Database ignored = Database.open(settings(port, "a configured secret"), new CypherQueries())) {
            assertThat(migrations(port, AuthTokens.basic("neo4j", "a configured secret"))).isPositive();
            assertRefused(port, AuthTokens.basic("neo4j", generated));
            assertRefused(port, AuthTokens.none());
            // a second process on the same directory is told that the graph is in use
            assertThatThrownBy(() -> Database.open(settings(freePort(), ""), new CypherQueries()))
                    .isInstanceOf(GraphInUseException.class)
                    .hasMessageContaining("in use by another process")
                    .hasMessageContaining(home.toAbsolutePath().toString());
        }
        assertThat(Files.readString(file).strip()).as("the generated password stays for later starts without one")
                .isEqualTo(generated);
    }

    private PolicyGraphProperties.Neo4j settings(int port, String boltPassword) {
        return new PolicyGraphProperties.Neo4j("", "neo4j", "", home, port, boltPassword);
    }

    private static long migrations(int port, AuthToken auth) {
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, auth);
             var session = driver.session()) {
            return session.executeRead(tx -> tx.run(SCHEMA_MIGRATIONS).list(r -> RecordMapper.map(r, Version.class)))
                    .size();
        }
    }

    private static final String SCHEMA_MIGRATIONS = CypherQueries.load("classpath*:cypher/test/*.cypher")
            .get("schema-migrations");

    record Version(long version) {
    }

    private static void assertRefused(int port, AuthToken auth) {
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, auth)) {
            assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(SecurityException.class);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
