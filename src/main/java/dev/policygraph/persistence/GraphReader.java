package dev.policygraph.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.ogm.session.Session;
import org.neo4j.ogm.session.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Reads entities of {@code dev.policygraph.graph} through OGM with the named queries of cypher/queries. Batch
 * queries take {@code $keys} and return rows of {@code key} and {@code node} (or {@code value}), so that one
 * query serves a whole level of a GraphQL result.
 */
@Component
public class GraphReader {

    private final SessionFactory sessions;
    private final CypherQueries queries;

    GraphReader(SessionFactory sessions, CypherQueries queries) {
        this.sessions = sessions;
        this.queries = queries;
    }

    /** The entities returned by the single-column query {@code name}. */
    public <T> List<T> list(Class<T> type, String name, Map<String, ?> parameters) {
        Session session = sessions.openSession();
        List<T> out = new ArrayList<>();
        session.query(type, queries.get(name), parameters).forEach(out::add);
        return out;
    }

    /** The entities of the batch query {@code name} grouped by key; keys without rows map to empty lists. */
    public <T> Map<String, List<T>> grouped(Class<T> type, String name, Collection<String> keys) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, new ArrayList<>()));
        for (Map<String, Object> row : rows(name, keys)) {
            out.computeIfAbsent((String) row.get("key"), k -> new ArrayList<>()).add(type.cast(row.get("node")));
        }
        return out;
    }

    /** The single entity per key of the batch query {@code name}; keys without rows are absent. */
    public <T> Map<String, T> single(Class<T> type, String name, Collection<String> keys) {
        Map<String, T> out = new HashMap<>();
        for (Map<String, Object> row : rows(name, keys)) {
            out.putIfAbsent((String) row.get("key"), type.cast(row.get("node")));
        }
        return out;
    }

    /** The {@code value} column per key of the batch query {@code name}. */
    public <T> Map<String, T> values(Class<T> type, String name, Collection<String> keys) {
        Map<String, T> out = new HashMap<>();
        for (Map<String, Object> row : rows(name, keys)) {
            out.put((String) row.get("key"), type.cast(row.get("value")));
        }
        return out;
    }

    /** The entities with the given ids, in the order of the ids (missing ones left out). */
    public <T> List<T> byIds(Class<T> type, String name, List<String> ids) {
        Map<String, T> found = single(type, name, ids);
        return ids.stream().map(found::get).filter(x -> x != null).toList();
    }

    private Iterable<Map<String, Object>> rows(String name, Collection<String> keys) {
        Session session = sessions.openSession();
        return session.query(queries.get(name), Map.of("keys", List.copyOf(keys)), true);
    }
}
