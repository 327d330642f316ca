package dev.policygraph.api;

import dev.policygraph.graph.Comparator;
import dev.policygraph.graph.Document;
import dev.policygraph.graph.School;
import dev.policygraph.graph.Target;
import dev.policygraph.graph.Task;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.ReadQuery;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class SchoolTargetController {

    private final GraphReader graph;

    SchoolTargetController(GraphReader graph) {
        this.graph = graph;
    }

    @BatchMapping(typeName = "School", field = "tasks")
    Map<School, List<Task>> schoolTasks(List<School> schools) {
        return Batches.lists(graph, schools, School::getId, Task.class, ReadQuery.SCHOOL_TASKS);
    }

    @BatchMapping(typeName = "Target", field = "task")
    Map<Target, Task> targetTask(List<Target> targets) {
        return Batches.single(graph, targets, Target::getId, Task.class, ReadQuery.TARGET_TASK);
    }

    @BatchMapping(typeName = "Target", field = "document")
    Map<Target, Document> targetDocument(List<Target> targets) {
        return Batches.single(graph, targets, Target::getId, Document.class, ReadQuery.TARGET_DOCUMENT);
    }

    @SchemaMapping(typeName = "Target", field = "comparison")
    Comparator comparison(Target target) {
        return target.getComparator();
    }

    @SchemaMapping(typeName = "Target", field = "comparator")
    String comparatorSymbol(Target target) {
        return target.getComparator().symbol();
    }
}
