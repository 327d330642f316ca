package dev.policygraph.persistence;

import dev.policygraph.graph.Change;
import org.jspecify.annotations.Nullable;

/** A {@link Change} as the {@code $rows} of changes-create.cypher: exactly the properties OGM reads back. */
record ChangeRow(String id, String action, String actor, String at, String summary, @Nullable String documentId,
                 @Nullable String taskId, @Nullable String unitId, @Nullable String otherUnitId, @Nullable String role,
                 @Nullable String status, @Nullable String note, @Nullable String asOf, @Nullable String alias) {

    static ChangeRow of(Change c) {
        return new ChangeRow(c.getId(), c.getAction().name(), c.getActor(), c.getAt(), c.getSummary(),
                c.getDocumentId(), c.getTaskId(), c.getUnitId(), c.getOtherUnitId(), name(c.getRole()),
                name(c.getStatus()), c.getNote(), c.getAsOf() == null ? null : c.getAsOf().toString(), c.getAlias());
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }
}
