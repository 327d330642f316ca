package dev.policygraph.analysis;

import dev.policygraph.graph.Measure;
import dev.policygraph.graph.SimilarityKind;
import dev.policygraph.graph.Task;
import dev.policygraph.persistence.GraphQueries;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.Page;
import dev.policygraph.persistence.ReadQuery;
import dev.policygraph.region.Division;
import dev.policygraph.region.RegionHierarchy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the graph says about measures: finding them, and per measure (a) ownership conflicts, (b) duplicated tasks
 * within one plan or region, (c) cascades from a higher region's task to a lower one's; and the similar tasks of a
 * task. Each rule has its one home in a query file: measure-conflicts-of (the conflicts, stored when the graph changes:
 * persistence.OwnershipConflicts), task-duplicates, task-cascades.
 */
@Component
public class MeasureFindings {

    /**
     * Which measures to return; null fields do not restrict.
     *
     * @param regionId a task of the measure belongs to a plan of this region (division code) or a region in it
     * @param unitIds  one of these units leads or shares a task of the measure (an empty list matches nothing)
     * @param kind     DUPLICATE or OVERLAP
     * @param minTasks at least this many tasks
     */
    public record Filter(@Nullable String regionId, @Nullable List<String> unitIds, @Nullable SimilarityKind kind,
                         int minTasks) {
    }

    record SearchParameters(@Nullable String regionId, @Nullable List<String> unitIds, @Nullable String kind,
                            long minTasks, long skip, long limit) {
    }

    /**
     * An ownership conflict: tasks of one measure in one plan or region with different lead units.
     *
     * @param document the plan, for scope PLAN
     * @param region   the region (division code) of the plan or plans, when known
     * @param tasks    the tasks of that plan or region that have leads
     * @param leads    the ids of all their lead units
     */
    public record Conflict(String measure, Scope scope, @Nullable String document, @Nullable String region,
                           List<String> tasks, List<String> leads) {
    }

    record ConflictPage(long total, List<Conflict> page) {
    }

    record ConflictParameters(@Nullable List<String> measureIds, @Nullable String regionId, long skip, long limit) {
    }

    /** Two tasks of one plan or region that restate each other (first is the smaller id). */
    public record TaskPair(String first, String second, double score, SimilarityKind kind, Scope scope,
                           @Nullable String region, @Nullable String measure) {
    }

    record TaskPairPage(long total, List<TaskPair> page) {
    }

    /** A page of pairs and their tasks, read with them (made from their nodes' properties). */
    public record PairPage(List<TaskPair> pairs, Map<String, Task> tasks) {
    }

    record RegionParameter(@Nullable String regionId) {
    }

    record Total(long total) {
    }

    record DuplicateParameters(@Nullable List<String> measureIds, @Nullable String regionId,
                               @Nullable String documentId, long perMeasure, long skip, long limit) {
    }

    /** The task {@code lower} implements {@code higher}, a task of a region its own lies in. */
    public record Cascade(String measure, String lower, String higher, double score, SimilarityKind kind) {
    }

    record CascadeParameters(@Nullable List<String> taskIds, @Nullable List<String> measureIds, long perMeasure,
                             long limit) {
    }

    /** A task linked to the task {@code key} by SAME_MEASURE. */
    public record Similar(String key, String task, double score, SimilarityKind kind, boolean reciprocal) {
    }

    record SimilarParameters(List<String> keys, double minScore, long limit) {
    }

    private final GraphReader graph;
    private final GraphQueries queries;
    private final RegionHierarchy regions = RegionHierarchy.standard();

    MeasureFindings(GraphReader graph, GraphQueries queries) {
        this.graph = graph;
        this.queries = queries;
    }

    /** The division code of the region a name denotes (衢州市, 浙江省衢州市, 衢州), if exactly one. */
    public Optional<String> regionId(String name) {
        return regions.resolve(name.strip()).map(Division::code);
    }

    /** The measures matching {@code f}, largest first, after the first {@code skip}, at most {@code limit}. */
    public Page<Measure> find(Filter f, long skip, long limit) {
        return graph.page(Measure.class, ReadQuery.MEASURES_SEARCH, new SearchParameters(f.regionId(), f.unitIds(),
                f.kind() == null ? null : f.kind().name(), f.minTasks(), skip, limit));
    }

