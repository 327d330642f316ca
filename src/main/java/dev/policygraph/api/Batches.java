package dev.policygraph.api;

import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.ReadQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One batch query for a whole level of a GraphQL result, its results given back to the source objects (which are
 * entities: equal when their ids are).
 */
final class Batches {

    private Batches() {
    }

    /** The related entity of each source, where it has one. */
    static <S, T> Map<S, T> single(GraphReader graph, List<S> sources, Function<S, String> key, Class<T> type,
                                   ReadQuery query) {
        Map<String, T> byKey = graph.single(type, query, keys(sources, key));
        Map<S, T> out = new LinkedHashMap<>();
        for (S s : sources) {
            T value = byKey.get(key.apply(s));
            if (value != null) {
                out.put(s, value);
            }
        }
        return out;
    }

    /** The related entities of each source, in the query's order; an empty list where it has none. */
    static <S, T> Map<S, List<T>> lists(GraphReader graph, List<S> sources, Function<S, String> key, Class<T> type,
                                        ReadQuery query) {
        Map<String, List<T>> byKey = graph.grouped(type, query, keys(sources, key));
        Map<S, List<T>> out = new LinkedHashMap<>();
        for (S s : sources) {
            out.put(s, byKey.getOrDefault(key.apply(s), List.of()));
        }
        return out;
    }

    private static <S> List<String> keys(List<S> sources, Function<S, String> key) {
        return sources.stream().map(key).distinct().toList();
    }
}
