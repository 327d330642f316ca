package dev.policygraph.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns results keyed by id back into the source objects GraphQL batch-loads for. */
final class Batches {

    private Batches() {
    }

    static <S> List<String> keys(List<S> sources, Function<S, String> key) {
        return sources.stream().map(key).filter(k -> k != null).distinct().toList();
    }

    static <S, T> Map<S, T> bySource(List<S> sources, Function<S, String> key, Map<String, T> byKey) {
        Map<S, T> out = new LinkedHashMap<>();
        for (S s : sources) {
            String k = key.apply(s);
            T value = k == null ? null : byKey.get(k);
            if (value != null) {
                out.put(s, value);
            }
        }
        return out;
    }

    static <S, T> Map<S, List<T>> listsBySource(List<S> sources, Function<S, String> key,
                                                Map<String, List<T>> byKey) {
        Map<S, List<T>> out = new LinkedHashMap<>();
        for (S s : sources) {
            out.put(s, byKey.getOrDefault(key.apply(s), List.of()));
        }
        return out;
    }
}
