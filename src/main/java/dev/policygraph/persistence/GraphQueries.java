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
    record DocumentProperties(List<String> properties) {
    }

    /**
     * Every document in id order, read as rows through the driver and made into documents directly: the largest list
     * the API reads whole, without OGM's entity mapping. Only the properties {@code fields} name are read (the others
     * keep their defaults); {@code original} stands for the properties of the original file. The id is always read.
     */
    public List<Document> documents(Collection<String> fields) {
        List<String> properties = new ArrayList<>();
        for (String field : fields) {
            if (field.equals("original")) {
                properties.addAll(List.of("originalName", "originalType", "originalMediaType", "originalSize",
                        "originalSha256"));
            } else if (DOCUMENT_PROPERTIES.contains(field) && !field.equals("id")) {
                properties.add(field);
            }
        }
        String cypher = queries.read(ReadQuery.DOCUMENTS_LIST);
        try (var session = database.driver().session()) {
            return session.executeRead(tx -> tx.run(cypher, Parameters.of(new DocumentProperties(properties)))
                    .list(r -> {
                        Map<String, @Nullable Object> row = RecordMapper.row(r, NodeProperties::entity);
                        Map<String, Object> p = new HashMap<>();
                        p.put("id", String.valueOf(row.get("id")));
                        List<?> values = (List<?>) row.get("values");
                        for (int i = 0; i < properties.size(); i++) {
                            Object value = values == null ? null : values.get(i);
                            if (value != null) {
                                p.put(properties.get(i), value);
                            }
                        }
                        return NodeProperties.document(p);
                    }));
        }
    }

    /**
     * A unit with the tasks it leads (in document and reading order) and the document of each task, {@code
     * documents.get(i)} of {@code tasks.get(i)} (null when the documents were not asked for).
     */
    public record UnitLeads(Unit unit, List<Task> tasks, List<@Nullable Document> documents) {
    }

    /** The parameters of units-by-name-with-leads.cypher. */
    record UnitName(String name, @Nullable String region, boolean documents) {
    }

    /**
     * The units called {@code name} (canonically or as printed; within {@code region} when not null), each with the
     * tasks it leads and, when {@code documents}, their documents: one statement, read through the driver.
     */
    public List<UnitLeads> unitsNamedWithLeads(String name, @Nullable String region, boolean documents) {
        String cypher = queries.read(ReadQuery.UNITS_BY_NAME_WITH_LEADS);
        try (var session = database.driver().session()) {
            return session.executeRead(tx -> tx.run(cypher, Parameters.of(new UnitName(name, region, documents)))
                    .list(r -> {
                        Map<String, @Nullable Object> row = RecordMapper.row(r, NodeProperties::entity);
                        Map<String, Document> byId = new HashMap<>();
                        for (Object d : list(row.get("documents"))) {
                            Document document = NodeProperties.document(map(d));
                            byId.put(document.getId(), document);
                        }
                        List<Task> tasks = new ArrayList<>();
                        List<@Nullable Document> of = new ArrayList<>();
                        for (Object lead : list(row.get("leads"))) {
                            Map<String, Object> pair = map(lead);
                            tasks.add(NodeProperties.task(map(pair.get("task"))));
                            of.add(byId.get(String.valueOf(pair.get("document"))));
                        }
                        return new UnitLeads(NodeProperties.unit(map(row.get("unit"))), tasks, of);
                    }));
        }
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
