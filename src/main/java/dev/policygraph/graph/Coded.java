package dev.policygraph.graph;

import org.neo4j.ogm.typeconversion.AttributeConverter;

/** An enum stored under a code of its own rather than under its constant's name. */
public interface Coded {

    String code();

    /** The constant of {@code type} with this code; an unknown code is an error naming it. */
    static <E extends Enum<E> & Coded> E of(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("Unknown " + type.getSimpleName() + " '" + code + "'");
    }

    /** Stores a constant as its code. */
    abstract class Converter<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {

        private final Class<E> type;

        protected Converter(Class<E> type) {
            this.type = type;
        }

        @Override
        public String toGraphProperty(E value) {
            return value.code();
        }

        @Override
        public E toEntityAttribute(String value) {
            return of(type, value);
        }
    }
}
