package dev.policygraph.api;

import dev.policygraph.graph.DueKind;
import dev.policygraph.graph.ProgressStatus;
import dev.policygraph.graph.Role;
import dev.policygraph.graph.TaskKind;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The GraphQL TaskFilter input; a null role means either, any other null field does not restrict. */
record TaskFilterInput(@Nullable String unit, @Nullable String region, @Nullable Role role,
                       @Nullable String documentId, @Nullable String text, @Nullable Boolean orphan,
                       @Nullable List<ProgressStatus> status, @Nullable Boolean overdue, @Nullable LocalDate dueAfter,
                       @Nullable LocalDate dueBefore, @Nullable List<DueKind> dueKind, @Nullable Boolean hasTargets,
                       @Nullable Boolean leadByConvention, @Nullable TaskKind kind) {

    static final TaskFilterInput NONE = new TaskFilterInput(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null);
}
