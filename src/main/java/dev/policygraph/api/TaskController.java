package dev.policygraph.api;

import dev.policygraph.analysis.TaskSearch;
import dev.policygraph.graph.Document;
import dev.policygraph.graph.School;
import dev.policygraph.graph.Section;
import dev.policygraph.graph.Target;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.Unit;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.ReadQuery;
import graphql.GraphQLContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** The fields of Task; those a page or a unit's list read ahead come from {@link Prefetched}. */
@Controller
class TaskController {

    private final GraphReader graph;
    private final TaskSearch search;

    TaskController(GraphReader graph, TaskSearch search) {
        this.graph = graph;
        this.search = search;
    }

    @BatchMapping
    Map<Task, Document> document(List<Task> tasks, GraphQLContext context) {
        return Prefetched.of(context).get("Task.document", tasks,
                missing -> Batches.single(graph, missing, Task::getId, Document.class, ReadQuery.TASK_DOCUMENT));
    }

    @BatchMapping
    Map<Task, Section> section(List<Task> tasks) {
        return Batches.single(graph, tasks, Task::getId, Section.class, ReadQuery.TASK_SECTION);
    }

    @BatchMapping
    Map<Task, List<Unit>> leads(List<Task> tasks, GraphQLContext context) {
        return Prefetched.of(context).get("Task.leads", tasks,
                missing -> Batches.lists(graph, missing, Task::getId, Unit.class, ReadQuery.TASK_LEADS));
    }

    @BatchMapping
    Map<Task, List<Unit>> coResponsible(List<Task> tasks, GraphQLContext context) {
        return Prefetched.of(context).get("Task.coResponsible", tasks,
                missing -> Batches.lists(graph, missing, Task::getId, Unit.class, ReadQuery.TASK_CO_RESPONSIBLE));
    }

    @BatchMapping
    Map<Task, List<School>> schools(List<Task> tasks) {
        return Batches.lists(graph, tasks, Task::getId, School.class, ReadQuery.TASK_SCHOOLS);
    }

    @BatchMapping
    Map<Task, List<Target>> targets(List<Task> tasks, GraphQLContext context) {
        return Prefetched.of(context).get("Task.targets", tasks,
                missing -> Batches.lists(graph, missing, Task::getId, Target.class, ReadQuery.TASK_TARGETS));
    }

    /** Whether each task is an orphan, by the one definition of {@link TaskSearch}. */
    @BatchMapping
    Map<Task, Boolean> orphan(List<Task> tasks) {
        Set<String> orphans = search.orphanIds(tasks.stream().map(Task::getId).distinct().toList());
        Map<Task, Boolean> out = new LinkedHashMap<>();
        tasks.forEach(t -> out.put(t, orphans.contains(t.getId())));
        return out;
    }
}
