package dev.policygraph.loading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import dev.policygraph.graph.Document;
import dev.policygraph.graph.GraphNode;
import dev.policygraph.graph.Role;
import dev.policygraph.graph.Section;
import dev.policygraph.graph.Target;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.Unit;
import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.persistence.GraphEntities;
import dev.policygraph.persistence.GraphWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * One model, two ways in: a document written in bulk through the driver reads back through OGM as the very graph
 * the loader built, and an edit saved through OGM is what the API then serves.
 */
class GraphModelTest extends GraphTestSupport {

    private static final String ID = "zz-model-004";

    @Autowired
    DocumentLoader loader;
    @Autowired
    GraphWriter writer;
    @Autowired
    GraphEntities entities;

    private Document built;

    @BeforeEach
    void writeACopyOf004() throws Exception {
        // other bytes than the seed's (Windows line ends), or the loader would recognise the seed's file
        byte[] bytes = Files.readString(Path.of("seeds/004_17aa41a902222470.txt")).replace("\n", "\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var file = new dev.policygraph.extract.Extractor().extract(ID + ".txt", bytes);
        built = DocumentModel.of(file.parse(new DocumentParser()));
        built.setOriginal(file.name(), file.type().name(), file.mediaType(), file.size(), file.sha256());
        assertThat(loader.load(List.of(new Source(ID + ".txt", bytes)))).extracting(DocumentLoader.Loaded::outcome)
                .containsExactly(GraphWriter.Outcome.CREATED);
    }

    @AfterEach
    void removeIt() {
        writer.delete(List.of(ID));
    }

    @Test
    void aDocumentWrittenInBulkReadsBackThroughOgmAsBuilt() {
        Document read = entities.load(Document.class, ID, 1).orElseThrow();
        assertThat(read).usingRecursiveComparison()
                .comparingOnlyFields("file", "title", "titleKey", "issuer", "docNumber", "region", "date",
                        "contentHash", "fingerprint", "parserVersion", "taskCount", "taskKeyCount")
                .isEqualTo(built);
        assertThat(read.getDate()).hasToString("2022-11-04");
        assertThat(read.getSource()).isNotNull();
        assertThat(read.getSource().getText()).isEqualTo(built.getSource().getText());
        assertThat(ids(read.getIssuers())).isEqualTo(ids(built.getIssuers()));
        assertThat(ids(read.getSections())).containsExactlyInAnyOrderElementsOf(ids(built.getSections()));
        assertThat(ids(read.getTasks())).containsExactlyInAnyOrderElementsOf(ids(built.getTasks()));
        assertThat(ids(read.getTargets())).containsExactlyInAnyOrderElementsOf(ids(built.getTargets()));
        assertThat(ids(read.getSchools())).containsExactlyInAnyOrderElementsOf(ids(built.getSchools()));
        assertThat(built.getTasks()).filteredOn(t -> t.getKind() == dev.policygraph.graph.TaskKind.TASK).hasSize(25);

        int leads = 0;
        for (Task expected : built.getTasks()) {
            Task task = entities.load(Task.class, expected.getId(), 1).orElseThrow();
            assertThat(task).usingRecursiveComparison()
                    .comparingOnlyFields("key", "kind", "number", "title", "titleKey", "text", "clause", "deadline",
                            "leadByConvention", "position", "dueDate", "dueKind", "overdueFrom", "status")
                    .isEqualTo(expected);
            assertThat(id(task.getDocument())).isEqualTo(ID);
            assertThat(id(task.getSection())).isEqualTo(id(expected.getSection()));
            assertThat(ids(task.getLeads())).isEqualTo(ids(expected.getLeads()));
            assertThat(ids(task.getCoResponsible())).isEqualTo(ids(expected.getCoResponsible()));
            assertThat(ids(task.getSchools())).containsExactlyInAnyOrderElementsOf(ids(expected.getSchools()));
            assertThat(ids(task.getTargets())).containsExactlyInAnyOrderElementsOf(ids(expected.getTargets()));
            leads += task.getLeads().size();
        }
        assertThat(leads).isPositive();

        for (Section expected : allSections(built.getSections())) {
            Section section = entities.load(Section.class, expected.getId(), 1).orElseThrow();
            assertThat(section).usingRecursiveComparison()
                    .comparingOnlyFields("path", "number", "title", "level", "kind", "inferredNumber", "position")
                    .isEqualTo(expected);
            assertThat(id(section.getParent())).isEqualTo(id(expected.getParent()));
            assertThat(id(section.getDocument())).isEqualTo(id(expected.getDocument()));
            assertThat(ids(section.getSubsections())).containsExactlyInAnyOrderElementsOf(ids(expected.getSubsections()));
            assertThat(ids(section.getTasks())).containsExactlyInAnyOrderElementsOf(ids(expected.getTasks()));
        }

        for (Target expected : built.getTargets()) {
            Target target = entities.load(Target.class, expected.getId(), 1).orElseThrow();
            assertThat(target).usingRecursiveComparison()
                    .comparingOnlyFields("text", "metric", "comparator", "value", "unit", "year", "position")
                    .isEqualTo(expected);
            assertThat(id(target.getDocument())).isEqualTo(ID);
            assertThat(id(target.getTask())).isEqualTo(id(expected.getTask()));
        }

        Unit expectedLead = built.getTasks().stream().filter(t -> !t.getLeads().isEmpty()).findFirst().orElseThrow()
                .getLeads().get(0);
        Unit lead = entities.load(Unit.class, expectedLead.getId(), 1).orElseThrow();
        assertThat(lead.getName()).isEqualTo(expectedLead.getName());
        assertThat(lead.getScope()).isEqualTo("重庆市南岸区");
        assertThat(lead.getAliases()).containsAll(expectedLead.getAliases());
        assertThat(id(lead.getParent())).isEqualTo(id(expectedLead.getParent())).isNotNull();
    }

    @Test
    void anEditSavedThroughOgmIsWhatTheApiServes() {
        Task first = built.getTasks().stream().filter(t -> !t.getCoResponsible().isEmpty()).findFirst().orElseThrow();
        Unit other = built.getTasks().stream().flatMap(t -> t.getCoResponsible().stream())
                .filter(u -> !first.getCoResponsible().contains(u) && !first.getLeads().contains(u))
                .findFirst().orElseThrow();
        String unitId = other.getId();
        List<String> leadsBefore = names(first.getId(), "leads");
        List<String> coBefore = names(first.getId(), "coResponsible");
        assertThat(coBefore).isNotEmpty().doesNotContain(other.getName());
        List<String> aliasesBefore = entities.load(Unit.class, unitId, 0).orElseThrow().getAliases();

        entities.edit(edit -> {
            Task task = edit.load(Task.class, first.getId(), 1).orElseThrow();
            Unit finance = edit.load(Unit.class, unitId, 0).orElseThrow();
            task.assign(finance, Role.CO_RESPONSIBLE);
            edit.save(task, 1);
            return task;
        });

        assertThat(names(first.getId(), "leads")).isEqualTo(leadsBefore);
        assertThat(names(first.getId(), "coResponsible")).startsWith(coBefore.toArray(String[]::new))
                .endsWith(other.getName()).hasSize(coBefore.size() + 1);
        assertThat(entities.load(Unit.class, unitId, 0).orElseThrow().getAliases()).isEqualTo(aliasesBefore);
        JsonNode unit = data("query($id: ID!) { task(id: $id) { document { id } section { id } } }",
                Map.of("id", first.getId())).get("task");
        assertThat(unit.get("document").get("id").asString()).isEqualTo(ID);
    }

    private List<String> names(String taskId, String field) {
        JsonNode units = data("query($id: ID!) { task(id: $id) { " + field + " { name } } }", Map.of("id", taskId))
                .get("task").get(field);
        List<String> out = new java.util.ArrayList<>();
        units.forEach(u -> out.add(u.get("name").asString()));
        return out;
    }

    private static List<Section> allSections(List<Section> sections) {
        List<Section> out = new java.util.ArrayList<>();
        for (Section s : sections) {
            out.add(s);
            out.addAll(allSections(s.getSubsections()));
        }
        return out;
    }

    private static String id(GraphNode node) {
        return node == null ? null : node.getId();
    }

    private static List<String> ids(List<? extends GraphNode> nodes) {
        return nodes.stream().map(GraphNode::getId).filter(Objects::nonNull).toList();
    }
}
