package dev.policygraph.persistence;

import org.jspecify.annotations.Nullable;

/** The work ran past its {@link QueryDeadline}: the database query was not started, or Neo4j cancelled it. */
public class QueryTimeoutException extends RuntimeException {

    QueryTimeoutException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
