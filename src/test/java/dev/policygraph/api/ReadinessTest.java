package dev.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 9: /graphql serves only a ready graph, /actuator/health shows Neo4j's state (and nothing else of the
 * actuator is exposed), and HTTP listens on the loopback interface unless configured otherwise.
 */
class ReadinessTest extends GraphTestSupport {

    @Autowired
    WebTestClient web;
    @Autowired
    WebServerApplicationContext context;

    @Test
    void healthShowsNeo4jUpWithoutDetailsAndNothingElseOfTheActuatorIsExposed() {
        web.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.neo4j.status").isEqualTo("UP")
                .jsonPath("$.components.neo4j.details").doesNotExist()
                .jsonPath("$.components.diskSpace.details").doesNotExist();
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP");
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        for (String hidden : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/heapdump", "/actuator/loggers", "/actuator/metrics"}) {
            web.get().uri(hidden).exchange().expectStatus().isNotFound();
        }
    }

    @Test
    void graphqlAnswers503UntilTheApplicationIsReady() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            web.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"query\":\"{ documents { id } }\"}").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().exists("Retry-After")
                    .expectBody().jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("not ready"))
                    .jsonPath("$.data").doesNotExist();
            web.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(data("{ documents { id } }").get("documents")).hasSize(5);
    }

    @Test
    void httpListensOnTheLoopbackInterfaceByDefault() {
        Object address = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector().getProperty("address");
        assertThat(address).isInstanceOf(InetAddress.class);
        assertThat(((InetAddress) address).isLoopbackAddress()).isTrue();
    }
}
