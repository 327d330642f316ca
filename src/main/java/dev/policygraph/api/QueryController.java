package dev.policygraph.api;

import dev.policygraph.analysis.DocumentPair;
import dev.policygraph.analysis.DuplicateDocuments;
import dev.policygraph.analysis.OrphanTasks;
import dev.policygraph.analysis.TaskSearch;
import dev.policygraph.graph.Document;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.Unit;
import dev.policygraph.persistence.GraphReader;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class QueryController {

    static final int MAX_PAGE = 500;

    private final GraphReader graph;
    private final TaskSearch search;
    private final OrphanTasks orphans;
    private final DuplicateDocuments duplicates;

    QueryController(GraphReader graph, TaskSearch search, OrphanTasks orphans, DuplicateDocuments duplicates) {
        this.graph = graph;
        this.search = search;
        this.orphans = orphans;
        this.duplicates = duplicates;
    }

    /** A pair of documents as the GraphQL DocumentPair type. */
    record Pair(Document first, Document second, double similarity, String reason) {
    }

    @QueryMapping
    List<Document> documents() {
        return graph.list(Document.class, "document-all", Map.of());
    }

    @QueryMapping
    Document document(@Argument String id) {
        return graph.list(Document.class, "document-by-id", Map.of("id", id)).stream().findFirst().orElse(null);
    }

    @QueryMapping
    Task task(@Argument String id) {
        return graph.byIds(Task.class, "tasks-by-id", List.of(id)).stream().findFirst().orElse(null);
    }

    @QueryMapping
    TaskConnection tasks(@Argument TaskFilterInput filter, @Argument Integer first, @Argument String after) {
        int limit = first == null ? 50 : first;
        if (limit < 0 || limit > MAX_PAGE) {
            throw new InvalidRequestException("first must be between 0 and " + MAX_PAGE + ", was " + limit);
        }
        int skip = TaskConnection.skipAfter(after);
        TaskFilterInput f = filter == null ? new TaskFilterInput(null, null, null, null, null, null) : filter;
        List<String> unitIds = f.unit() == null ? null
                : unitsNamed(f.unit(), f.region()).stream().map(Unit::getId).toList();
        TaskSearch.Page page = search.find(new TaskSearch.Criteria(f.text(), f.documentId(), unitIds, roles(f.role()),
                f.orphan()), skip, limit);
        return TaskConnection.of(graph.byIds(Task.class, "tasks-by-id", page.taskIds()), skip, page.total());
    }

    @QueryMapping
    List<Unit> units(@Argument String search, @Argument String region) {
        Map<String, Object> p = new HashMap<>();
        p.put("search", search == null || search.isBlank() ? null : search.strip());
        p.put("region", region == null || region.isBlank() ? null : region.strip());
        return graph.list(Unit.class, "units-search", p);
    }

    @QueryMapping
    Unit unit(@Argument String name, @Argument String region) {
        List<Unit> found = unitsNamed(name, region);
        if (found.size() > 1) {
            throw new InvalidRequestException("Unit name '" + name + "' is used in several regions ("
                    + found.stream().map(Unit::getRegion).collect(Collectors.joining(", "))
                    + "); give region to choose one");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    @QueryMapping
    List<Task> orphanTasks(@Argument String documentId) {
        return graph.byIds(Task.class, "tasks-by-id", orphans.taskIds(documentId));
    }

    @QueryMapping
    List<Pair> duplicateDocuments() {
        List<DocumentPair> pairs = duplicates.find();
        List<String> ids = pairs.stream().flatMap(p -> Stream.of(p.firstId(), p.secondId())).distinct().toList();
        Map<String, Document> docs = graph.single(Document.class, "documents-by-id", ids);
        return pairs.stream()
                .map(p -> new Pair(docs.get(p.firstId()), docs.get(p.secondId()), p.similarity(), p.reason()))
                .filter(p -> p.first() != null && p.second() != null)
                .toList();
    }

    private List<Unit> unitsNamed(String name, String region) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", name.strip());
        p.put("region", region == null || region.isBlank() ? null : region.strip());
        return graph.list(Unit.class, "units-by-name", p);
    }

    private static Set<TaskSearch.Role> roles(TaskFilterInput.RoleInput role) {
        if (role == TaskFilterInput.RoleInput.LEAD) {
            return EnumSet.of(TaskSearch.Role.LEAD);
        }
        if (role == TaskFilterInput.RoleInput.CO_RESPONSIBLE) {
            return EnumSet.of(TaskSearch.Role.CO_RESPONSIBLE);
        }
        return EnumSet.allOf(TaskSearch.Role.class);
    }
}
