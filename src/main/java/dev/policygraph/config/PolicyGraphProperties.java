package dev.policygraph.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
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
 * @param security               who may read and write (issue 10)
 * @param timeZone               the zone whose calendar says what today is, for overdue tasks
 */
@ConfigurationProperties("policygraph")
public record PolicyGraphProperties(@DefaultValue Neo4j neo4j, @DefaultValue Seeds seeds,
                                    @DefaultValue Graphql graphql,
                                    @DefaultValue("true") boolean reparseStaleDocuments,
                                    @DefaultValue Security security,
                                    @DefaultValue("Asia/Shanghai") String timeZone) {

    public PolicyGraphProperties {
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("policygraph.time-zone must be a time zone such as Asia/Shanghai, was "
                    + timeZone);
        }
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /**
     * Who may do what. Writes always need an authenticated caller with a role; reads need one too unless
     * {@code anonymousReads} (by default: when the server listens on a loopback address only).
     *
     * @param users                 people, each with a name, a hashed password ({bcrypt}... as printed by
     *                              {@code hash-password}) and a role
     * @param tokens                API tokens for programs, each with a name, the SHA-256 of the token (as printed by
     *                              {@code new-token}) and a role; sent as {@code Authorization: Bearer TOKEN}
     * @param anonymousReads        true: anyone may read; false: reads need a role too; null: true on a loopback
     *                              address only
     * @param generatedPasswordFile where the password of the generated {@code admin} account is kept (owner-only), used
     *                              when no user or token is configured and the server listens on a loopback address
     */
    public record Security(@DefaultValue List<User> users, @DefaultValue List<Token> tokens,
                           @Nullable Boolean anonymousReads,
                           @DefaultValue("data/admin-password") Path generatedPasswordFile) {

        public Security {
            users = List.copyOf(users);
            tokens = List.copyOf(tokens);
            List<String> names = new java.util.ArrayList<>();
            users.forEach(u -> names.add(u.name()));
            tokens.forEach(t -> names.add(t.name()));
            if (names.stream().distinct().count() != names.size()) {
                throw new IllegalArgumentException("policygraph.security: every user and token needs a name of its "
                        + "own, but " + names + " repeats one");
            }
        }

        /** What a caller may do; each role may do what the roles before it may. */
        public enum Role {
            /** Read the graph, export the ledger. */
            VIEWER,
            /** And report progress, correct responsibilities and units (assign, remove, alias, parent). */
            COORDINATOR,
            /** And ingest and delete documents, merge units. */
            ADMIN
        }

        /**
         * @param name     the login name
         * @param password the password's hash with its algorithm, {bcrypt}$2a$10$...; a plain password is refused
         * @param role     what the user may do
         */
        public record User(String name, String password, Role role) {

            public User {
                if (name == null || name.isBlank() || name.contains(":")) {
                    throw new IllegalArgumentException("policygraph.security.users: a user needs a name without ':'");
                }
                if (password == null || !password.matches("\\{(bcrypt|pbkdf2|argon2|scrypt)[^}]*}.+")) {
                    throw new IllegalArgumentException("policygraph.security.users: the password of " + name
                            + " must be a hash such as {bcrypt}$2a$10$... (java -jar policy-graph.jar hash-password"
                            + " prints one), not the password itself");
                }
                if (role == null) {
                    throw new IllegalArgumentException("policygraph.security.users: " + name + " needs a role: "
                            + "VIEWER, COORDINATOR or ADMIN");
                }
            }
        }

        /**
         * @param name   who uses the token (shown in the audit journal)
         * @param sha256 the SHA-256 of the token, in hex
         * @param role   what the token may do
         */
        public record Token(String name, String sha256, Role role) {

            public Token {
                if (name == null || name.isBlank()) {
                    throw new IllegalArgumentException("policygraph.security.tokens: a token needs a name");
                }
                if (sha256 == null || !sha256.toLowerCase(Locale.ROOT).matches("[0-9a-f]{64}")) {
                    throw new IllegalArgumentException("policygraph.security.tokens: the sha256 of " + name
                            + " must be 64 hex digits (java -jar policy-graph.jar new-token prints a token and it)");
                }
                sha256 = sha256.toLowerCase(Locale.ROOT);
                if (role == null) {
                    throw new IllegalArgumentException("policygraph.security.tokens: " + name + " needs a role");
                }
            }
        }
    }

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
