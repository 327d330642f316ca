package dev.policygraph.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/**
 * Query parameters: a record (each component a parameter of its name; nested records become maps, null components
 * null parameters) or a map.
 */
final class Parameters {

    private Parameters() {
    }

    /** The parameters for the driver. */
    static Value of(Object parameters) {
        return Values.value(asMap(parameters));
    }

    /** The parameters as a map of Java values (for OGM). */
    @SuppressWarnings("unchecked")
    static Map<String, @Nullable Object> asMap(Object parameters) {
        if (!(parameters instanceof Record) && !(parameters instanceof Map)) {
            throw new IllegalArgumentException("Query parameters must be a record or a map, not "
                    + parameters.getClass().getName());
        }
        return (Map<String, @Nullable Object>) plain(parameters);
    }

    private static @Nullable Object plain(@Nullable Object value) {
        if (value instanceof Record record) {
            RecordShape shape = RecordShape.of(record.getClass());
            Map<String, @Nullable Object> out = new LinkedHashMap<>();
            for (int i = 0; i < shape.names.length; i++) {
                out.put(shape.names[i], plain(shape.value(record, i)));
            }
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, @Nullable Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof Collection<?> list) {
            List<@Nullable Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }
}
