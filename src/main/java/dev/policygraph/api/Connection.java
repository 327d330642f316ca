package dev.policygraph.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A page of any node type in the GraphQL connection shape (MeasureConnection, TaskPairConnection, ...), with the
 * cursors of {@link TaskConnection}.
 */
record Connection<T>(List<Edge<T>> edges, TaskConnection.PageInfo pageInfo, long totalCount) {

    record Edge<T>(String cursor, T node) {
    }

    static <T> Connection<T> of(List<T> nodes, int skip, long total) {
        List<Edge<T>> edges = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            edges.add(new Edge<>(TaskConnection.cursor(skip + i), nodes.get(i)));
        }
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Connection<>(edges, new TaskConnection.PageInfo(skip + nodes.size() < total, end), total);
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
