package dev.policygraph.api;

import dev.policygraph.config.PolicyGraphProperties;
import dev.policygraph.persistence.QueryDeadline;
import graphql.GraphQLError;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import io.micrometer.context.ContextRegistry;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;

/**
 * What an anonymous request may cost, so that no query can take the server down. Before a query runs: the size of
 * its text and variables, the number of fields and aliases ({@link QueryShape}), its depth, and its estimated cost,
 * where a list multiplies what it selects by its size ({@link ListSizeComplexity}). While it runs: a time limit that
 * also cancels its database transactions, and caps on the items of each list and of the whole answer
 * ({@link ExecutionBudget}). Every refusal is one BAD_REQUEST error saying which limit the request passed.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

    QueryLimits() {
        // the request's deadline follows the work into data fetchers and batch loaders (see ExecutionBudget)
        ContextRegistry.getInstance().registerThreadLocalAccessor(ExecutionBudget.DEADLINE, QueryDeadline::get,
                QueryDeadline::set, QueryDeadline::clear);
    }

    @Bean
    @Order(1)
    QueryShape queryShape(PolicyGraphProperties properties) {
        return new QueryShape(properties.graphql());
    }

    @Bean
    @Order(2)
    MaxQueryDepthInstrumentation maxQueryDepth(PolicyGraphProperties properties) {
        return new MaxQueryDepthInstrumentation(properties.graphql().maxDepth()) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return refusal("The query is nested " + depth + " levels deep, more than the " + maxDepth
                        + " allowed (policygraph.graphql.max-depth)");
            }
        };
    }

    @Bean
    @Order(3)
    MaxQueryComplexityInstrumentation maxQueryComplexity(PolicyGraphProperties properties) {
        PolicyGraphProperties.Graphql limits = properties.graphql();
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity(),
                new ListSizeComplexity(limits.defaultListSize(), QueryController.MAX_PAGE, limits.maxComplexity())) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                String cost = complexity > maxComplexity ? "more than " + maxComplexity : String.valueOf(complexity);
                return refusal("The query would cost " + cost + ", more than the " + maxComplexity + " allowed "
                        + "(policygraph.graphql.max-complexity): every field counts 1 plus what it selects, a list "
                        + "that times its size (first, else " + limits.defaultListSize() + "); ask for fewer nested "
                        + "lists or smaller pages");
            }
        };
    }

    @Bean
    @Order(4)
    ExecutionBudget executionBudget(PolicyGraphProperties properties) {
        return new ExecutionBudget(properties.graphql());
    }

    /** A request refused before or while it runs: one BAD_REQUEST error, no data. */
    static AbortExecutionException refusal(String message) {
        return new AbortExecutionException(List.of(error(message)));
    }

    static GraphQLError error(String message) {
        return GraphQLError.newError().errorType(ErrorType.BAD_REQUEST).message(message).build();
    }
}
