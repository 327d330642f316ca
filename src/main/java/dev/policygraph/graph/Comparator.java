package dev.policygraph.graph;

/** How a target's value is to be reached; stored as its symbol. */
public enum Comparator implements Coded {
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

    @Override
    public String code() {
        return symbol;
    }

    /** The comparator written as {@code symbol}; an unknown symbol is an error naming it. */
    public static Comparator of(String symbol) {
        return Coded.of(Comparator.class, symbol);
    }

    /** Stores a comparator as its symbol. */
    public static final class Converter extends Coded.Converter<Comparator> {

        public Converter() {
            super(Comparator.class);
        }
    }
}
