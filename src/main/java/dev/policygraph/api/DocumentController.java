package dev.policygraph.api;

import dev.policygraph.graph.Document;
import dev.policygraph.graph.Section;
import dev.policygraph.graph.Target;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.Unit;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.ReadQuery;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class DocumentController {

    private final GraphReader graph;

    DocumentController(GraphReader graph) {
        this.graph = graph;
    }

    @BatchMapping
    Map<Document, List<Section>> sections(List<Document> documents) {
        return Batches.lists(graph, documents, Document::getId, Section.class, ReadQuery.DOCUMENT_SECTIONS);
    }

    @BatchMapping
    Map<Document, List<Task>> tasks(List<Document> documents) {
        return Batches.lists(graph, documents, Document::getId, Task.class, ReadQuery.DOCUMENT_TASKS);
    }

    @BatchMapping
    Map<Document, List<Target>> targets(List<Document> documents) {
        return Batches.lists(graph, documents, Document::getId, Target.class, ReadQuery.DOCUMENT_TARGETS);
    }

    @BatchMapping
    Map<Document, List<Unit>> issuers(List<Document> documents) {
        return Batches.lists(graph, documents, Document::getId, Unit.class, ReadQuery.DOCUMENT_ISSUERS);
    }

    /** The file a document was read from, as the API shows it. */
    record OriginalFile(String name, String type, String mediaType, double size, String sha256) {
    }

    @SchemaMapping
    @Nullable OriginalFile original(Document document) {
        return document.getOriginalSha256() == null ? null : new OriginalFile(document.getOriginalName(),
                document.getOriginalType(), document.getOriginalMediaType(), document.getOriginalSize(),
                document.getOriginalSha256());
    }
}
