package dev.policygraph.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.neo4j.ogm.model.Result;
import org.neo4j.ogm.session.Session;
import org.neo4j.ogm.session.SessionFactory;
import org.neo4j.ogm.transaction.Transaction;
import org.springframework.stereotype.Component;

/**
 * Reads entities of {@code dev.policygraph.graph} through OGM with the read queries of cypher/read, in read-only
 * transactions. Batch queries take {@code $keys} and return rows of {@code key} and {@code node}, so that one query
 * serves a whole level of a GraphQL result. Entities read this way carry their properties; their relationship fields
 * are filled only as far as the query returns them (use {@link GraphEntities} to load a subgraph).
 */
@Component
public class GraphReader {

    /** The parameter of batch queries. */
    record Keys(List<String> keys) {
    }

    private final SessionFactory sessions;
    private final CypherQueries queries;

    GraphReader(SessionFactory sessions, CypherQueries queries) {
        this.sessions = sessions;
        this.queries = queries;
    }

    /** The entities returned by the single-column query. */
    public <T> List<T> list(Class<T> type, ReadQuery query, Object parameters) {
        return read(session -> {
            List<T> out = new ArrayList<>();
            session.query(type, queries.read(query), Parameters.asMap(parameters)).forEach(out::add);
            return out;
        });
    }

    /** The entities of the batch query grouped by key; keys without rows map to empty lists. */
    public <T> Map<String, List<T>> grouped(Class<T> type, ReadQuery query, Collection<String> keys) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, new ArrayList<>()));
        for (Map<String, Object> row : rows(query, keys)) {
            out.computeIfAbsent((String) row.get("key"), k -> new ArrayList<>()).add(type.cast(row.get("node")));
        }
        return out;
    }

    /** The single entity per key of the batch query; keys without rows are absent. */
    public <T> Map<String, T> single(Class<T> type, ReadQuery query, Collection<String> keys) {
        Map<String, T> out = new HashMap<>();
        for (Map<String, Object> row : rows(query, keys)) {
            out.putIfAbsent((String) row.get("key"), type.cast(row.get("node")));
        }
        return out;
    }

    /**
     * The rows of a query whose columns are entities, lists of entities or values, mapped by OGM (a page of tasks
     * with lists of what they link to, a batch with a second entity per row).
     */
    public List<Map<String, Object>> rows(ReadQuery query, Object parameters) {
        return read(session -> {
            List<Map<String, Object>> out = new ArrayList<>();
            session.query(queries.read(query), Parameters.asMap(parameters), true).forEach(out::add);
            return out;
        });
    }

    /** The rows of a batch query ({@code $keys}) with all their columns. */
    public List<Map<String, Object>> batchRows(ReadQuery query, Collection<String> keys) {
        return rows(query, keys);
    }

    /** A column of {@link #rows} holding a list of entities as a list; null when the column is null. */
    public static <T> @Nullable List<T> entities(@Nullable Object column, Class<T> type) {
        if (column == null) {
            return null;
        }
        List<T> out = new ArrayList<>();
        // OGM gives a list of nodes as a List, or as an array (an empty one typed Void[])
        for (Object node : column instanceof Object[] array ? List.of(array) : (Iterable<?>) column) {
            out.add(type.cast(node));
        }
        return out;
    }

    /** The entities with the given ids, in the order of the ids (missing ones left out). */
    public <T> List<T> byIds(Class<T> type, ReadQuery query, List<String> ids) {
        Map<String, T> found = single(type, query, ids);
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** The one row of a paging query: its {@code total} and its {@code page}, a list of entities. */
    public <T> Page<T> page(Class<T> type, ReadQuery query, Object parameters) {
        return read(session -> {
            Result result = session.query(queries.read(query), Parameters.asMap(parameters), true);
            Map<String, Object> row = result.queryResults().iterator().next();
            List<T> items = entities(row.get("page"), type);
            return new Page<>(((Number) row.get("total")).longValue(), items == null ? List.of() : items);
        });
    }

    private List<Map<String, Object>> rows(ReadQuery query, Collection<String> keys) {
        return read(session -> {
            List<Map<String, Object>> out = new ArrayList<>();
            session.query(queries.read(query), Parameters.asMap(new Keys(List.copyOf(keys))), true).forEach(out::add);
            return out;
        });
    }

    private <X> X read(Function<Session, X> work) {
        Session session = sessions.openSession();
        try (Transaction tx = session.beginTransaction(Transaction.Type.READ_ONLY)) {
            X result = work.apply(session);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            throw QueryDeadline.translate(e);
        }
    }
}
