package dev.policygraph.api;

import dev.policygraph.analysis.MeasureFindings;
import dev.policygraph.graph.Region;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.Unit;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.ReadQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Who answers for a task: task → lead units → the bodies they report to → the government that issued the plan, and
 * upward through the tasks of higher regions it implements (task-cascades.cypher).
 */
@Controller
class AccountabilityController {

    /** A GraphQL Accountability: everything about it is read for its task. */
    record Accountability(Task task) {
    }

    private final GraphReader graph;
    private final MeasureFindings findings;
    private final MeasureViews views;

    AccountabilityController(GraphReader graph, MeasureFindings findings, MeasureViews views) {
        this.graph = graph;
        this.findings = findings;
        this.views = views;
    }

    @QueryMapping
    @Nullable Accountability accountability(@Argument String taskId) {
        return graph.byIds(Task.class, ReadQuery.TASKS_BY_ID, List.of(taskId)).stream().findFirst()
                .map(Accountability::new).orElse(null);
    }

    @BatchMapping
    Map<Accountability, List<Unit>> leads(List<Accountability> sources) {
        return Batches.lists(graph, sources, a -> a.task().getId(), Unit.class, ReadQuery.TASK_LEADS);
    }

    @BatchMapping
    Map<Accountability, List<Unit>> reportsTo(List<Accountability> sources) {
        return Batches.lists(graph, sources, a -> a.task().getId(), Unit.class, ReadQuery.TASK_LEAD_BODIES);
    }

    @BatchMapping
    Map<Accountability, List<Unit>> government(List<Accountability> sources) {
        return Batches.lists(graph, sources, a -> a.task().getId(), Unit.class, ReadQuery.TASK_GOVERNMENT);
    }

    @BatchMapping
    Map<Accountability, Region> region(List<Accountability> sources) {
        return Batches.single(graph, sources, a -> a.task().getId(), Region.class, ReadQuery.TASK_REGION);
    }

    @BatchMapping(field = "implements")
    Map<Accountability, List<Accountability>> implementsTasks(List<Accountability> sources) {
        List<String> ids = sources.stream().map(a -> a.task().getId()).distinct().toList();
        List<MeasureFindings.Cascade> rows = findings.cascades(ids, null, MeasureController.PER_MEASURE,
                (long) MeasureController.PER_MEASURE * ids.size());
        Map<Accountability, List<MeasureViews.CascadeView>> cascades = MeasureViews.grouped(sources,
                a -> a.task().getId(), rows, MeasureFindings.Cascade::lower, views.cascades(rows),
                MeasureController.PER_MEASURE);
        Map<Accountability, List<Accountability>> out = new LinkedHashMap<>();
        cascades.forEach((a, list) -> out.put(a, list.stream().map(c -> new Accountability(c.higher())).toList()));
        return out;
    }
}
