package dev.policygraph.api;

import dev.policygraph.graph.Role;
import org.jspecify.annotations.Nullable;

/** The GraphQL TaskFilter input; a null role means either. */
record TaskFilterInput(@Nullable String unit, @Nullable String region, @Nullable Role role,
                       @Nullable String documentId, @Nullable String text, @Nullable Boolean orphan) {
}
