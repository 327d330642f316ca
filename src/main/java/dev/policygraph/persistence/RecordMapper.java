package dev.policygraph.persistence;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.TypeSystem;

/**
 * The one mapping from query results to Java records: each record component takes the column (or map key) of its
 * name. A column the record names but the query does not return is an error, not a null. Components are converted by
 * the driver ({@link Value#as(Class)}), except enums (by constant name, in any case), nested records, and lists and
 * sets of those.
 */
final class RecordMapper {

    private RecordMapper() {
    }

    static <R extends Record> R map(MapAccessor source, Class<R> type) {
        RecordShape shape = RecordShape.of(type);
        Object[] arguments = new Object[shape.names.length];
        for (int i = 0; i < arguments.length; i++) {
            String name = shape.names[i];
            if (!source.containsKey(name)) {
                throw new IllegalStateException(type.getSimpleName() + "." + name + ": the query returns no "
                        + "column of that name (it returns " + source.keys() + ")");
            }
            try {
                arguments[i] = convert(source.get(name), shape.types[i], shape.genericTypes[i]);
            } catch (RuntimeException e) {
                throw new IllegalStateException(type.getSimpleName() + "." + name + ": " + e.getMessage(), e);
            }
        }
        return shape.create(arguments);
    }

    /**
     * The columns of a row as Java values (maps, lists, strings, numbers ...), each node made into what {@code nodes}
     * gives for it, lists of nodes element by element: for rows read as entities from their nodes' properties.
     */
    static Map<String, @Nullable Object> row(MapAccessor source, Function<Node, Object> nodes) {
        Map<String, @Nullable Object> out = new HashMap<>();
        for (String key : source.keys()) {
            out.put(key, value(source.get(key), nodes));
        }
        return out;
    }

    private static @Nullable Object value(Value value, Function<Node, Object> nodes) {
        if (value.isNull()) {
            return null;
        }
        if (value.hasType(TYPES.NODE())) {
            return nodes.apply(value.asNode());
        }
        if (value.hasType(TYPES.LIST())) {
            return value.asList(v -> value(v, nodes));
        }
        return value.asObject();
    }

    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private static @Nullable Object convert(Value value, Class<?> type, Type generic) {
        if (value.isNull()) {
            if (type.isPrimitive()) {
                throw new IllegalStateException("null for a " + type.getName());
            }
            return null;
        }
        if (type.isEnum()) {
            return constant(type, value.asString());
        }
        if (Record.class.isAssignableFrom(type)) {
            return map(value, type.asSubclass(Record.class));
        }
        if (type == List.class || type == Set.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Class<?> elementType = element instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) element;
            List<Object> list = value.asList(v -> convert(v, elementType, element));
            return type == List.class ? list : new LinkedHashSet<>(list);
        }
        return value.as(type);
    }

    private static Object constant(Class<?> type, String name) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name.toUpperCase(Locale.ROOT))) {
                return constant;
            }
        }
        throw new IllegalStateException("'" + name + "' is no " + type.getSimpleName());
    }
}
