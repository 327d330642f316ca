package dev.policygraph.api;

import dev.policygraph.analysis.DocumentPair;
import dev.policygraph.analysis.DuplicateDocuments;
import dev.policygraph.analysis.DuplicateReason;
import dev.policygraph.analysis.TaskSearch;
import dev.policygraph.graph.Document;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.Unit;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.Page;
import dev.policygraph.persistence.ReadQuery;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class QueryController {

    static final int MAX_PAGE = 500;

    private final GraphReader graph;
    private final TaskSearch search;
    private final DuplicateDocuments duplicates;

    QueryController(GraphReader graph, TaskSearch search, DuplicateDocuments duplicates) {
        this.graph = graph;
        this.search = search;
        this.duplicates = duplicates;
    }

    /** A pair of documents as the GraphQL DocumentPair type. */
    record Pair(Document first, Document second, double similarity, DuplicateReason reason) {
    }

    /** Parameters of units-search.cypher and units-by-name.cypher. */
    record UnitSearch(@Nullable String search, @Nullable String region) {
    }

    record UnitName(String name, @Nullable String region) {
    }

    @QueryMapping
    List<Document> documents() {
        return graph.list(Document.class, ReadQuery.DOCUMENTS_ALL, Map.of());
    }

    @QueryMapping
    @Nullable Document document(@Argument String id) {
        return graph.byIds(Document.class, ReadQuery.DOCUMENTS_BY_ID, List.of(id)).stream().findFirst().orElse(null);
    }

    @QueryMapping
    @Nullable Task task(@Argument String id) {
        return graph.byIds(Task.class, ReadQuery.TASKS_BY_ID, List.of(id)).stream().findFirst().orElse(null);
    }

    @QueryMapping
    TaskConnection tasks(@Argument @Nullable TaskFilterInput filter, @Argument @Nullable Integer first,
                         @Argument @Nullable String after) {
        int limit = first == null ? 50 : first;
        if (limit < 0 || limit > MAX_PAGE) {
            throw new InvalidRequestException("first must be between 0 and " + MAX_PAGE + ", was " + limit);
        }
        int skip = TaskConnection.skipAfter(after);
        TaskFilterInput f = filter == null ? new TaskFilterInput(null, null, null, null, null, null) : filter;
        List<String> unitIds = f.unit() == null ? null
                : unitsNamed(f.unit(), f.region()).stream().map(Unit::getId).toList();
        Page<Task> page = search.find(new TaskSearch.Criteria(f.text(), f.documentId(), unitIds,
                f.role() == null ? Set.of() : Set.of(f.role()), f.orphan(), null), skip, limit);
        return TaskConnection.of(page.items(), skip, page.total());
    }

    @QueryMapping
    List<Unit> units(@Argument @Nullable String search, @Argument @Nullable String region) {
        return graph.list(Unit.class, ReadQuery.UNITS_SEARCH, new UnitSearch(blankToNull(search), blankToNull(region)));
    }

    @QueryMapping
    @Nullable Unit unit(@Argument String name, @Argument @Nullable String region) {
        List<Unit> found = unitsNamed(name, region);
        if (found.size() > 1) {
            throw new InvalidRequestException("Unit name '" + name + "' is used in several regions ("
                    + found.stream().map(Unit::getRegion).collect(Collectors.joining(", "))
                    + "); give region to choose one");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    @QueryMapping
    List<Task> orphanTasks(@Argument @Nullable String documentId) {
        return search.orphans(documentId);
    }

    @QueryMapping
    List<Pair> duplicateDocuments() {
        List<DocumentPair> pairs = duplicates.find();
        List<String> ids = pairs.stream().flatMap(p -> Stream.of(p.firstId(), p.secondId())).distinct().toList();
        Map<String, Document> docs = graph.single(Document.class, ReadQuery.DOCUMENTS_BY_ID, ids);
        return pairs.stream()
                .filter(p -> docs.containsKey(p.firstId()) && docs.containsKey(p.secondId()))
                .map(p -> new Pair(docs.get(p.firstId()), docs.get(p.secondId()), p.similarity(), p.reason()))
                .toList();
    }

    /** Units called {@code name}, canonically or as printed, within {@code region} when given. */
    private List<Unit> unitsNamed(String name, @Nullable String region) {
        return graph.list(Unit.class, ReadQuery.UNITS_BY_NAME, new UnitName(name.strip(), blankToNull(region)));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
