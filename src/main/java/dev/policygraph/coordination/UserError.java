package dev.policygraph.coordination;

import org.jspecify.annotations.Nullable;

/** A mistake in an edit the caller can correct; {@code field} names the input field at fault. */
public record UserError(String message, @Nullable String field) {
}
