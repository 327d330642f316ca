package dev.policygraph.api;

import dev.policygraph.config.PolicyGraphProperties;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLNamedType;
import java.util.Collection;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * What a request may use while it runs. Its deadline ({@code timeout} after it arrived) goes into the GraphQL
 * context, from where it follows every data fetcher and batch loader onto their threads as the persistence
 * {@link dev.policygraph.persistence.QueryDeadline}: each database transaction gets the time left as its timeout, so
 * Neo4j cancels a query still running when the time is up. No fetcher starts once the deadline has passed. Each list a
 * fetcher returns may hold {@code maxListItems} items, and all of them together {@code maxResultItems}, so a legal
 * query over a dense graph cannot fill the heap with copies of the same nodes.
 */
final class ExecutionBudget extends SimplePerformantInstrumentation {

    /** The GraphQL context key of the request's deadline (a {@link System#nanoTime()} value). */
    static final String DEADLINE = "policygraph.deadline";

    private final PolicyGraphProperties.Graphql limits;

    ExecutionBudget(PolicyGraphProperties.Graphql limits) {
        this.limits = limits;
    }

    private record State(long deadline, AtomicLong items) implements InstrumentationState {
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        State state = new State(System.nanoTime() + limits.timeout().toNanos(), new AtomicLong());
        parameters.getExecutionInput().getGraphQLContext().put(DEADLINE, state.deadline());
        return state;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters p,
                                                InstrumentationState instrumentationState) {
        if (p.isTrivialDataFetcher() || !(instrumentationState instanceof State state)) {
            return fetcher;
        }
        return env -> {
            if (System.nanoTime() - state.deadline() > 0) {
                throw new InvalidRequestException(timedOut());
            }
            if (state.items().get() > limits.maxResultItems()) {
                throw new InvalidRequestException(tooManyInAll());
            }
            Object value = fetcher.get(env);
            if (value instanceof CompletionStage<?> later) {
                return later.thenApply(v -> count(v, env, state));
            }
            return count(value, env, state);
        };
    }

    private @Nullable Object count(@Nullable Object value, DataFetchingEnvironment env, State state) {
        Object data = value instanceof DataFetcherResult<?> result ? result.getData() : value;
        if (data instanceof Collection<?> list) {
            if (list.size() > limits.maxListItems()) {
                throw new InvalidRequestException(((GraphQLNamedType) env.getParentType()).getName() + "."
                        + env.getField().getName() + " has more than the "
                        + limits.maxListItems() + " a list may return (policygraph.graphql.max-list-items); narrow "
                        + "the query with its filters or ask for a page");
            }
            if (state.items().addAndGet(list.size()) > limits.maxResultItems()) {
                throw new InvalidRequestException(tooManyInAll());
            }
        }
        return value;
    }

    private String timedOut() {
        return "The query ran longer than " + limits.timeout().toMillis() + " ms and was cancelled "
                + "(policygraph.graphql.timeout); ask for less";
    }

    private String tooManyInAll() {
        return "The answer would hold more than " + limits.maxResultItems() + " list items "
                + "(policygraph.graphql.max-result-items); ask for fewer nested lists or smaller pages";
    }
}
