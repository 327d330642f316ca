package dev.policygraph.api;

import dev.policygraph.analysis.TargetSearch;
import dev.policygraph.analysis.TaskSearch;
import dev.policygraph.graph.Change;
import dev.policygraph.graph.ProgressStatus;
import dev.policygraph.graph.Role;
import dev.policygraph.graph.Target;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.Unit;
import dev.policygraph.persistence.GraphQueries;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.ReadQuery;
import dev.policygraph.security.Roles;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The dashboard's reads: task counts, targets, the audit journal, the caller; deadlines, lateness, progress and
 * history of tasks, workload of units. Every count is a query of its own, run only when its field is selected.
 */
@Controller
class CoordinationController {

    static final int MAX_GROUPS = 500;

    /** The TaskStats of a filter: its fields are counted when selected. */
    /**
     * The counts of one request's stats: of its criteria, from the task tallies where they count them, read once
     * (one statement) for every count the request selects.
     */
    static final class Stats {

        private final TaskSearch.Criteria criteria;
        private final TaskSearch search;
        private @Nullable List<TaskSearch.Tally> tallies;

        Stats(TaskSearch.Criteria criteria, TaskSearch search) {
            this.criteria = criteria;
            this.search = search;
        }

        TaskSearch.Criteria criteria() {
            return criteria;
        }

        /** How many tasks match {@code c}: from the tallies when they count them, else by its own statement. */
        long count(TaskSearch.Criteria c) {
            return TaskSearch.tallied(c, null) ? search.count(c, tallies()) : search.count(c);
        }

        /** The counts by {@code dimension}: from the tallies when they count them, else by their own statement. */
        List<TaskSearch.Count> countBy(TaskSearch.Dimension dimension, int top) {
            return TaskSearch.tallied(criteria, dimension) ? search.countBy(criteria, dimension, top, tallies())
                    : search.countBy(criteria, dimension, top);
        }

        private synchronized List<TaskSearch.Tally> tallies() {
            if (tallies == null) {
                tallies = search.tallies();
            }
            return tallies;
        }
    }

    record TargetConnection(List<TargetEdge> edges, TaskConnection.PageInfo pageInfo, TargetSearch.Criteria criteria) {
    }

    record TargetEdge(String cursor, Target node) {
    }

    record TargetFilterInput(@Nullable Integer year, @Nullable String metric, @Nullable String unit,
                             @Nullable String region, @Nullable String documentId) {
    }

    record ProgressReport(ProgressStatus status, @Nullable String note, LocalDate asOf, String by) {
    }

    record Workload(long leads, long coResponsible, long overdue) {
    }

    record Viewer(String name, String role) {
    }

    /** A row of unit-workload.cypher. */
    record WorkloadRow(String key, long leads, long coResponsible, long overdue) {
    }

    record WorkloadKeys(List<String> keys, String today) {
    }

    record Journal(@Nullable String actor, @Nullable String documentId, long skip, long limit) {
    }

    private final TaskSearch tasks;
    private final TargetSearch targets;
    private final Filters filters;
    private final GraphReader graph;
    private final GraphQueries queries;

    CoordinationController(TaskSearch tasks, TargetSearch targets, Filters filters, GraphReader graph,
                           GraphQueries queries) {
        this.tasks = tasks;
        this.targets = targets;
        this.filters = filters;
        this.graph = graph;
        this.queries = queries;
    }

    @QueryMapping
    Stats stats(@Argument @Nullable TaskFilterInput filter) {
        return new Stats(filters.tasks(filter), tasks);
    }

    @SchemaMapping(typeName = "TaskStats")
    long total(Stats stats) {
        return stats.count(stats.criteria());
    }

    @SchemaMapping(typeName = "TaskStats")
    long overdue(Stats stats) {
        return Boolean.FALSE.equals(stats.criteria().overdue()) ? 0
                : stats.count(stats.criteria().withOverdue(true));
    }

    @SchemaMapping(typeName = "TaskStats")
    List<TaskSearch.Count> byUnit(Stats stats, @Argument @Nullable Role role, @Argument @Nullable Integer first) {
        return tasks.countByUnit(stats.criteria(), role == null ? Set.of() : Set.of(role), groups(first, 20));
    }

    @SchemaMapping(typeName = "TaskStats")
    List<TaskSearch.Count> byRegion(Stats stats, @Argument @Nullable Integer first) {
        return stats.countBy(TaskSearch.Dimension.REGION, groups(first, 20));
    }

    @SchemaMapping(typeName = "TaskStats")
    List<TaskSearch.Count> byDocument(Stats stats, @Argument @Nullable Integer first) {
        return stats.countBy(TaskSearch.Dimension.DOCUMENT, groups(first, 50));
    }

