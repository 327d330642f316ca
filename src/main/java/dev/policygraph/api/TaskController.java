package dev.policygraph.api;

import dev.policygraph.graph.Document;
import dev.policygraph.graph.School;
import dev.policygraph.graph.Section;
import dev.policygraph.graph.Target;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.Unit;
import dev.policygraph.persistence.GraphReader;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

@Controller
class TaskController {

    private final GraphReader graph;

    TaskController(GraphReader graph) {
        this.graph = graph;
    }

    @BatchMapping
    Map<Task, Document> document(List<Task> tasks) {
        var found = graph.single(Document.class, "documents-by-id", Batches.keys(tasks, Task::getDocumentId));
        return Batches.bySource(tasks, Task::getDocumentId, found);
    }

    @BatchMapping
    Map<Task, Section> section(List<Task> tasks) {
        var found = graph.single(Section.class, "sections-by-id", Batches.keys(tasks, Task::getSectionId));
        return Batches.bySource(tasks, Task::getSectionId, found);
    }

    @BatchMapping
    Map<Task, List<Unit>> leads(List<Task> tasks) {
        return lists(tasks, Unit.class, "task-leads");
    }

    @BatchMapping
    Map<Task, List<Unit>> coResponsible(List<Task> tasks) {
        return lists(tasks, Unit.class, "task-co-responsible");
    }

    @BatchMapping
    Map<Task, List<School>> schools(List<Task> tasks) {
        return lists(tasks, School.class, "task-schools");
    }

    @BatchMapping
    Map<Task, List<Target>> targets(List<Task> tasks) {
        return lists(tasks, Target.class, "task-targets");
    }

    @BatchMapping
    Map<Task, Boolean> orphan(List<Task> tasks) {
        var found = graph.values(Boolean.class, "task-orphan", Batches.keys(tasks, Task::getId));
        return Batches.bySource(tasks, Task::getId, found);
    }

    private <T> Map<Task, List<T>> lists(List<Task> tasks, Class<T> type, String query) {
        var found = graph.grouped(type, query, Batches.keys(tasks, Task::getId));
        return Batches.listsBySource(tasks, Task::getId, found);
    }
}
