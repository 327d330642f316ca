package dev.policygraph.analysis;

import dev.policygraph.persistence.GraphQueries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Work tasks no unit is responsible for: neither a lead nor a co-responsible unit. */
@Component
public class OrphanTasks {

    private final GraphQueries queries;

    OrphanTasks(GraphQueries queries) {
        this.queries = queries;
    }

    /** Ids of orphan tasks in document and reading order; of one document when {@code documentId} is not null. */
    public List<String> taskIds(String documentId) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("documentId", documentId);
        return queries.read("orphan-tasks", parameters, r -> r.get("id").asString());
    }
}
