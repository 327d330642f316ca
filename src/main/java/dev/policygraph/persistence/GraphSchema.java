package dev.policygraph.persistence;

import java.util.List;

/**
 * The graph's constraints and indexes, applied from cypher/migrations when the application starts. Beans that
 * write or read the graph depend on it so that nothing touches the graph before the schema is in place.
 */
public final class GraphSchema {

    private final Migrations migrations;

    GraphSchema(Migrations migrations) {
        this.migrations = migrations;
    }

    List<Integer> apply() {
        return migrations.apply();
    }
}
