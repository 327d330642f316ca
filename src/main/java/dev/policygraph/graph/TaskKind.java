package dev.policygraph.graph;

/**
 * What a numbered item (and the top-level section holding it) is about. Stored, printed by {@code parse --json} and
 * served by GraphQL under the same lower-case code.
 */
public enum TaskKind implements Coded {
    /** A work task: only these can be orphans. */
    TASK("task"),
    GOAL("goal"),
    SAFEGUARD("safeguard"),
    REQUIREMENT("requirement"),
    OTHER("other");

    private final String code;

    TaskKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The kind with this code; an unknown code is an error naming it. */
    public static TaskKind of(String code) {
        return Coded.of(TaskKind.class, code);
    }

    /** Stores a kind as its code. */
    public static final class Converter extends Coded.Converter<TaskKind> {

        public Converter() {
            super(TaskKind.class);
        }
    }
}
