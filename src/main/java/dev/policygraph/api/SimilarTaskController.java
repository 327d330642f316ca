package dev.policygraph.api;

import dev.policygraph.analysis.MeasureFindings;
import dev.policygraph.graph.Measure;
import dev.policygraph.graph.Task;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.ReadQuery;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Task.similar and Task.measure. Task.similar takes arguments, which a @BatchMapping cannot: its data loader is keyed
 * by task and arguments, and loads each distinct set of arguments with one query for all its tasks.
 */
@Controller
class SimilarTaskController {

    /** Most similar tasks listed for one task. */
    static final int MAX_SIMILAR = 100;
    private static final String LOADER = "taskSimilar";

    /** A task and the arguments of its similar field. */
    record SimilarKey(String taskId, double minScore, int first) {
    }

    private final GraphReader graph;

    SimilarTaskController(GraphReader graph, MeasureFindings findings, MeasureViews views,
                          BatchLoaderRegistry registry) {
        this.graph = graph;
        registry.<SimilarKey, List<MeasureViews.SimilarTask>>forName(LOADER)
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> load(findings, views, keys)));
    }

    @SchemaMapping(typeName = "Task")
    CompletableFuture<List<MeasureViews.SimilarTask>> similar(Task task, @Argument @Nullable Double minScore,
                                                             @Argument @Nullable Integer first,
                                                             DataFetchingEnvironment env) {
        int limit = first == null ? 20 : first;
        if (limit < 0 || limit > MAX_SIMILAR) {
            throw new InvalidRequestException("first must be between 0 and " + MAX_SIMILAR + ", was " + limit);
        }
        double min = minScore == null ? 0 : minScore;
        if (min < 0 || min > 1) {
            throw new InvalidRequestException("minScore must be between 0 and 1, was " + min);
        }
        DataLoader<SimilarKey, List<MeasureViews.SimilarTask>> loader = env.getDataLoader(LOADER);
        return loader.load(new SimilarKey(task.getId(), min, limit));
    }

    @BatchMapping
    Map<Task, Measure> measure(List<Task> tasks) {
        return Batches.single(graph, tasks, Task::getId, Measure.class, ReadQuery.TASK_MEASURE);
    }

    /** One query per distinct (minScore, first) among the keys, usually one. */
    private static Map<SimilarKey, List<MeasureViews.SimilarTask>> load(MeasureFindings findings, MeasureViews views,
                                                                        Set<SimilarKey> keys) {
        Map<SimilarKey, List<MeasureViews.SimilarTask>> out = new HashMap<>();
        Map<List<Object>, List<SimilarKey>> byArguments = keys.stream().collect(Collectors.groupingBy(
                k -> List.of(k.minScore(), k.first()), LinkedHashMap::new, Collectors.toList()));
        byArguments.forEach((arguments, group) -> {
            SimilarKey any = group.get(0);
            List<MeasureFindings.Similar> rows = findings.similar(group.stream().map(SimilarKey::taskId).toList(),
                    any.minScore(), any.first());
            Map<String, List<MeasureViews.SimilarTask>> byTask = new HashMap<>();
            var view = views.similar(rows);
            for (MeasureFindings.Similar r : rows) {
                MeasureViews.SimilarTask t = view.apply(r);
                if (t != null) {
                    byTask.computeIfAbsent(r.key(), k -> new java.util.ArrayList<>()).add(t);
                }
            }
            group.forEach(k -> out.put(k, byTask.getOrDefault(k.taskId(), List.of())));
        });
        return out;
    }
}
