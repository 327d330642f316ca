package dev.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The dashboard's aggregations, sorting and filters, against the seeds: each count agrees with the list it counts. */
class DashboardQueriesTest extends GraphTestSupport {

    @Test
    void statsCountTheFilteredTasksByEachDimensionAndAddUpToTheTotal() {
        JsonNode stats = data("""
                { stats { total overdue byDocument { key count } byKind { key count } byRegion { key count }
                    byStatus { key count } byOverdue { key count } byDeadlineYear { key count }
                    byUnit(role: LEAD, first: 500) { key label count } } }
                """).get("stats");
        int total = stats.get("total").asInt();
        assertThat(total).isGreaterThan(100);
        for (String dimension : List.of("byDocument", "byKind", "byRegion", "byStatus", "byOverdue", "byDeadlineYear")) {
            assertThat(sum(stats.get(dimension))).as(dimension).isEqualTo(total);
        }
        JsonNode education = null;
        for (JsonNode c : stats.get("byUnit")) {
            if ("重庆市南岸区教育委员会".equals(c.get("label").asString())) {
                education = c;
            }
        }
        assertThat(education).isNotNull();
        assertThat(education.get("count").asInt()).isEqualTo(22);

        JsonNode of004 = data("query($id: ID!) { stats(filter: {documentId: $id, kind: task}) { total } }",
                Map.of("id", DOC_004)).get("stats");
        assertThat(of004.get("total").asInt()).isEqualTo(25);
    }

    @Test
    void targetsFilterByYearRegionAndMetricAndCountByYear() {
        JsonNode all = data("{ targets(first: 1) { totalCount byYear { year count } } }").get("targets");
        int in2027 = 0;
        for (JsonNode y : all.get("byYear")) {
            if (y.get("year").asInt() == 2027) {
                in2027 = y.get("count").asInt();
            }
        }
        assertThat(in2027).isPositive();
        assertThat(sum(all.get("byYear"))).isEqualTo(all.get("totalCount").asInt());

        JsonNode year = data("{ targets(filter: {year: 2027}, first: 500) { totalCount edges { node { year } } } }")
                .get("targets");
        assertThat(year.get("totalCount").asInt()).isEqualTo(in2027);
        assertThat(year.get("edges")).hasSize(in2027)
                .allSatisfy(e -> assertThat(e.get("node").get("year").asInt()).isEqualTo(2027));

        JsonNode region = data("""
                { targets(filter: {region: "重庆市"}, first: 500) { totalCount edges { node { document { region } } } } }
                """).get("targets");
        assertThat(region.get("totalCount").asInt()).isPositive().isLessThan(all.get("totalCount").asInt());
        assertThat(region.get("edges")).allSatisfy(e -> assertThat(e.get("node").get("document").get("region")
                .asString()).startsWith("重庆市"));

        JsonNode metric = data("{ targets(filter: {metric: \"幼儿园\"}, first: 500) { edges { node { metric } } } }")
                .get("targets");
        assertThat(metric.get("edges")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("node").get("metric").asString()).contains("幼儿园"));
    }

    @Test
    void tasksSortByLeadAndNumberAndUnitsByWorkload() {
        JsonNode byLead = data("""
                query($id: ID) { tasks(filter: {documentId: $id}, sort: LEAD, first: 500) {
                  edges { node { leads { name } } } } }
                """, Map.of("id", DOC_003)).get("tasks").get("edges");
        List<String> leads = new ArrayList<>();
        boolean seenNone = false;
        for (JsonNode e : byLead) {
            JsonNode l = e.get("node").get("leads");
            if (l.isEmpty()) {
                seenNone = true;
            } else {
                assertThat(seenNone).as("tasks without a lead come last").isFalse();
                leads.add(l.get(0).get("name").asString());
            }
        }
        assertThat(leads).hasSizeGreaterThan(2).isSorted();

        String byNumber = """
                query($id: ID, $down: Boolean) { tasks(filter: {documentId: $id, kind: task}, sort: NUMBER,
                  descending: $down, first: 500) { edges { node { number } } } }
                """;
        List<Integer> up = numbers(data(byNumber, Map.of("id", DOC_001, "down", false)).get("tasks").get("edges"));
        List<Integer> down = numbers(data(byNumber, Map.of("id", DOC_001, "down", true)).get("tasks").get("edges"));
        assertThat(up).hasSizeGreaterThan(3).isSorted();
        assertThat(down).isSortedAccordingTo(java.util.Comparator.reverseOrder()).containsExactlyInAnyOrderElementsOf(up);

        JsonNode units = data("{ units(orderBy: WORKLOAD, first: 10) { workload { leads coResponsible } } }")
                .get("units");
        List<Integer> loads = new ArrayList<>();
        units.forEach(u -> loads.add(u.get("workload").get("leads").asInt() + u.get("workload").get("coResponsible")
                .asInt()));
        assertThat(loads).hasSize(10).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    private static List<Integer> numbers(JsonNode edges) {
        List<Integer> numbers = new ArrayList<>();
        edges.forEach(e -> numbers.add(Integer.parseInt(e.get("node").get("number").asString())));
        return numbers;
    }

    private static int sum(JsonNode counts) {
        int sum = 0;
        for (JsonNode c : counts) {
            sum += c.get("count").asInt();
        }
        return sum;
    }
}
