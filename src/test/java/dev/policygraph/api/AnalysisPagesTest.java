package dev.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import dev.policygraph.loading.DocumentLoader;
import dev.policygraph.persistence.GraphWriter;
import dev.policygraph.persistence.TestGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * duplicateTasks and ownershipConflicts are read a page at a time (the pairs from the index of their stored scope,
 * the conflicts a measure at a time): on the seeds and the three plans of src/test/resources/measures, the pages, read
 * one after the other by their cursors, hold every item of the rule's whole list once, in its order, whatever the
 * page size and region; totalCount is the length of that list and hasNextPage is false on the last page only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisPagesTest extends GraphTestSupport {

    private static final List<String> PLANS = List.of("zz-national-preschool", "zz-quzhou-preschool",
            "zz-kecheng-preschool");

    private static final String PAIRS = """
            query($region: String, $first: Int, $after: String) { list: duplicateTasks(region: $region, first: $first,
              after: $after) { totalCount pageInfo { hasNextPage endCursor }
              edges { cursor node { first { id } second { id } kind scope region { id } measure { id } } } } }""";

    private static final String CONFLICTS = """
            query($region: String, $first: Int, $after: String) { list: ownershipConflicts(region: $region,
              first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
              edges { cursor node { measure { id } scope region { id } document { id } tasks { id } leads { id } } } } }""";

    /** A pair as the rule gives it (duplicate-tasks-by-rule). */
    record RulePair(String first, String second, String kind, String scope, @Nullable String region,
                    @Nullable String measure) {

        String line() {
            return String.join(" ", first, second, kind, scope, String.valueOf(region), String.valueOf(measure));
        }
    }

    /** A conflict as the rule gives it (conflicts-by-rule). */
    record RuleConflict(String measure, String scope, @Nullable String document, @Nullable String region,
                        List<String> tasks, List<String> leads) {

        String line() {
            return String.join(" ", measure, scope, String.valueOf(region), String.valueOf(document),
                    sorted(tasks).toString(), sorted(leads).toString());
        }
    }

    @Autowired
    DocumentLoader loader;
    @Autowired
    GraphWriter writer;
    @Autowired
    TestGraph graph;

    @BeforeAll
    void loadThePlans() throws Exception {
        assertThat(loader.load(measurePlans(PLANS))).extracting(DocumentLoader.Loaded::outcome)
                .containsOnly(GraphWriter.Outcome.CREATED);
    }

    @AfterAll
    void removeThePlans() {
        writer.delete(PLANS);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"全国", "浙江省", "攀枝花市", "衢州市"})
    void duplicateTaskPagesHoldTheRulesWholeListOnceInItsOrder(@Nullable String region) {
        List<String> expected = graph.list("duplicate-tasks-by-rule", regionId(region), RulePair.class).stream()
                .map(RulePair::line).toList();
        if (region == null || region.equals("攀枝花市")) {
            assertThat(expected).as("the seeds' 000 and 002 restate each other").hasSizeGreaterThanOrEqualTo(16);
        }
        for (int size : new int[] {1, 3, 100}) {
            assertThat(pages(PAIRS, region, size, AnalysisPagesTest::pair)).as("pages of " + size)
                    .containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"全国", "浙江省", "衢州市", "攀枝花市"})
    void ownershipConflictPagesHoldTheRulesWholeListOnceInItsOrder(@Nullable String region) {
        List<String> expected = graph.list("conflicts-by-rule", regionId(region), RuleConflict.class).stream()
                .map(RuleConflict::line).toList();
        if (region == null || region.equals("浙江省")) {
            assertThat(expected).as("衢州's plans name different leads").hasSizeGreaterThanOrEqualTo(2);
        }
        for (int size : new int[] {1, 2, 100}) {
            assertThat(pages(CONFLICTS, region, size, AnalysisPagesTest::conflict)).as("pages of " + size)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aPageWithoutTotalCountAndAnEmptyPage() {
        JsonNode first = data("{ duplicateTasks(first: 2) { pageInfo { hasNextPage endCursor } edges { cursor } } }")
                .get("duplicateTasks");
        assertThat(first.get("edges")).hasSize(2);
        assertThat(first.get("pageInfo").get("hasNextPage").asBoolean()).isTrue();
        assertThat(first.get("pageInfo").get("endCursor").asString())
                .isEqualTo(first.get("edges").get(1).get("cursor").asString());
        JsonNode none = data("{ ownershipConflicts(first: 0) { totalCount pageInfo { hasNextPage endCursor } "
                + "edges { cursor } } }").get("ownershipConflicts");
        assertThat(none.get("edges")).isEmpty();
        assertThat(none.get("pageInfo").get("hasNextPage").asBoolean()).isTrue();
        assertThat(none.get("pageInfo").get("endCursor").isNull()).isTrue();
        assertThat(none.get("totalCount").asInt()).isPositive();
    }

    /**
     * Every page of a list, read one after the other from the end cursor of the one before, as lines: each page but
     * the last full and saying that more follow, the last saying none does, and each reporting the same totalCount,
     * the number of lines read.
     */
    private List<String> pages(String query, @Nullable String region, int size, Function<JsonNode, String> line) {
        List<String> out = new ArrayList<>();
        String after = null;
        long total = -1;
        for (int page = 0; page < 1_000; page++) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("region", region);
            variables.put("first", size);
            variables.put("after", after);
            JsonNode list = data(query, variables).get("list");
            if (total < 0) {
                total = list.get("totalCount").asLong();
            }
            assertThat(list.get("totalCount").asLong()).isEqualTo(total);
            JsonNode edges = list.get("edges");
            edges.forEach(e -> out.add(line.apply(e.get("node"))));
            boolean more = list.get("pageInfo").get("hasNextPage").asBoolean();
            if (!more) {
                assertThat(edges.size()).isLessThanOrEqualTo(size);
                assertThat(out).hasSize((int) total);
                return out;
            }
            assertThat(edges).hasSize(size);
            after = list.get("pageInfo").get("endCursor").asString();
            assertThat(after).isEqualTo(edges.get(size - 1).get("cursor").asString());
        }
        throw new AssertionError("more than 1,000 pages");
    }

    private Map<String, Object> regionId(@Nullable String region) {
        Map<String, Object> out = new HashMap<>();
        out.put("regionId", region == null ? null
                : data("query($n: String!) { region(name: $n) { id } }", Map.of("n", region)).get("region")
                .get("id").asString());
        return out;
    }

    private static String pair(JsonNode p) {
        return String.join(" ", p.get("first").get("id").asString(), p.get("second").get("id").asString(),
                p.get("kind").asString(), p.get("scope").asString(), id(p.get("region")), id(p.get("measure")));
    }

    private static String conflict(JsonNode c) {
        return String.join(" ", c.get("measure").get("id").asString(), c.get("scope").asString(), id(c.get("region")),
                id(c.get("document")), sorted(ids(c.get("tasks"))).toString(), sorted(ids(c.get("leads"))).toString());
    }

    private static String id(JsonNode node) {
        return node == null || node.isNull() ? "null" : node.get("id").asString();
    }

    private static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get("id").asString()));
        return out;
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().collect(Collectors.toList());
    }
}
