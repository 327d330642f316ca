package dev.policygraph.api;

import dev.policygraph.graph.Task;
import dev.policygraph.graph.Unit;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.ReadQuery;
import graphql.GraphQLContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

@Controller
class UnitController {

    private final GraphReader graph;

    UnitController(GraphReader graph) {
        this.graph = graph;
    }

    @BatchMapping
    Map<Unit, Unit> parent(List<Unit> units) {
        return Batches.single(graph, units, Unit::getId, Unit.class, ReadQuery.UNIT_PARENT);
    }

    @BatchMapping
    Map<Unit, List<Unit>> children(List<Unit> units) {
        return Batches.lists(graph, units, Unit::getId, Unit.class, ReadQuery.UNIT_CHILDREN);
    }

    @BatchMapping
    Map<Unit, List<Unit>> chain(List<Unit> units) {
        return Batches.lists(graph, units, Unit::getId, Unit.class, ReadQuery.UNIT_CHAIN);
    }

    /**
     * The tasks each unit leads: those {@code unit(name)} read with the unit, else one batch, whose documents (read by
     * the same statement) are kept for Task.document.
     */
    @BatchMapping
    Map<Unit, List<Task>> leads(List<Unit> units, GraphQLContext context) {
        Prefetched prefetched = Prefetched.of(context);
        return prefetched.get("Unit.leads", units, missing -> {
            Map<String, List<Task>> byId = new LinkedHashMap<>();
            for (Map<String, Object> row : graph.batchRows(ReadQuery.UNIT_LEADS,
                    missing.stream().map(Unit::getId).distinct().toList())) {
                Task task = (Task) row.get("node");
                byId.computeIfAbsent((String) row.get("key"), k -> new ArrayList<>()).add(task);
                prefetched.put("Task.document", task, row.get("document"));
            }
            Map<Unit, List<Task>> out = new LinkedHashMap<>();
            missing.forEach(u -> out.put(u, byId.getOrDefault(u.getId(), List.of())));
            return out;
        });
    }

    @BatchMapping
    Map<Unit, List<Task>> coResponsibleFor(List<Unit> units) {
        return Batches.lists(graph, units, Unit::getId, Task.class, ReadQuery.UNIT_CO_RESPONSIBLE);
    }
}
