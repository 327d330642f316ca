package dev.policygraph.persistence;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;

/**
 * The components of a record class, looked up once a class: {@link Class#getRecordComponents} makes new reflection
 * objects on every call, and query parameters ({@link Parameters}) and results ({@link RecordMapper}) read them for
 * every row (hundreds of thousands of rows in an ingest of 25,000 tasks).
 */
final class RecordShape {

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    final String[] names;
    final Class<?>[] types;
    final Type[] genericTypes;
    private final Method[] accessors;
    private final Class<?> type;
    private volatile Constructor<?> constructor;

    private RecordShape(Class<?> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        names = new String[components.length];
        types = new Class<?>[components.length];
        genericTypes = new Type[components.length];
        accessors = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            names[i] = components[i].getName();
            types[i] = components[i].getType();
            genericTypes[i] = components[i].getGenericType();
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
        }
    }

    static RecordShape of(Class<? extends Record> type) {
        return SHAPES.get(type);
    }

    /** The value of component {@code i} of {@code record}. */
    Object value(Record record, int i) {
        try {
            return accessors[i].invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + type.getName() + "." + names[i], e);
        }
    }

    /** A record of this class from its components' values, in their order. */
    @SuppressWarnings("unchecked")
    <R> R create(Object[] arguments) {
        try {
            Constructor<?> c = constructor;
            if (c == null) {
                c = type.getDeclaredConstructor(types);
                c.setAccessible(true);
                constructor = c;
            }
            return (R) c.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName(), e);
        }
    }
}
