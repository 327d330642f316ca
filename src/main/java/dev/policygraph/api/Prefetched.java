package dev.policygraph.api;

import graphql.GraphQLContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Values of fields read by the statement of the level above, with its own rows (a page of tasks with the lists it
 * selects, a unit's tasks with their documents), kept for one request in its GraphQLContext. The batch loaders of
 * those fields take from here what was read ahead and query only the rest, so that a page and its lists are one
 * statement while a field asked on its own still has its batch.
 */
final class Prefetched {

    private final Map<String, Map<Object, Object>> values = new ConcurrentHashMap<>();

    private Prefetched() {
    }

    /** The request's store. */
    static Prefetched of(GraphQLContext context) {
        return context.computeIfAbsent(Prefetched.class, k -> new Prefetched());
    }

    /** Keeps the value of {@code field} (Type.field) for {@code source}. */
    void put(String field, Object source, Object value) {
        values.computeIfAbsent(field, f -> new ConcurrentHashMap<>()).put(source, value);
    }

    /** The value of {@code field} kept for {@code source}, or null when none was read ahead. */
    @Nullable Object find(String field, Object source) {
        Map<Object, Object> known = values.get(field);
        return known == null ? null : known.get(source);
    }

    /** The request's store if it has one, else null (nothing was read ahead). */
    static @Nullable Prefetched ofOrNull(GraphQLContext context) {
        return context.get(Prefetched.class);
    }

    /**
     * The values of {@code field} for the sources: those read ahead, and for the others what {@code load} (called
     * only when there are others, with them alone) gives.
     */
    @SuppressWarnings("unchecked")
    <S, T> Map<S, T> get(String field, List<S> sources, Function<List<S>, Map<S, T>> load) {
        Map<Object, Object> known = values.getOrDefault(field, Map.of());
        Map<S, T> out = new LinkedHashMap<>();
        List<S> missing = new ArrayList<>();
        for (S s : sources) {
            Object value = known.get(s);
            if (value != null) {
                out.put(s, (T) value);
            } else {
                missing.add(s);
            }
        }
        if (!missing.isEmpty()) {
            out.putAll(load.apply(missing));
        }
        return out;
    }
}
