package dev.policygraph.api;

import dev.policygraph.analysis.TaskSearch;
import dev.policygraph.graph.Task;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A page of tasks in the GraphQL connection shape; cursors are opaque encodings of the position in the result. The
 * criteria stay with the page so that totalCount is counted only when a client selects it.
 */
record TaskConnection(List<Edge> edges, PageInfo pageInfo, TaskSearch.Criteria criteria) {

    record Edge(String cursor, Task node) {
    }

    record PageInfo(boolean hasNextPage, String endCursor) {
    }

    /** The page of a search that asked for {@code limit} tasks after {@code skip} and got {@code found}. */
    static TaskConnection of(List<Task> found, int skip, int limit, TaskSearch.Criteria criteria) {
        List<Task> tasks = found.size() > limit ? found.subList(0, limit) : found;
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            edges.add(new Edge(cursor(skip + i), tasks.get(i)));
        }
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new TaskConnection(edges, new PageInfo(found.size() > limit, end), criteria);
    }

    static String cursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset after the given cursor; 0 when there is none. */
    static int skipAfter(String after) {
        if (after == null || after.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (!text.startsWith("offset:")) {
                throw new InvalidRequestException("Invalid cursor: " + after);
            }
            int offset = Integer.parseInt(text.substring("offset:".length()));
            if (offset < 0) {
                throw new InvalidRequestException("Invalid cursor: " + after);
            }
            return offset + 1;
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Invalid cursor: " + after);
        }
    }
}