    /** Ownership conflicts of these measures, ordered by measure, scope, region and document. */
    public Page<Conflict> conflicts(List<String> measureIds, long skip, long limit) {
        ConflictPage p = queries.single(ReadQuery.MEASURE_CONFLICTS,
                new ConflictParameters(measureIds, null, skip, limit), ConflictPage.class);
        return new Page<>(p.total(), p.page());
    }

    /**
     * Ownership conflicts within a region (anywhere when null), ordered by measure, scope, region and document: after
     * the first {@code skip}, at most {@code limit}, read from the stored ones in the order of their key.
     */
    public List<Conflict> conflictPage(@Nullable String regionId, long skip, long limit) {
        return queries.list(regionId == null ? ReadQuery.CONFLICTS_PAGE : ReadQuery.CONFLICTS_IN_REGION,
                new ConflictParameters(null, regionId, skip, limit), Conflict.class);
    }

    /** How many ownership conflicts there are within a region (anywhere when null): a count of the stored ones. */
    public long conflictCount(@Nullable String regionId) {
        return queries.single(regionId == null ? ReadQuery.CONFLICTS_COUNT : ReadQuery.CONFLICTS_COUNT_IN_REGION,
                new RegionParameter(regionId), Total.class).total();
    }

    /**
     * Duplicated tasks within one plan or region in which a task of the document {@code documentId}, or of one of the
     * measures {@code measureIds} (both tasks), takes part (one of them not null), within a region when not null, at
     * most {@code perMeasure} of each measure.
     */
    public Page<TaskPair> duplicates(@Nullable List<String> measureIds, @Nullable String regionId,
                                     @Nullable String documentId, long perMeasure, long skip, long limit) {
        TaskPairPage p = queries.single(ReadQuery.TASK_DUPLICATES,
                new DuplicateParameters(measureIds, regionId, documentId, perMeasure, skip, limit),
                TaskPairPage.class);
        return new Page<>(p.total(), p.page());
    }

    /**
     * Duplicated tasks within one plan or region, of the whole graph or within a region (when not null), ordered by
     * region (unknown last), first and second task: after the first {@code skip}, at most {@code limit}, read from
     * the index of the pairs in its order.
     */
    public PairPage duplicatePage(@Nullable String regionId, long skip, long limit) {
        List<TaskPair> pairs = new ArrayList<>();
        Map<String, Task> tasks = new HashMap<>();
        for (Map<String, @Nullable Object> row : queries.entityRows(ReadQuery.DUPLICATE_TASKS_PAGE,
                new DuplicateParameters(null, regionId, null, 0, skip, limit))) {
            pairs.add(new TaskPair(String.valueOf(row.get("first")), String.valueOf(row.get("second")),
                    ((Number) Objects.requireNonNull(row.get("score"))).doubleValue(),
                    SimilarityKind.valueOf(String.valueOf(row.get("kind"))), Scope.valueOf(String.valueOf(
                    row.get("scope"))), (String) row.get("region"), (String) row.get("measure")));
            for (String column : List.of("firstTask", "secondTask")) {
                Task t = (Task) Objects.requireNonNull(row.get(column));
                tasks.put(t.getId(), t);
            }
        }
        return new PairPage(pairs, tasks);
    }

    /** How many duplicated tasks within one plan or region there are, within a region (anywhere when null). */
    public long duplicateCount(@Nullable String regionId) {
        return queries.single(ReadQuery.DUPLICATE_TASKS_COUNT, new RegionParameter(regionId), Total.class).total();
    }

    /**
     * The cascades in which these tasks are the lower task, or of these measures; at most {@code perMeasure} of each
     * measure and {@code limit} in all.
     */
    public List<Cascade> cascades(@Nullable Collection<String> taskIds, @Nullable Collection<String> measureIds,
                                  long perMeasure, long limit) {
        return queries.list(ReadQuery.TASK_CASCADES, new CascadeParameters(
                taskIds == null ? null : List.copyOf(taskIds), measureIds == null ? null : List.copyOf(measureIds),
                perMeasure, limit), Cascade.class);
    }

    /** For each task, the tasks linked to it with at least {@code minScore}, strongest first, at most {@code limit}. */
    public List<Similar> similar(Collection<String> taskIds, double minScore, long limit) {
        return queries.list(ReadQuery.TASK_SIMILAR, new SimilarParameters(List.copyOf(taskIds), minScore, limit),
                Similar.class);
    }
}
