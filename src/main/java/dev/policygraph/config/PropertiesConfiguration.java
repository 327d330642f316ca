package dev.policygraph.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link PolicyGraphProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PolicyGraphProperties.class)
class PropertiesConfiguration {
}
