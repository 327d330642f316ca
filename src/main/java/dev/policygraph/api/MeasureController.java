package dev.policygraph.api;

import dev.policygraph.analysis.MeasureFindings;
import dev.policygraph.graph.Document;
import dev.policygraph.graph.Measure;
import dev.policygraph.graph.Region;
import dev.policygraph.graph.SimilarityKind;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.Unit;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.Page;
import dev.policygraph.persistence.ReadQuery;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Measures and what is found about them: conflicts, duplicates, cascades. */
@Controller
class MeasureController {

    /** Most conflicts, duplicates or cascades listed under one measure. */
    static final int PER_MEASURE = 100;

    /** The GraphQL MeasureFilter input. */
    record MeasureFilterInput(@Nullable String region, @Nullable String unit, @Nullable SimilarityKind kind,
                              @Nullable Integer minTasks) {
    }

    /** Parameters of units-by-name.cypher. */
    record UnitName(String name, @Nullable String region) {
    }

    private final GraphReader graph;
    private final MeasureFindings findings;
    private final MeasureViews views;

    MeasureController(GraphReader graph, MeasureFindings findings, MeasureViews views) {
        this.graph = graph;
        this.findings = findings;
        this.views = views;
    }

    @QueryMapping
    Connection<Measure> measures(@Argument @Nullable MeasureFilterInput filter, @Argument @Nullable Integer first,
                                 @Argument @Nullable String after) {
        int limit = Connection.limit(first, 50);
        int skip = TaskConnection.skipAfter(after);
        MeasureFilterInput f = filter == null ? new MeasureFilterInput(null, null, null, null) : filter;
        List<String> unitIds = f.unit() == null || f.unit().isBlank() ? null
                : graph.list(Unit.class, ReadQuery.UNITS_BY_NAME, new UnitName(f.unit().strip(), null)).stream()
                        .map(Unit::getId).toList();
        int minTasks = f.minTasks() == null ? 2 : f.minTasks();
        Page<Measure> page = findings.find(new MeasureFindings.Filter(regionId(f.region()), unitIds, f.kind(),
                minTasks), skip, limit);
        return Connection.of(page.items(), skip, page.total());
    }

    @QueryMapping
    @Nullable Measure measure(@Argument String id) {
        return graph.byIds(Measure.class, ReadQuery.MEASURES_BY_ID, List.of(id)).stream().findFirst().orElse(null);
    }

    @QueryMapping
    Connection<MeasureViews.PairView> duplicateTasks(@Argument @Nullable String region,
                                                     @Argument @Nullable String documentId,
                                                     @Argument @Nullable Integer first,
                                                     @Argument @Nullable String after) {
        int limit = Connection.limit(first, 100);
        int skip = TaskConnection.skipAfter(after);
        String regionId = regionId(region);
        String document = blankToNull(documentId);
        if (document != null) {
            // the pairs of one document are few: all of them at once, with their total
            Page<MeasureFindings.TaskPair> page = findings.duplicates(null, regionId, document, Integer.MAX_VALUE,
                    skip, limit);
            return Connection.of(MeasureViews.views(page.items(), views.pairs(page.items())), skip, page.total());
        }
        // one more than asked tells whether there is a next page; the total is counted only when selected
        MeasureFindings.PairPage found = findings.duplicatePage(regionId, skip, limit + 1L);
        List<MeasureFindings.TaskPair> page = Connection.page(found.pairs(), limit);
        return Connection.of(MeasureViews.views(page, views.pairs(page, found.tasks())), skip,
                found.pairs().size() > limit,
                () -> findings.duplicateCount(regionId));
    }