    @SchemaMapping(typeName = "TaskStats")
    List<TaskSearch.Count> byKind(Stats stats) {
        return stats.countBy(TaskSearch.Dimension.KIND, MAX_GROUPS);
    }

    @SchemaMapping(typeName = "TaskStats")
    List<TaskSearch.Count> byStatus(Stats stats) {
        return stats.countBy(TaskSearch.Dimension.STATUS, MAX_GROUPS);
    }

    @SchemaMapping(typeName = "TaskStats")
    List<TaskSearch.Count> byOverdue(Stats stats) {
        return stats.countBy(TaskSearch.Dimension.OVERDUE, MAX_GROUPS);
    }

    @SchemaMapping(typeName = "TaskStats")
    List<TaskSearch.Count> byDeadlineYear(Stats stats) {
        return stats.countBy(TaskSearch.Dimension.DUE_YEAR, MAX_GROUPS);
    }

    private static int groups(@Nullable Integer first, int fallback) {
        int n = first == null ? fallback : first;
        if (n < 1 || n > MAX_GROUPS) {
            throw new InvalidRequestException("first must be between 1 and " + MAX_GROUPS + ", was " + n);
        }
        return n;
    }

    @QueryMapping(name = "targets")
    TargetConnection targetPage(@Argument @Nullable TargetFilterInput filter, @Argument @Nullable Integer first,
                                @Argument @Nullable String after) {
        int limit = QueryController.pageSize(first);
        int skip = TaskConnection.skipAfter(after);
        TargetFilterInput f = filter == null ? new TargetFilterInput(null, null, null, null, null) : filter;
        TargetSearch.Criteria criteria = new TargetSearch.Criteria(f.year(), f.metric(),
                f.unit() == null ? null : filters.unitIds(f.unit(), null), f.region(), f.documentId());
        List<Target> found = targets.find(criteria, skip, limit + 1L);
        List<Target> page = found.size() > limit ? found.subList(0, limit) : found;
        List<TargetEdge> edges = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            edges.add(new TargetEdge(TaskConnection.cursor(skip + i), page.get(i)));
        }
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new TargetConnection(edges, new TaskConnection.PageInfo(found.size() > limit, end), criteria);
    }

    @SchemaMapping(typeName = "TargetConnection", field = "totalCount")
    long targetCount(TargetConnection connection) {
        return targets.count(connection.criteria());
    }

    @SchemaMapping(typeName = "TargetConnection", field = "byYear")
    List<TargetSearch.YearCount> targetsByYear(TargetConnection connection) {
        return targets.countByYear(connection.criteria());
    }

    @QueryMapping
    List<Change> changes(@Argument @Nullable String actor, @Argument @Nullable String documentId,
                         @Argument @Nullable Integer first, @Argument @Nullable String after) {
        return graph.list(Change.class, ReadQuery.CHANGES_RECENT, new Journal(Filters.blankToNull(actor),
                Filters.blankToNull(documentId), TaskConnection.skipAfter(after), QueryController.pageSize(first)));
    }

    @SchemaMapping(typeName = "Change", field = "at")
    String changeAt(Change change) {
        return change.getAt();
    }

    @QueryMapping
    @Nullable Viewer viewer(@Nullable Principal caller) {
        var role = Roles.ofOrNull(caller);
        return role == null ? null : new Viewer(caller.getName(), role.name());
    }

    @SchemaMapping(typeName = "Task")
    boolean overdue(Task task) {
        return task.isOverdueOn(tasks.today());
    }

    @SchemaMapping(typeName = "Task")
    @Nullable ProgressReport progress(Task task) {
        return task.getProgressAsOf() == null ? null : new ProgressReport(task.getStatus(), task.getProgressNote(),
                task.getProgressAsOf(), task.getProgressBy() == null ? "" : task.getProgressBy());
    }

    @BatchMapping(typeName = "Task", field = "history")
    Map<Task, List<Change>> history(List<Task> list) {
        return Batches.lists(graph, list, Task::getId, Change.class, ReadQuery.TASK_CHANGES);
    }

    @BatchMapping(typeName = "Unit", field = "workload")
    Map<Unit, Workload> workload(List<Unit> units) {
        List<String> keys = units.stream().map(Unit::getId).distinct().toList();
        Map<String, Workload> byId = new LinkedHashMap<>();
        queries.list(ReadQuery.UNIT_WORKLOAD, new WorkloadKeys(keys, tasks.today().toString()), WorkloadRow.class)
                .forEach(r -> byId.put(r.key(), new Workload(r.leads(), r.coResponsible(), r.overdue())));
        Map<Unit, Workload> out = new LinkedHashMap<>();
        units.forEach(u -> out.put(u, byId.getOrDefault(u.getId(), new Workload(0, 0, 0))));
        return out;
    }
}
