package dev.policygraph.coordination;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an edit returns: the changed object, or the mistakes that kept anything from changing. */
public record Edited<T>(@Nullable T value, List<UserError> errors) {

    public Edited {
        errors = List.copyOf(errors);
        if (value == null && errors.isEmpty()) {
            throw new IllegalArgumentException("An edit returns its object or says why not");
        }
    }

    static <T> Edited<T> done(T value) {
        return new Edited<>(value, List.of());
    }

    static <T> Edited<T> refused(String message, @Nullable String field) {
        return new Edited<>(null, List.of(new UserError(message, field)));
    }
}
