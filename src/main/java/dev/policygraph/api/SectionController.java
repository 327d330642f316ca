package dev.policygraph.api;

import dev.policygraph.graph.Document;
import dev.policygraph.graph.Section;
import dev.policygraph.graph.Task;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.ReadQuery;
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
        return Batches.single(graph, sections, Section::getId, Document.class, ReadQuery.SECTION_DOCUMENT);
    }

    @BatchMapping
    Map<Section, Section> parent(List<Section> sections) {
        return Batches.single(graph, sections, Section::getId, Section.class, ReadQuery.SECTION_PARENT);
    }

    @BatchMapping
    Map<Section, List<Section>> subsections(List<Section> sections) {
        return Batches.lists(graph, sections, Section::getId, Section.class, ReadQuery.SECTION_SUBSECTIONS);
    }

    @BatchMapping
    Map<Section, List<Task>> tasks(List<Section> sections) {
        return Batches.lists(graph, sections, Section::getId, Task.class, ReadQuery.SECTION_TASKS);
    }
}
