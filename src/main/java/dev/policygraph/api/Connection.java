package dev.policygraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * A page of any node type in the GraphQL connection shape (MeasureConnection, TaskPairConnection, ...), with the
 * cursors of {@link TaskConnection}. totalCount is what {@code total} gives, asked only when a client selects it.
 */
record Connection<T>(List<Edge<T>> edges, TaskConnection.PageInfo pageInfo, LongSupplier total) {

    record Edge<T>(String cursor, T node) {
    }

    /** The number of all items (GraphQL field totalCount): counted only when selected. */
    public long totalCount() {
        return total.getAsLong();
    }

    /** A page of {@code nodes} after the first {@code skip} of {@code total}. */
    static <T> Connection<T> of(List<T> nodes, int skip, long total) {
        return new Connection<>(edges(nodes, skip), new TaskConnection.PageInfo(skip + nodes.size() < total,
                endCursor(nodes, skip)), () -> total);
    }

    /** A page of {@code nodes} after the first {@code skip}, whose total {@code count} gives when it is selected. */
    static <T> Connection<T> of(List<T> nodes, int skip, boolean hasNextPage, LongSupplier count) {
        return new Connection<>(edges(nodes, skip), new TaskConnection.PageInfo(hasNextPage, endCursor(nodes, skip)),
                count);
    }

    /** The first {@code limit} of {@code found}, a list read with one item more than a page to tell if more follow. */
    static <T> List<T> page(List<T> found, int limit) {
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    private static <T> List<Edge<T>> edges(List<T> nodes, int skip) {
        List<Edge<T>> edges = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            edges.add(new Edge<>(TaskConnection.cursor(skip + i), nodes.get(i)));
        }
        return edges;
    }

    private static <T> String endCursor(List<T> nodes, int skip) {
        return nodes.isEmpty() ? null : TaskConnection.cursor(skip + nodes.size() - 1);
    }

    /** The page size asked for: {@code fallback} when none, else between 0 and {@link QueryController#MAX_PAGE}. */
    static int limit(Integer first, int fallback) {
        int limit = first == null ? fallback : first;
        if (limit < 0 || limit > QueryController.MAX_PAGE) {
            throw new InvalidRequestException("first must be between 0 and " + QueryController.MAX_PAGE + ", was "
                    + limit);
        }
        return limit;
    }
}
