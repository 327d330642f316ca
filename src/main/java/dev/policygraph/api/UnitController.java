package dev.policygraph.api;

import dev.policygraph.graph.Task;
import dev.policygraph.graph.Unit;
import dev.policygraph.persistence.GraphReader;
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
        var found = graph.single(Unit.class, "unit-parent", Batches.keys(units, Unit::getId));
        return Batches.bySource(units, Unit::getId, found);
    }

    @BatchMapping
    Map<Unit, List<Unit>> children(List<Unit> units) {
        return lists(units, Unit.class, "unit-children");
    }

    @BatchMapping
    Map<Unit, List<Unit>> chain(List<Unit> units) {
        return lists(units, Unit.class, "unit-chain");
    }

    @BatchMapping
    Map<Unit, List<Task>> leads(List<Unit> units) {
        return lists(units, Task.class, "unit-leads");
    }

    @BatchMapping
    Map<Unit, List<Task>> coResponsibleFor(List<Unit> units) {
        return lists(units, Task.class, "unit-co-responsible");
    }

    private <T> Map<Unit, List<T>> lists(List<Unit> units, Class<T> type, String query) {
        var found = graph.grouped(type, query, Batches.keys(units, Unit::getId));
        return Batches.listsBySource(units, Unit::getId, found);
    }
}
