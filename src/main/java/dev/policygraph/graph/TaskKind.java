package dev.policygraph.graph;

import org.neo4j.ogm.typeconversion.AttributeConverter;

/**
 * What a numbered item (and the top-level section holding it) is about. Stored, printed by {@code parse --json} and
 * served by GraphQL under the same lower-case code.
 */
public enum TaskKind {
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

    public String code() {
        return code;
    }

    /** The kind with this code; an unknown code is an error naming it. */
    public static TaskKind of(String code) {
        for (TaskKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("Unknown task kind '" + code + "'");
    }

    /** Stores a kind as its code. */
    public static final class Converter implements AttributeConverter<TaskKind, String> {

        @Override
        public String toGraphProperty(TaskKind value) {
            return value.code();
        }

        @Override
        public TaskKind toEntityAttribute(String value) {
            return of(value);
        }
    }
}
