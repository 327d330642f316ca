package dev.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.security.web.FilterChainProxy;

/**
 * Nothing collects observations here, so none are made: no ObservationRegistry, no GraphQL observation around each
 * data fetcher, no observation around each security filter; while the limits of a request and the security filters
 * stay in place (a write without an account is still refused, see CoordinationTest).
 */
class ObservationsOffTest extends GraphTestSupport {

    @Autowired
    ApplicationContext context;

    @Test
    void noObservationWrapsRequestsFiltersOrFetchers() {
        assertThat(context.getBeanNamesForType(ObservationRegistry.class)).isEmpty();
        assertThat(context.getBeanNamesForType(GraphQlObservationInstrumentation.class)).isEmpty();
        // graphql-java runs our own limits (shape, depth, complexity, budget) and no other instrumentation
        Instrumentation instrumentation = context.getBean(GraphQlSource.class).graphQl().getInstrumentation();
        List<? extends Instrumentation> all = instrumentation instanceof ChainedInstrumentation chained
                ? chained.getInstrumentations() : List.of(instrumentation);
        assertThat(all).extracting(i -> i.getClass().getSimpleName())
                .contains("ExecutionBudget", "QueryShape").noneMatch(name -> name.contains("Observation"));
        FilterChainProxy chain = context.getBean(FilterChainProxy.class);
        List<String> filters = chain.getFilterChains().get(0).getFilters().stream()
                .map(f -> f.getClass().getName()).toList();
        assertThat(filters).noneMatch(name -> name.contains("Observation"))
                .anyMatch(name -> name.endsWith("AuthorizationFilter"));
        // and the server answers
        assertThat(data("{ documents(first: 1) { id } }").get("documents")).hasSize(1);
    }
}
