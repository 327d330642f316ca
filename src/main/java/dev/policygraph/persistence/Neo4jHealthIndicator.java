package dev.policygraph.persistence;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Neo4j's part of /actuator/health (and of the readiness probe): UP when the database answers a read within two
 * seconds and holds its schema migrations, else DOWN. The endpoint shows the state alone, never details such as
 * addresses or versions.
 */
@Component
class Neo4jHealthIndicator extends AbstractHealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    record Migrations(long migrations) {
    }

    private final GraphQueries queries;

    Neo4jHealthIndicator(GraphQueries queries) {
        super("Neo4j health check failed");
        this.queries = queries;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long migrations = QueryDeadline.within(TIMEOUT,
                () -> queries.single(ReadQuery.DATABASE_HEALTH, Map.of(), Migrations.class).migrations());
        (migrations > 0 ? builder.up() : builder.down()).withDetail("migrations", migrations);
    }
}
