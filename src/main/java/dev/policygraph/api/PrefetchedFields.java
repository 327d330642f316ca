package dev.policygraph.api;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLNamedType;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A field whose value the statement of the level above read ahead ({@link Prefetched}: a unit's tasks with their
 * documents, a page's lists) is answered with that value at once, without going through its batch loader: no
 * DataLoader future per object and no dispatch for a level that has nothing left to load (111 tasks of a unit were
 * 111 futures for their documents). A value not read ahead goes to the field's own fetcher and batch as before.
 * First of the instrumentations (lowest order), so that the others, which wrap it, still see every value: the
 * {@link ExecutionBudget} still counts and caps the lists answered here.
 */
@Component
@Order(0)
class PrefetchedFields extends SimplePerformantInstrumentation {

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters p,
                                                @Nullable InstrumentationState state) {
        if (p.isTrivialDataFetcher()) {
            return fetcher;
        }
        return env -> {
            Prefetched prefetched = Prefetched.ofOrNull(env.getGraphQlContext());
            Object source = env.getSource();
            if (prefetched != null && source != null) {
                Object value = prefetched.find(field(env), source);
                if (value != null) {
                    return value;
                }
            }
            return fetcher.get(env);
        };
    }

    /** Type.field, as Prefetched keeps it. */
    private static String field(DataFetchingEnvironment env) {
        return ((GraphQLNamedType) env.getParentType()).getName() + "." + env.getField().getName();
    }
}
