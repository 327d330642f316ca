package dev.policygraph.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies cypher/migrations/V{n}__{description}.cypher in version order, each once, and records it as a
 * SchemaMigration node with its checksum. A migration whose file changed after it was applied is an error. Each
 * statement of a file runs in a transaction of its own (so that CALL ... IN TRANSACTIONS works).
 */
final class Migrations {

    private static final Logger log = LoggerFactory.getLogger(Migrations.class);
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)");

    record Migration(int version, String description, String cypher) {

        String checksum() {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(cypher.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        List<String> statements() {
            return CypherScript.statements(cypher);
        }
    }

    /** A SchemaMigration node. */
    record Applied(int version, String checksum, String description) {
    }

    private final Driver driver;
    private final CypherQueries queries;

    Migrations(Driver driver, CypherQueries queries) {
        this.driver = driver;
        this.queries = queries;
    }

    static List<Migration> onClasspath() {
        List<Migration> out = new ArrayList<>();
        CypherQueries.load("classpath*:cypher/migrations/V*.cypher").forEach((name, cypher) -> {
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                throw new IllegalStateException("Migration file name must be V<n>__<description>.cypher: " + name);
            }
            out.add(new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), cypher));
        });
        out.sort((a, b) -> Integer.compare(a.version(), b.version()));
        return out;
    }

    /** Applies what is not yet applied and waits for the indexes; returns the versions applied now. */
    List<Integer> apply() {
        Map<Integer, String> applied = new HashMap<>();
        try (var session = driver.session()) {
            session.executeRead(tx -> tx.run(queries.read(ReadQuery.MIGRATIONS_APPLIED))
                            .list(r -> RecordMapper.map(r, Applied.class)))
                    .forEach(a -> applied.put(a.version(), a.checksum()));
        }
        List<Integer> done = new ArrayList<>();
        for (Migration m : onClasspath()) {
            String checksum = applied.get(m.version());
            if (checksum != null) {
                if (!checksum.equals(m.checksum())) {
                    throw new IllegalStateException("Migration V" + m.version() + " (" + m.description()
                            + ") was changed after it was applied; add a new migration instead");
                }
                continue;
            }
            try (var session = driver.session()) {
                for (String statement : m.statements()) {
                    session.run(statement).consume();
                }
                session.executeWriteWithoutResult(tx -> tx.run(queries.write(WriteQuery.MIGRATION_RECORD),
                        Parameters.of(new Applied(m.version(), m.checksum(), m.description()))));
            }
            log.info("Applied migration V{} {}", m.version(), m.description());
            done.add(m.version());
        }
        try (var session = driver.session()) {
            session.run(queries.read(ReadQuery.INDEXES_AWAIT)).consume();
        }
        return done;
    }
}
