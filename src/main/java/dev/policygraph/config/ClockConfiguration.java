package dev.policygraph.config;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock that says what today is (overdue tasks) and when changes happen; tests set their own. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(PolicyGraphProperties properties) {
        return Clock.system(properties.zone());
    }
}
