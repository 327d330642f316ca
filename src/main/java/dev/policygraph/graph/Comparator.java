package dev.policygraph.graph;

import org.neo4j.ogm.typeconversion.AttributeConverter;

/** How a target's value is to be reached; stored as its symbol. */
public enum Comparator {
    AT_LEAST(">="),
    MORE_THAN(">"),
    AT_MOST("<="),
    LESS_THAN("<"),
    EQUAL("=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    /** {@code >=}, {@code >}, {@code <=}, {@code <} or {@code =}. */
    public String symbol() {
        return symbol;
    }

    /** The comparator written as {@code symbol}; an unknown symbol is an error naming it. */
    public static Comparator of(String symbol) {
        for (Comparator c : values()) {
            if (c.symbol.equals(symbol)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown comparator '" + symbol + "'");
    }

    /** Stores a comparator as its symbol. */
    public static final class Converter implements AttributeConverter<Comparator, String> {

        @Override
        public String toGraphProperty(Comparator value) {
            return value.symbol();
        }

        @Override
        public Comparator toEntityAttribute(String value) {
            return of(value);
        }
    }
}
