package dev.policygraph.api;

import dev.policygraph.analysis.DuplicateDocuments;
import dev.policygraph.analysis.TaskSearch;
import dev.policygraph.config.PolicyGraphProperties;
import dev.policygraph.graph.Document;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.Unit;
import dev.policygraph.persistence.GraphQueries;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.ReadQuery;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class QueryController {

    static final int MAX_PAGE = 500;
    /** The page of duplicateDocuments when the request names none. */
    static final int DUPLICATE_PAGE = 100;

    private final GraphReader graph;
    private final GraphQueries queries;
    private final TaskSearch search;
    private final DuplicateDocuments duplicates;
    private final Filters filters;
    private final PolicyGraphProperties.Graphql limits;

    QueryController(GraphReader graph, GraphQueries queries, TaskSearch search, DuplicateDocuments duplicates,
                    Filters filters, PolicyGraphProperties properties) {
        this.limits = properties.graphql();
        this.graph = graph;
        this.queries = queries;
        this.search = search;
        this.duplicates = duplicates;
        this.filters = filters;
    }

    /** Parameters of units-search.cypher and units-by-name.cypher. */
    record UnitSearch(@Nullable String search, @Nullable String region, boolean byWorkload,
                      @Nullable Integer limit) {
    }

    /**
     * The documents in id order, a page of them or all, with the properties the request selects of each (and its
     * id). All of them are read no further than one past the list limit, which the answer may not pass anyway.
     */
    @QueryMapping
    List<Document> documents(@Argument @Nullable Integer first, @Argument @Nullable Integer offset,
                             DataFetchingFieldSelectionSet selection) {
        int skip = offset(offset);
        return queries.documents(fieldNames(selection, "*"), skip, first == null ? unpaged() : pageSize(first));
    }

    /** How many items an unpaged list reads at most: one more than a list may hold, enough to refuse it. */
    private long unpaged() {
        return limits.maxListItems() + 1L;
    }

    private static int offset(@Nullable Integer offset) {
        int skip = offset == null ? 0 : offset;
        if (skip < 0) {
            throw new InvalidRequestException("offset must not be negative, was " + skip);
        }
        return skip;
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
                         @Argument @Nullable String after, @Argument TaskSearch.@Nullable Sort sort,
                         @Argument @Nullable Boolean descending, DataFetchingFieldSelectionSet selection,
                         GraphQLContext context) {
        int limit = pageSize(first);
        int skip = TaskConnection.skipAfter(after);
        TaskSearch.Criteria criteria = filters.tasks(filter);
        // the lists of the page's tasks that the request selects are read by the page's statement
        Set<TaskSearch.TaskList> lists = EnumSet.noneOf(TaskSearch.TaskList.class);
        for (TaskSearch.TaskList list : TaskSearch.TaskList.values()) {
            if (selection.contains("edges/node/" + list.column())) {
                lists.add(list);
            }
        }
        // one more than asked tells whether there is a next page, without counting
        List<TaskSearch.Row> rows = search.find(criteria, sort == null ? TaskSearch.Sort.DOCUMENT : sort,
                Boolean.TRUE.equals(descending), skip, limit + 1L, lists);
        Prefetched prefetched = Prefetched.of(context);
        for (TaskSearch.Row row : rows) {
            keep(prefetched, "Task.leads", row.task(), row.leads());
            keep(prefetched, "Task.coResponsible", row.task(), row.coResponsible());
            keep(prefetched, "Task.targets", row.task(), row.targets());
        }
        return TaskConnection.of(rows.stream().map(TaskSearch.Row::task).toList(), skip, limit, criteria);
    }

    private static void keep(Prefetched prefetched, String field, Task task, @Nullable Object value) {
        if (value != null) {
            prefetched.put(field, task, value);
        }
    }

    @SchemaMapping(typeName = "TaskConnection", field = "totalCount")
    long totalCount(TaskConnection connection) {
        return search.count(connection.criteria());
    }

    static int pageSize(@Nullable Integer first) {
        int limit = first == null ? 50 : first;
        if (limit < 0 || limit > MAX_PAGE) {
            throw new InvalidRequestException("first must be between 0 and " + MAX_PAGE + ", was " + limit);
        }
        return limit;
    }

    /** How to order units. */
    enum UnitOrder { NAME, WORKLOAD }

    @QueryMapping
    List<Unit> units(@Argument @Nullable String search, @Argument @Nullable String region,
                     @Argument @Nullable UnitOrder orderBy, @Argument @Nullable Integer first) {
        if (first != null && first < 0) {
            throw new InvalidRequestException("first must not be negative, was " + first);
        }
        return graph.list(Unit.class, orderBy == UnitOrder.WORKLOAD ? ReadQuery.UNITS_BY_WORKLOAD
                : ReadQuery.UNITS_SEARCH, new UnitSearch(blankToNull(search), blankToNull(region),
                orderBy == UnitOrder.WORKLOAD, first == null ? (int) unpaged() : first));
    }

    /**
     * The unit; when its leads are selected, in one statement with them (and their documents when selected), kept
     * for {@code Unit.leads} and {@code Task.document}.
     */
    @QueryMapping
    @Nullable Unit unit(@Argument String name, @Argument @Nullable String region,
                        DataFetchingFieldSelectionSet selection, GraphQLContext context) {
        if (!selection.contains("leads")) {
            return filters.unit(name, region);
        }
        List<GraphQueries.UnitLeads> found = queries.unitsNamedWithLeads(name.strip(), Filters.blankToNull(region),
                fieldNames(selection, "leads/*"),
                selection.contains("leads/document") ? fieldNames(selection, "leads/document/*") : null, unpaged());
        Unit unit = Filters.one(found.stream().map(GraphQueries.UnitLeads::unit).toList(), name);
        if (unit == null) {
            return null;
        }
        GraphQueries.UnitLeads leads = found.get(0);
        Prefetched prefetched = Prefetched.of(context);
        prefetched.put("Unit.leads", unit, leads.tasks());
        for (int i = 0; i < leads.tasks().size(); i++) {
            keep(prefetched, "Task.document", leads.tasks().get(i), leads.documents().get(i));
        }
        return unit;
    }

    /** The names of the fields the selection holds at {@code glob} (e.g. {@code leads/*}). */
    private static Set<String> fieldNames(DataFetchingFieldSelectionSet selection, String glob) {
        return selection.getFields(glob).stream().map(SelectedField::getName).collect(Collectors.toSet());
    }

    @QueryMapping
    List<Task> orphanTasks(@Argument @Nullable String documentId, @Argument @Nullable Integer first,
                           @Argument @Nullable Integer offset) {
        int skip = offset(offset);
        return search.orphans(documentId, skip, first == null ? unpaged() : pageSize(first));
    }

    /**
     * A page of the duplicate pairs, ordered by first and second id: at most {@code first} (100 when not given) after
     * skipping {@code offset}, read in one statement with the properties the request selects of both documents.
     */
    @QueryMapping
    List<DuplicateDocuments.Found> duplicateDocuments(@Argument @Nullable Integer first,
                                                      @Argument @Nullable Integer offset,
                                                      DataFetchingFieldSelectionSet selection) {
        Set<String> fields = new HashSet<>(fieldNames(selection, "first/*"));
        fields.addAll(fieldNames(selection, "second/*"));
        return duplicates.page(fields, offset(offset), Connection.limit(first, DUPLICATE_PAGE));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
