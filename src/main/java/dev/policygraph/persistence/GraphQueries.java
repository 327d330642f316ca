package dev.policygraph.persistence;

import dev.policygraph.graph.Document;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.Unit;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Runs read queries through the driver and maps each result row to a record ({@link RecordMapper}): for analytic
 * results that are not entities; and the hot reads of entities (the document list, a unit with its tasks, a page of
 * tasks), whose nodes are made into entities from their properties ({@link NodeProperties}) rather than by OGM.
 */
@Component
public class GraphQueries {

    private final Database database;
    private final CypherQueries queries;

    GraphQueries(Database database, CypherQueries queries) {
        this.database = database;
        this.queries = queries;
    }

    /** Every row of the query as a {@code type}. */
    public <R extends Record> List<R> list(ReadQuery query, Object parameters, Class<R> type) {
        String cypher = queries.read(query);
        try (var session = database.driver().session()) {
            return session.executeRead(tx -> tx.run(cypher, Parameters.of(parameters))
                    .list(r -> RecordMapper.map(r, type)));
        }
    }

    /** The properties of a Document node (those of {@link DocumentRows.DocumentNode}, which writes them). */
    private static final Set<String> DOCUMENT_PROPERTIES = Arrays.stream(
            DocumentRows.DocumentNode.class.getRecordComponents()).map(RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());

    /** The parameters of documents-list.cypher. */
    record DocumentProperties(List<String> properties, long skip, long limit) {
    }

    /**
     * The documents in id order after the first {@code skip}, at most {@code limit}, read as rows through the driver and made into documents directly: the largest list
     * the API reads whole, without OGM's entity mapping. Only the properties {@code fields} name are read (the others
     * keep their defaults); {@code original} stands for the properties of the original file. The id is always read.
     */
    public List<Document> documents(Collection<String> fields, long skip, long limit) {
        List<String> properties = documentProperties(fields);
        String cypher = queries.read(ReadQuery.DOCUMENTS_LIST);
        try (var session = database.driver().session()) {
            return session.executeRead(tx -> tx.run(cypher, Parameters.of(new DocumentProperties(properties, skip, limit)))
                    .list(r -> {
                        Map<String, @Nullable Object> row = RecordMapper.row(r, NodeProperties::entity);
                        return document(properties, row.get("id"), row.get("values"));
                    }));
        }
    }

    /** A stored duplicate pair with both documents (of which the properties asked for), as duplicate-pairs reads it. */
    public record DocumentPairRow(Document first, Document second, double similarity, String reason) {
    }

    /**
     * A page of the stored duplicate pairs in the order of first and second id: after the first {@code skip}, at most
     * {@code limit}, read in the order of the pairs' index (duplicate-pairs.cypher), with the properties that the
     * GraphQL fields {@code documentFields} of either document show ({@link #documentProperties}) and the ids.
     */
    public List<DocumentPairRow> duplicatePairs(Collection<String> documentFields, long skip, long limit) {
        List<String> properties = documentProperties(documentFields);
        String cypher = queries.read(ReadQuery.DUPLICATE_PAIRS);
        try (var session = database.driver().session()) {
            return session.executeRead(tx -> tx.run(cypher, Parameters.of(new DocumentProperties(properties, skip,
                    limit))).list(r -> {
                        Map<String, @Nullable Object> row = RecordMapper.row(r, NodeProperties::entity);
                        return new DocumentPairRow(document(properties, row.get("firstId"), row.get("first")),
                                document(properties, row.get("secondId"), row.get("second")),
                                ((Number) Objects.requireNonNull(row.get("similarity"))).doubleValue(),
                                String.valueOf(row.get("reason")));
                    }));
        }
    }

    private static Document document(List<String> properties, @Nullable Object id, @Nullable Object values) {
        Map<String, Object> p = named(properties, values);
        p.put("id", String.valueOf(id));
        return NodeProperties.document(p);
    }

    /**
     * A unit with the tasks it leads (in document and reading order) and the document of each task, {@code
     * documents.get(i)} of {@code tasks.get(i)} (null when the documents were not asked for).
     */
    public record UnitLeads(Unit unit, List<Task> tasks, List<@Nullable Document> documents) {
    }

    /** The parameters of units-by-name-with-leads.cypher. */
    record UnitName(String name, @Nullable String region, List<String> taskProperties, boolean documents,
                    List<String> documentProperties, long limit) {
    }

