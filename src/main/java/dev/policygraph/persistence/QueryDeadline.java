package dev.policygraph.persistence;

import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The moment by which the work of the current thread must be done, for example a GraphQL request's: every database
 * transaction begun on this thread while a deadline is set gets the time left as its transaction timeout, so that
 * Neo4j itself cancels a query still running when the time is up (and a transaction is not begun once it is up).
 * Without a deadline (start-up, the command line, ingest) transactions have no timeout.
 */
public final class QueryDeadline {

    private static final ThreadLocal<@Nullable Long> DEADLINE = new ThreadLocal<>();

    private QueryDeadline() {
    }

    /** The deadline of this thread as a {@link System#nanoTime()} value, or null. */
    public static @Nullable Long get() {
        return DEADLINE.get();
    }

    /** Sets the deadline of this thread ({@link System#nanoTime()} value); null clears it. */
    public static void set(@Nullable Long nanoTime) {
        if (nanoTime == null) {
            DEADLINE.remove();
        } else {
            DEADLINE.set(nanoTime);
        }
    }

    public static void clear() {
        DEADLINE.remove();
    }

    /** Runs {@code work} with a deadline {@code budget} from now, then restores the deadline there was. */
    public static <T> T within(Duration budget, Supplier<T> work) {
        Long before = DEADLINE.get();
        set(System.nanoTime() + budget.toNanos());
        try {
            return work.get();
        } finally {
            set(before);
        }
    }

    /** The time left, or null without a deadline; throws when it has passed. */
    static @Nullable Duration remaining() {
        Long deadline = DEADLINE.get();
        if (deadline == null) {
            return null;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new QueryTimeoutException("the request ran out of time before a database query could start", null);
        }
        // the server counts whole milliseconds; never ask for 0, which means no timeout
        return Duration.ofMillis(Math.max(1, left / 1_000_000));
    }

    /**
     * The exception to throw for {@code e}: a {@link QueryTimeoutException} when Neo4j ended the transaction because
     * its timeout passed (the driver's exception may be wrapped, by OGM for example), else {@code e} itself.
     */
    static RuntimeException translate(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof QueryTimeoutException q) {
                return q;
            }
            if (t instanceof Neo4jException n && timedOut(n)) {
                return new QueryTimeoutException("the database cancelled the query when the request's time was up", n);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return e;
    }

    private static boolean timedOut(Neo4jException e) {
        String code = e.code();
        if (code == null) {
            return false;
        }
        if (code.contains("TransactionTimedOut")) {
            return true;
        }
        // a transaction the server terminated when its timeout passed
        Long deadline = DEADLINE.get();
        return code.contains("Terminated") && deadline != null && deadline - System.nanoTime() <= 0;
    }
}
