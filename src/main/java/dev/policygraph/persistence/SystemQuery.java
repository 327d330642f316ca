package dev.policygraph.persistence;

import java.util.Locale;

/**
 * Administration statements of cypher/system/, one constant per file, run on the system database of the embedded
 * server (users and passwords), never on the graph.
 */
enum SystemQuery {
    USER_PASSWORD_SET;

    String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
