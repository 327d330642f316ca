package dev.policygraph.api;

import dev.policygraph.config.PolicyGraphProperties;
import graphql.analysis.MaxQueryDepthInstrumentation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Guards the endpoint against queries nested without end (documents → tasks → leads → leads → ...). */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(PolicyGraphProperties properties) {
        return new MaxQueryDepthInstrumentation(properties.graphql().maxDepth());
    }
}
