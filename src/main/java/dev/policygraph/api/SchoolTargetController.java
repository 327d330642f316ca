package dev.policygraph.api;

import dev.policygraph.graph.Document;
import dev.policygraph.graph.School;
import dev.policygraph.graph.Target;
import dev.policygraph.graph.Task;
import dev.policygraph.persistence.GraphReader;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

@Controller
class SchoolTargetController {

    private final GraphReader graph;

    SchoolTargetController(GraphReader graph) {
        this.graph = graph;
    }

    @BatchMapping(typeName = "School", field = "tasks")
    Map<School, List<Task>> schoolTasks(List<School> schools) {
        var found = graph.grouped(Task.class, "school-tasks", Batches.keys(schools, School::getId));
        return Batches.listsBySource(schools, School::getId, found);
    }

    @BatchMapping(typeName = "Target", field = "task")
    Map<Target, Task> targetTask(List<Target> targets) {
        var found = graph.single(Task.class, "tasks-by-id", Batches.keys(targets, Target::getTaskId));
        return Batches.bySource(targets, Target::getTaskId, found);
    }

    @BatchMapping(typeName = "Target", field = "document")
    Map<Target, Document> targetDocument(List<Target> targets) {
        var found = graph.single(Document.class, "documents-by-id", Batches.keys(targets, Target::getDocumentId));
        return Batches.bySource(targets, Target::getDocumentId, found);
    }
}
