package dev.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A query text is parsed and validated once and its document kept; the same text with other variables answers for
 * those variables, a text with errors is never kept, and the limits on a query still refuse a kept text every time.
 */
class ParsedDocumentsTest extends GraphTestSupport {

    @Autowired
    ParsedDocuments parsed;

    @Test
    void aKeptTextAnswersForTheVariablesOfEachRequest() {
        String query = "query($name: String!) { unit(name: $name) { name leads { id } } }";
        JsonNode first = data(query, Map.of("name", "区教委")).get("unit");
        assertThat(parsed.keeps(query)).isTrue();
        JsonNode second = data(query, Map.of("name", "衢州市教育局")).get("unit");
        assertThat(first.get("name").asString()).isEqualTo("重庆市南岸区教育委员会");
        assertThat(first.get("leads")).hasSize(22);
        assertThat(second.get("name").asString()).isEqualTo("衢州市教育局");
        assertThat(second.get("leads").size()).isPositive();
        assertThat(data(query, Map.of("name", "区教委")).get("unit")).isEqualTo(first);
    }

    @Test
    void aTextWithErrorsIsNeverKeptAndFailsEachTime() {
        String query = "{ documents { id noSuchField } }";
        for (int i = 0; i < 2; i++) {
            assertThat(graphql(query, Map.of()).get("errors").toString()).contains("noSuchField");
            assertThat(parsed.keeps(query)).isFalse();
        }
    }

    @Test
    void theLimitsRefuseAKeptTextEveryTime() {
        String nested = "{ units { " + "leads { ".repeat(13) + "id" + " }".repeat(13) + " } }";
        String page = "query($n: Int) { tasks(first: $n) { edges { node { id } } } }";
        assertThat(data(page, Map.of("n", 2)).get("tasks").get("edges")).hasSize(2);
        assertThat(parsed.keeps(page)).isTrue();
        for (int i = 0; i < 2; i++) {
            assertThat(graphql(nested, Map.of()).get("errors").toString()).contains("would cost more than 20000");
            assertThat(graphql(page, Map.of("n", 1_000_000)).get("errors").toString())
                    .contains("first must be between 0 and 500");
        }
    }
}
