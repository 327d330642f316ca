package dev.policygraph.api;

import dev.policygraph.graph.Task;
import dev.policygraph.graph.Unit;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.ReadQuery;
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

    @BatchMapping
    Map<Unit, List<Task>> leads(List<Unit> units) {
        return Batches.lists(graph, units, Unit::getId, Task.class, ReadQuery.UNIT_LEADS);
    }

    @BatchMapping
    Map<Unit, List<Task>> coResponsibleFor(List<Unit> units) {
        return Batches.lists(graph, units, Unit::getId, Task.class, ReadQuery.UNIT_CO_RESPONSIBLE);
    }
}
