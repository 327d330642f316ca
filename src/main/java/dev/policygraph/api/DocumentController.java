package dev.policygraph.api;

import dev.policygraph.graph.Document;
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
class DocumentController {

    private final GraphReader graph;

    DocumentController(GraphReader graph) {
        this.graph = graph;
    }

    @BatchMapping
    Map<Document, List<Section>> sections(List<Document> documents) {
        return lists(documents, Section.class, "document-sections");
    }

    @BatchMapping
    Map<Document, List<Task>> tasks(List<Document> documents) {
        return lists(documents, Task.class, "document-tasks");
    }

    @BatchMapping
    Map<Document, List<Target>> targets(List<Document> documents) {
        return lists(documents, Target.class, "document-targets");
    }

    @BatchMapping
    Map<Document, List<Unit>> issuers(List<Document> documents) {
        return lists(documents, Unit.class, "document-issuers");
    }

    private <T> Map<Document, List<T>> lists(List<Document> documents, Class<T> type, String query) {
        var found = graph.grouped(type, query, Batches.keys(documents, Document::getId));
        return Batches.listsBySource(documents, Document::getId, found);
    }
}
