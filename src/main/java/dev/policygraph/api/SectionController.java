package dev.policygraph.api;

import dev.policygraph.graph.Document;
import dev.policygraph.graph.Section;
import dev.policygraph.graph.Task;
import dev.policygraph.persistence.GraphReader;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

@Controller
class SectionController {

    private final GraphReader graph;

    SectionController(GraphReader graph) {
        this.graph = graph;
    }

    @BatchMapping
    Map<Section, Document> document(List<Section> sections) {
        var found = graph.single(Document.class, "documents-by-id", Batches.keys(sections, Section::getDocumentId));
        return Batches.bySource(sections, Section::getDocumentId, found);
    }

    @BatchMapping
    Map<Section, Section> parent(List<Section> sections) {
        var found = graph.single(Section.class, "sections-by-id", Batches.keys(sections, Section::getParentId));
        return Batches.bySource(sections, Section::getParentId, found);
    }

    @BatchMapping
    Map<Section, List<Section>> subsections(List<Section> sections) {
        var found = graph.grouped(Section.class, "section-subsections", Batches.keys(sections, Section::getId));
        return Batches.listsBySource(sections, Section::getId, found);
    }

    @BatchMapping
    Map<Section, List<Task>> tasks(List<Section> sections) {
        var found = graph.grouped(Task.class, "section-tasks", Batches.keys(sections, Section::getId));
        return Batches.listsBySource(sections, Section::getId, found);
    }
}