    @QueryMapping
    Connection<MeasureViews.ConflictView> ownershipConflicts(@Argument @Nullable String region,
                                                             @Argument @Nullable Integer first,
                                                             @Argument @Nullable String after) {
        int limit = Connection.limit(first, 100);
        int skip = TaskConnection.skipAfter(after);
        String regionId = regionId(region);
        List<MeasureFindings.Conflict> found = findings.conflictPage(regionId, skip, limit + 1L);
        List<MeasureFindings.Conflict> page = Connection.page(found, limit);
        return Connection.of(MeasureViews.views(page, views.conflicts(page)), skip, found.size() > limit,
                () -> findings.conflictCount(regionId));
    }

    @BatchMapping
    Map<Measure, List<Task>> tasks(List<Measure> measures) {
        return Batches.lists(graph, measures, Measure::getId, Task.class, ReadQuery.MEASURE_TASKS);
    }

    @BatchMapping
    Map<Measure, List<Document>> documents(List<Measure> measures) {
        return Batches.lists(graph, measures, Measure::getId, Document.class, ReadQuery.MEASURE_DOCUMENTS);
    }

    @BatchMapping
    Map<Measure, List<Unit>> leads(List<Measure> measures) {
        return Batches.lists(graph, measures, Measure::getId, Unit.class, ReadQuery.MEASURE_LEADS);
    }

    @BatchMapping
    Map<Measure, List<Unit>> coResponsible(List<Measure> measures) {
        return Batches.lists(graph, measures, Measure::getId, Unit.class, ReadQuery.MEASURE_CO_RESPONSIBLE);
    }

    @BatchMapping
    Map<Measure, List<Region>> regions(List<Measure> measures) {
        return Batches.lists(graph, measures, Measure::getId, Region.class, ReadQuery.MEASURE_REGIONS);
    }

    @BatchMapping
    Map<Measure, List<MeasureViews.ConflictView>> conflicts(List<Measure> measures) {
        // a measure has at most one conflict per plan and per region, so all of them are few
        List<MeasureFindings.Conflict> rows = findings.conflicts(ids(measures), 0, Integer.MAX_VALUE).items();
        return MeasureViews.grouped(measures, Measure::getId, rows, MeasureFindings.Conflict::measure,
                views.conflicts(rows), PER_MEASURE);
    }

    /** Whether each measure has a conflict (its stored conflicts: the rule of measure-conflicts-of.cypher). */
    @BatchMapping
    Map<Measure, Boolean> conflict(List<Measure> measures) {
        List<MeasureFindings.Conflict> rows = findings.conflicts(ids(measures), 0, Integer.MAX_VALUE).items();
        Map<Measure, Boolean> out = new java.util.LinkedHashMap<>();
        measures.forEach(m -> out.put(m, rows.stream().anyMatch(r -> r.measure().equals(m.getId()))));
        return out;
    }

    @BatchMapping
    Map<Measure, List<MeasureViews.PairView>> duplicates(List<Measure> measures) {
        List<MeasureFindings.TaskPair> rows = findings.duplicates(ids(measures), null, null, PER_MEASURE, 0,
                (long) PER_MEASURE * measures.size()).items();
        return MeasureViews.grouped(measures, Measure::getId, rows, r -> String.valueOf(r.measure()),
                views.pairs(rows), PER_MEASURE);
    }

    @BatchMapping
    Map<Measure, List<MeasureViews.CascadeView>> cascades(List<Measure> measures) {
        List<MeasureFindings.Cascade> rows = findings.cascades(null, ids(measures), PER_MEASURE,
                (long) PER_MEASURE * measures.size());
        return MeasureViews.grouped(measures, Measure::getId, rows, MeasureFindings.Cascade::measure,
                views.cascades(rows), PER_MEASURE);
    }

    /** The division code of a region name; a name that denotes no region, or several, is the client's mistake. */
    private @Nullable String regionId(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return findings.regionId(name).orElseThrow(() -> new InvalidRequestException("Unknown or ambiguous region '"
                + name.strip() + "': give its official name, qualified by the regions above it if it repeats "
                + "(北京市朝阳区)"));
    }

    private static List<String> ids(List<Measure> measures) {
        return measures.stream().map(Measure::getId).distinct().toList();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