    /**
     * The units called {@code name} (canonically or as printed; within {@code region} when not null), each with the
     * tasks it leads and, when {@code documentFields} is not null, their documents: one statement, read through the
     * driver. Of the tasks and documents only the properties that the GraphQL fields named in {@code taskFields} and
     * {@code documentFields} show are read (see {@link #taskProperties}, {@link #documentProperties}); of the tasks,
     * the first {@code limit}.
     */
    public List<UnitLeads> unitsNamedWithLeads(String name, @Nullable String region, Collection<String> taskFields,
                                               @Nullable Collection<String> documentFields, long limit) {
        List<String> taskProperties = taskProperties(taskFields);
        List<String> documentProperties = documentFields == null ? List.of() : documentProperties(documentFields);
        String cypher = queries.read(ReadQuery.UNITS_BY_NAME_WITH_LEADS);
        UnitName parameters = new UnitName(name, region, taskProperties, documentFields != null, documentProperties,
                limit);
        try (var session = database.driver().session()) {
            return session.executeRead(tx -> tx.run(cypher, Parameters.of(parameters))
                    .list(r -> {
                        Map<String, @Nullable Object> row = RecordMapper.row(r, NodeProperties::entity);
                        Map<String, Document> byId = new HashMap<>();
                        for (Object d : list(row.get("documents"))) {
                            List<?> idAndValues = (List<?>) d;
                            Document document = document(documentProperties, idAndValues.get(0), idAndValues.get(1));
                            byId.put(document.getId(), document);
                        }
                        List<Task> tasks = new ArrayList<>();
                        List<@Nullable Document> of = new ArrayList<>();
                        for (Object lead : list(row.get("leads"))) {
                            List<?> documentAndValues = (List<?>) lead;
                            tasks.add(NodeProperties.task(named(taskProperties, documentAndValues.get(1))));
                            of.add(byId.get(String.valueOf(documentAndValues.get(0))));
                        }
                        return new UnitLeads(NodeProperties.unit(map(row.get("unit"))), tasks, of);
                    }));
        }
    }

    /** The stored properties of a Task node (those of {@link DocumentRows.TaskNode}, which writes them). */
    private static final List<String> TASK_PROPERTIES = Arrays.stream(DocumentRows.TaskNode.class
            .getRecordComponents()).map(RecordComponent::getName).toList();

    /** Fields of the GraphQL Task type that show the stored property of the same name as it is. */
    private static final Set<String> TASK_PROPERTY_FIELDS = Set.of("id", "kind", "number", "title", "text", "clause",
            "deadline", "leadByConvention");

    /** Fields of the GraphQL Task type whose values are read by their own loaders from the task's id alone. */
    private static final Set<String> TASK_LINK_FIELDS = Set.of("__typename", "document", "section", "leads",
            "coResponsible", "schools", "targets", "orphan", "history", "similar", "measure");

    /**
     * The properties of a Task node that the GraphQL fields {@code fields} of it need: the id and those fields'
     * properties when every field shows a property as it is or is read from the id alone; all of them when some
     * field is computed from several (status, overdue, progress, dates) or is not known here.
     */
    static List<String> taskProperties(Collection<String> fields) {
        List<String> properties = new ArrayList<>(List.of("id"));
        for (String field : fields) {
            if (TASK_PROPERTY_FIELDS.contains(field)) {
                if (!properties.contains(field)) {
                    properties.add(field);
                }
            } else if (!TASK_LINK_FIELDS.contains(field)) {
                return TASK_PROPERTIES;
            }
        }
        return properties;
    }

    /**
     * The properties of a Document node that the GraphQL fields {@code fields} of it show, without the id (always
     * read): a field of the name of a stored property shows it, {@code original} the properties of the original file,
     * and the other fields (sections, tasks, issuers, ...) are read from the id alone.
     */
    static List<String> documentProperties(Collection<String> fields) {
        List<String> properties = new ArrayList<>();
        for (String field : fields) {
            if (field.equals("original")) {
                properties.addAll(List.of("originalName", "originalType", "originalMediaType", "originalSize",
                        "originalSha256"));
            } else if (DOCUMENT_PROPERTIES.contains(field) && !field.equals("id") && !properties.contains(field)) {
                properties.add(field);
            }
        }
        return properties;
    }

    /** The values a query read for {@code names}, in their order, by name; null values are left out. */
    private static Map<String, Object> named(List<String> names, @Nullable Object values) {
        Map<String, Object> p = new HashMap<>();
        List<?> list = list(values);
        for (int i = 0; i < names.size() && i < list.size(); i++) {
            Object value = list.get(i);
            if (value != null) {
                p.put(names.get(i), value);
            }
        }
        return p;
    }

    private static List<?> list(@Nullable Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(@Nullable Object value) {
        if (value == null) {
            throw new IllegalStateException("A row without a node's properties where the query returns them");
        }
        return (Map<String, Object>) value;
    }

    /**
     * The rows of a query whose columns are nodes (Task, Document, Unit, Target), lists of them, or values, with each
     * node made into its entity from its properties ({@link NodeProperties}) rather than by OGM: {@link
     * GraphReader#rows} for hot reads (a page of tasks with its lists). Entities read this way carry their properties
     * only.
     */
    public List<Map<String, @Nullable Object>> entityRows(ReadQuery query, Object parameters) {
        String cypher = queries.read(query);
        try (var session = database.driver().session()) {
            return session.executeRead(tx -> tx.run(cypher, Parameters.of(parameters))
                    .list(r -> RecordMapper.row(r, NodeProperties::entity)));
        }
    }

    /** The one row of the query as a {@code type}. */
    public <R extends Record> R single(ReadQuery query, Object parameters, Class<R> type) {
        List<R> rows = list(query, parameters, type);
        if (rows.size() != 1) {
            throw new IllegalStateException(query + " returned " + rows.size() + " rows, not one");
        }
        return rows.get(0);
    }
}
