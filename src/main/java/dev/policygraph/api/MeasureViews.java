package dev.policygraph.api;

import dev.policygraph.analysis.MeasureFindings;
import dev.policygraph.analysis.Scope;
import dev.policygraph.graph.Document;
import dev.policygraph.graph.Measure;
import dev.policygraph.graph.Region;
import dev.policygraph.graph.SimilarityKind;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.Unit;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.ReadQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The findings about measures as GraphQL objects: the ids of a whole page of rows resolved to entities with one batch
 * query per entity type (rows whose entities are gone are left out).
 */
@Component
class MeasureViews {

    /** A GraphQL OwnershipConflict. */
    record ConflictView(Measure measure, Scope scope, @Nullable Region region, @Nullable Document document,
                        List<Task> tasks, List<Unit> leads) {
    }

    /** A GraphQL TaskPair. */
    record PairView(Task first, Task second, double score, SimilarityKind kind, Scope scope, @Nullable Region region,
                    @Nullable Measure measure) {
    }

    /** A GraphQL Cascade. */
    record CascadeView(Task lower, Task higher, double score, SimilarityKind kind) {
    }

    /** A GraphQL SimilarTask. */
    record SimilarTask(Task task, double score, SimilarityKind kind, boolean reciprocal) {
    }

    private final GraphReader graph;

    MeasureViews(GraphReader graph) {
        this.graph = graph;
    }

    /** Resolves the entities of all rows at once; the function gives a row's view, or null when they are gone. */
    Function<MeasureFindings.Conflict, @Nullable ConflictView> conflicts(List<MeasureFindings.Conflict> rows) {
        Map<String, Measure> measures = lookup(Measure.class, ReadQuery.MEASURES_BY_ID,
                rows.stream().map(MeasureFindings.Conflict::measure));
        Map<String, Region> regions = lookup(Region.class, ReadQuery.REGIONS_BY_ID,
                rows.stream().map(MeasureFindings.Conflict::region));
        Map<String, Document> documents = lookup(Document.class, ReadQuery.DOCUMENTS_BY_ID,
                rows.stream().map(MeasureFindings.Conflict::document));
        Map<String, Task> tasks = lookup(Task.class, ReadQuery.TASKS_BY_ID,
                rows.stream().flatMap(r -> r.tasks().stream()));
        Map<String, Unit> units = lookup(Unit.class, ReadQuery.UNITS_BY_ID,
                rows.stream().flatMap(r -> r.leads().stream()));
        return r -> {
            Measure m = measures.get(r.measure());
            return m == null ? null : new ConflictView(m, r.scope(), get(regions, r.region()),
                    get(documents, r.document()), all(tasks, r.tasks()), all(units, r.leads()));
        };
    }

    /** Resolves the entities of all rows at once; the function gives a row's view, or null when they are gone. */
    Function<MeasureFindings.TaskPair, @Nullable PairView> pairs(List<MeasureFindings.TaskPair> rows) {
        return pairs(rows, Map.of());
    }

    /** As {@link #pairs(List)}, with the tasks already read ({@code known}, by id) taken as they are. */
    Function<MeasureFindings.TaskPair, @Nullable PairView> pairs(List<MeasureFindings.TaskPair> rows,
                                                                Map<String, Task> known) {
        Map<String, Task> tasks = new java.util.HashMap<>(known);
        tasks.putAll(lookup(Task.class, ReadQuery.TASKS_BY_ID, rows.stream().flatMap(r -> Stream.of(r.first(),
                r.second())).filter(id -> !known.containsKey(id))));
        Map<String, Region> regions = lookup(Region.class, ReadQuery.REGIONS_BY_ID,
                rows.stream().map(MeasureFindings.TaskPair::region));
        Map<String, Measure> measures = lookup(Measure.class, ReadQuery.MEASURES_BY_ID,
                rows.stream().map(MeasureFindings.TaskPair::measure));
        return r -> {
            Task first = tasks.get(r.first());
            Task second = tasks.get(r.second());
            return first == null || second == null ? null : new PairView(first, second, r.score(), r.kind(),
                    r.scope(), get(regions, r.region()), get(measures, r.measure()));
        };
    }

    /** Resolves the entities of all rows at once; the function gives a row's view, or null when they are gone. */
    Function<MeasureFindings.Cascade, @Nullable CascadeView> cascades(List<MeasureFindings.Cascade> rows) {
        Map<String, Task> tasks = lookup(Task.class, ReadQuery.TASKS_BY_ID,
                rows.stream().flatMap(r -> Stream.of(r.lower(), r.higher())));
        return r -> {
            Task lower = tasks.get(r.lower());
            Task higher = tasks.get(r.higher());
            return lower == null || higher == null ? null : new CascadeView(lower, higher, r.score(), r.kind());
        };
    }

    /** Resolves the entities of all rows at once; the function gives a row's view, or null when they are gone. */
    Function<MeasureFindings.Similar, @Nullable SimilarTask> similar(List<MeasureFindings.Similar> rows) {
        Map<String, Task> tasks = lookup(Task.class, ReadQuery.TASKS_BY_ID,
                rows.stream().map(MeasureFindings.Similar::task));
        return r -> {
            Task t = tasks.get(r.task());
            return t == null ? null : new SimilarTask(t, r.score(), r.kind(), r.reciprocal());
        };
    }

    /** The views of the rows whose entities exist, in row order. */
    static <R, V> List<V> views(List<R> rows, Function<R, @Nullable V> view) {
        List<V> out = new ArrayList<>();
        for (R r : rows) {
            V v = view.apply(r);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** The entities with these ids (nulls and repeats ignored), by id; no query when there are none. */
    <T> Map<String, T> lookup(Class<T> type, ReadQuery query, Stream<@Nullable String> ids) {
        List<String> distinct = ids.filter(Objects::nonNull).distinct().toList();
        return distinct.isEmpty() ? Map.of() : graph.single(type, query, distinct);
    }

    private static <T> @Nullable T get(Map<String, T> found, @Nullable String id) {
        return id == null ? null : found.get(id);
    }

    private static <T> List<T> all(Map<String, T> found, Collection<String> ids) {
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * The views of the rows grouped by source: each source gets the views of the rows with its key, in row order, at
     * most {@code cap}; sources without rows get an empty list.
     */
    static <S, R, V> Map<S, List<V>> grouped(List<S> sources, Function<S, String> sourceKey, List<R> rows,
                                             Function<R, String> rowKey, Function<R, @Nullable V> view, int cap) {
        Map<String, List<V>> byKey = new HashMap<>();
        for (R r : rows) {
            List<V> list = byKey.computeIfAbsent(rowKey.apply(r), k -> new ArrayList<>());
            V v = view.apply(r);
            if (v != null && list.size() < cap) {
                list.add(v);
            }
        }
        Map<S, List<V>> out = new LinkedHashMap<>();
        for (S s : sources) {
            out.put(s, byKey.getOrDefault(sourceKey.apply(s), List.of()));
        }
        return out;
    }
}
