package dev.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import graphql.introspection.IntrospectionQuery;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9: no anonymous query can take the server down. Each abusive query the issue found is refused with one
 * BAD_REQUEST error and no data, before anything is fetched; a normal query afterwards gets its answer, and the heap
 * is where it was.
 */
class QueryLimitsTest extends GraphTestSupport {

    private static final long MIB = 1024 * 1024;

    @Autowired
    WebTestClient web;

    @Test
    void eachAbusiveQueryIsRefusedAndANormalOneStillAnswers() {
        long heapBefore = usedHeapAfterGc();
        Map<String, Long> millis = new LinkedHashMap<>();

        String nested = "{ units { " + "leads { ".repeat(13) + "id" + " }".repeat(13) + " } }";
        millis.put("units { leads { leads ... } } nested 14 deep",
                refused(nested, Map.of(), "would cost more than 20000"));
        String aliases = IntStream.range(0, 500).mapToObj(i -> "a" + i + ": documents { id }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        millis.put("500 aliases of one field", refused(aliases, Map.of(), "500 aliased fields, more than the 30"));
        millis.put("a 2-million-character variable", refused(
                "query($t: String) { tasks(filter: {text: $t}) { totalCount } }", Map.of("t", "教".repeat(2_000_000)),
                "variables have more than 16384 characters"));
        millis.put("first: 1000000", refused(
                "{ tasks(first: 1000000) { totalCount edges { node { id title } } } }", Map.of(),
                "first must be between 0 and 500"));
        millis.put("first: 500 with nested lists", refused(
                "{ tasks(first: 500) { edges { node { leads { leads { leads { id } } } } } } }", Map.of(),
                "would cost more than 20000"));
        millis.put("600 fields", refused("{ documents { " + "id ".repeat(600) + "} }", Map.of(),
                "selects 601 fields, more than the 500"));
        millis.put("a 40,000-character query", refused("{ documents { id } }" + " ".repeat(40_000), Map.of(),
                "query text has 40020 characters"));
        System.out.println("Refusal times (ms, including the HTTP round trip): " + millis);

        JsonNode unit = data("{ unit(name: \"区教委\") { name leads { id document { id } } } }").get("unit");
        assertThat(unit.get("name").asString()).isEqualTo("重庆市南岸区教育委员会");
        assertThat(unit.get("leads")).hasSize(22);
        assertThat(data("{ documents { id } }").get("documents")).hasSize(5);

        long growth = usedHeapAfterGc() - heapBefore;
        System.out.println("Heap growth over the abusive queries: " + growth / MIB + " MiB");
        assertThat(growth).as("heap growth").isLessThan(128 * MIB);
    }

    @Test
    void typicalDashboardQueriesAndGraphiqlIntrospectionPassTheLimits() {
        assertThat(data(IntrospectionQuery.INTROSPECTION_QUERY).get("__schema").get("types")).isNotEmpty();
        assertThat(data("""
                { documents { id title tasks { id number title orphan leads { name chain { name } }
                  coResponsible { name } targets { metric value } } } }
                """).get("documents")).hasSize(5);
        assertThat(data("""
                { tasks(filter: {unit: "区教委", role: LEAD}, first: 100) { totalCount edges { node { id title
                  document { id title } section { title } leads { name parent { name } } coResponsible { name } } } } }
                """).get("tasks").get("totalCount").asInt()).isEqualTo(22);
        assertThat(data("{ documents { tasks { leads { chain { leads { id } } } } } }").get("documents")).hasSize(5);
    }

    @Test
    void aRequestBodyLargerThanAQueryCanNeedIsRefusedUnread() {
        String body = "{\"query\":\"{ documents { id } }\",\"variables\":{\"t\":\"" + "x".repeat(20_000_000) + "\"}}";
        web.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST");
    }

    /** Sends the query, checks that it was refused with one BAD_REQUEST error and no data; returns the time taken. */
    private long refused(String query, Map<String, Object> variables, String message) {
        long start = System.nanoTime();
        JsonNode response = graphql(query, variables);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.get("errors")).as(message).hasSize(1);
        JsonNode error = response.get("errors").get(0);
        assertThat(error.get("message").asString()).contains(message);
        assertThat(error.get("extensions").get("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(response.get("data") == null || response.get("data").isNull()
                || response.get("data").toString().equals("{\"tasks\":null}")).as("no data").isTrue();
        return millis;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
