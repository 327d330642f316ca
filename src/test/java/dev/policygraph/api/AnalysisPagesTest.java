package dev.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import dev.policygraph.loading.DocumentLoader;
import dev.policygraph.loading.Source;
import dev.policygraph.persistence.GraphWriter;
import dev.policygraph.persistence.TestGraph;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * the conflicts from the index of the stored ones): on the seeds and the three plans of src/test/resources/measures,
 * the pages, read one after the other by their cursors, hold every item of the rule's whole list once, in its order,
 * whatever the page size and region; totalCount is the length of that list and hasNextPage is false on the last page
 * only. The stored conflicts stay the rule's after every kind of change that can alter them: a plan replaced, deleted
 * and written again, and the coordinators' edits of leads (assignResponsibility, mergeUnits, removeResponsibility);
 * and a change stores again only those of the regions and plans it touches (plans of other regions joining a measure,
 * a task moved to another measure, a plan's region changed, a plan without a region).
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

    /**
     * Each step changes the rule's list of conflicts (checked, so that a step that forgets to keep the stored ones
     * fails), and after each the stored list, read by pages, with and without a region, is the rule's worked out from
     * scratch over the whole graph, its totalCount its length, and Measure.conflicts agrees.
     */
    @Test
    void storedConflictsAreTheRulesAfterEveryKindOfChange() throws Exception {
        String quzhou = "zz-quzhou-preschool";
        List<String> before = assertStoredAreTheRules("as loaded", null);
        assertThat(before).as("衢州's tasks 2 and 3 restate each other with other leads")
                .anyMatch(c -> c.contains(" PLAN ") && c.contains(quzhou));

        // a plan replaced: task 3 led by the lead of task 2, so its conflict goes; then the plan as it was
        String text = new String(measurePlans(List.of(quzhou)).get(0).bytes(), StandardCharsets.UTF_8);
        String same = text.replace("(责任单位:市建设局,", "(责任单位:市教育局,");
        assertThat(same).isNotEqualTo(text);
        assertThat(loader.load(List.of(new Source(quzhou + ".txt", same.getBytes(StandardCharsets.UTF_8)))))
                .extracting(DocumentLoader.Loaded::outcome).containsOnly(GraphWriter.Outcome.REPLACED);
        before = assertStoredAreTheRules("a plan replaced", before);
        assertThat(before).noneMatch(c -> c.contains(" PLAN ") && c.contains(quzhou));
        assertThat(loader.load(measurePlans(List.of(quzhou)))).extracting(DocumentLoader.Loaded::outcome)
                .containsOnly(GraphWriter.Outcome.REPLACED);
        before = assertStoredAreTheRules("the plan replaced as it was", before);

        // a plan deleted, and written again
        assertThat(writer.delete(List.of(quzhou))).isEqualTo(1);
        before = assertStoredAreTheRules("a plan deleted", before);
        assertThat(loader.load(measurePlans(List.of(quzhou)))).extracting(DocumentLoader.Loaded::outcome)
                .containsOnly(GraphWriter.Outcome.CREATED);
        before = assertStoredAreTheRules("the plan written again", before);

        // the coordinators' edits of leads
        String task3 = taskId(quzhou, "3");
        edit(COORDINATOR, "assignResponsibility", "AssignResponsibilityInput",
                Map.of("taskId", task3, "unit", "测试牵头单位甲", "role", "LEAD"));
        before = assertStoredAreTheRules("a lead assigned", before);
        edit(ADMIN, "mergeUnits", "MergeUnitsInput", Map.of("from", "测试牵头单位甲", "into", "市教育局",
                "region", "衢州市"));
        before = assertStoredAreTheRules("a lead merged into another", before);
        edit(COORDINATOR, "removeResponsibility", "RemoveResponsibilityInput",
                Map.of("taskId", task3, "unit", "市建设局", "role", "LEAD"));
        before = assertStoredAreTheRules("a lead removed", before);
        assertThat(before).noneMatch(c -> c.contains(" PLAN ") && c.contains(quzhou));
        // and back to the leads of the plan
        edit(COORDINATOR, "assignResponsibility", "AssignResponsibilityInput",
                Map.of("taskId", task3, "unit", "市建设局", "role", "LEAD"));
        before = assertStoredAreTheRules("the lead assigned again", before);
        edit(COORDINATOR, "removeResponsibility", "RemoveResponsibilityInput",
                Map.of("taskId", task3, "unit", "市教育局", "region", "衢州市"));
        assertStoredAreTheRules("the merged lead removed (the same conflict as before it)", null);
    }

    /** A stored conflict as a line, and whether it still carries the mark of conflicts-mark (conflicts-marked). */
    record MarkedConflict(String measure, String scope, @Nullable String document, @Nullable String region,
                          List<String> tasks, List<String> leads, boolean marked) {

        String line() {
            return new RuleConflict(measure, scope, document, region, tasks, leads).line();
        }
    }

    /**
     * A change stores again the conflicts of the measures it touches only in the regions (or the plans without a
     * region) of the tasks it changes: every other stored conflict is left as it is, node and all (checked by a mark
     * set before each step), and the stored list is still the rule's worked out from scratch. The plans added are
     * named after 衢州's (zz-region-…) so that the measure of 衢州's tasks 2 and 3 keeps its id (the smallest of its
     * tasks') as they join it, the case stored again in part: a second plan of 衢州 joins it (a REGION conflict in
     * 衢州市), a plan of 丽水 with two leads for the task joins it (a PLAN conflict in 丽水市, 衢州's untouched), the
     * second 衢州 plan is replaced with its task moved to another measure, the 丽水 plan is written again as 衢州's
     * (its region changed), a plan without a region joins (a PLAN conflict with region unknown) and is written
     * again with a region; then the three are deleted.
     */
    @Test
    void aChangeStoresAgainOnlyTheConflictsOfTheRegionsAndPlansItTouches() throws Exception {
        String quzhou = regionId("衢州市").get("regionId").toString();
        String lishui = regionId("丽水市").get("regionId").toString();
        String second = "zz-region-quzhou";
        String other = "zz-region-lishui";
        String none = "zz-region-none";
        String task = "实施幼儿园扩容工程。根据常住人口变化和入园需求,新建改扩建一批公办幼儿园,优先保障城镇新增人口集中区域和农村地区学位供给。";
        String training = "加强幼儿园园长和保教人员培训。每年组织幼儿园园长、骨干教师开展专题研修,建立城乡幼儿园结对帮扶机制,提升农村幼儿园保教质量。";
        List<String> before = assertStoredAreTheRules("as loaded", null);
        try {
            before = assertStoredAgainOnlyIn("a second plan of 衢州 joins the measure", before, Set.of(quzhou), Set.of(),
                    () -> write(second, GraphWriter.Outcome.CREATED, regionPlan("衢州", "1." + task + "(责任单位:市卫生健康委)")));
            String measure = before.stream()
                    .filter(c -> c.contains(" REGION " + quzhou + " ") && c.contains(second + "/")).findFirst()
                    .orElseThrow(() -> new AssertionError("no REGION conflict in 衢州市")).split(" ")[0];
            before = assertStoredAgainOnlyIn("a plan of 丽水 joins it", before, Set.of(lishui), Set.of(),
                    () -> write(other, GraphWriter.Outcome.CREATED, regionPlan("丽水", "1." + task + "(责任单位:市卫生健康委)\n2."
                            + task + "(责任单位:市财政局)")));
            assertThat(before).as("丽水's plan's conflict, in the same measure")
                    .anyMatch(c -> c.startsWith(measure + " PLAN " + lishui + " " + other + " "));
            assertThat(before).as("衢州's REGION conflict stays").anyMatch(c -> c.startsWith(measure + " REGION " + quzhou));
            before = assertStoredAgainOnlyIn("the second 衢州 plan's task moved to another measure", before,
                    Set.of(quzhou), Set.of(), () -> write(second, GraphWriter.Outcome.REPLACED,
                            regionPlan("衢州", "1." + training + "(责任单位:市卫生健康委)")));
            assertThat(before).as("the task left 衢州's REGION conflict of the measure")
                    .noneMatch(c -> c.startsWith(measure + " REGION " + quzhou) && c.contains(second + "/"));
            before = assertStoredAgainOnlyIn("the 丽水 plan written again as 衢州's", before, Set.of(quzhou, lishui),
                    Set.of(), () -> write(other, GraphWriter.Outcome.REPLACED, regionPlan("衢州", "1." + task
                            + "(责任单位:市卫生健康委)\n2." + task + "(责任单位:市财政局)")));
            assertThat(before).as("the plan's conflict, now in 衢州市; and 衢州's REGION conflict again")
                    .anyMatch(c -> c.startsWith(measure + " PLAN " + quzhou + " " + other + " "))
                    .anyMatch(c -> c.startsWith(measure + " REGION " + quzhou + " ") && c.contains(other + "/"))
                    .noneMatch(c -> c.contains(" " + lishui + " "));
            before = assertStoredAgainOnlyIn("a plan without a region joins", before, Set.of(), Set.of(none),
                    () -> write(none, GraphWriter.Outcome.CREATED, regionPlan(null, "1." + task + "(责任单位:卫生健康委)\n2."
                            + task + "(责任单位:财政局)")));
            assertThat(before).anyMatch(c -> c.startsWith(measure + " PLAN null " + none + " "));
            before = assertStoredAgainOnlyIn("the plan without a region written again with one", before,
                    Set.of(lishui), Set.of(none), () -> write(none, GraphWriter.Outcome.REPLACED, regionPlan("丽水", "1."
                            + task + "(责任单位:卫生健康委)\n2." + task + "(责任单位:财政局)")));
            assertThat(before).anyMatch(c -> c.startsWith(measure + " PLAN " + lishui + " " + none + " "))
                    .noneMatch(c -> c.contains(" null " + none + " "));
        } finally {
            graph.run("conflicts-mark", java.util.Collections.singletonMap("mark", null));
            writer.delete(List.of(second, other, none));
        }
        assertStoredAreTheRules("the three plans deleted", before);
    }

    /**
     * Marks every stored conflict, makes the {@code change}, and checks that the stored conflicts are the rule's
     * (and differ from {@code before}) and that every conflict without the mark (stored again) lies in one of the
     * {@code regions}, or is of one of the {@code documents} without a region: those of every other group kept
     * their nodes. Returns the rule's list.
     */
    private List<String> assertStoredAgainOnlyIn(String step, List<String> before, Set<String> regions,
                                                 Set<String> documents, Runnable change) {
        graph.run("conflicts-mark", Map.of("mark", step));
        change.run();
        List<String> after = assertStoredAreTheRules(step, before);
        List<MarkedConflict> stored = graph.list("conflicts-marked", Map.of("mark", step), MarkedConflict.class);
        assertThat(stored.stream().map(MarkedConflict::line).toList()).as(step).containsExactlyElementsOf(after);
        assertThat(stored.stream().filter(c -> c.region() == null ? !documents.contains(c.document())
                : !regions.contains(c.region())).filter(c -> !c.marked()).map(MarkedConflict::line).toList())
                .as(step + ": conflicts stored again outside the regions and plans it touches").isEmpty();
        return after;
    }

    /** Writes the plan {@code text} as the document {@code id}, with this outcome. */
    private void write(String id, GraphWriter.Outcome outcome, String text) {
        assertThat(loader.load(List.of(new Source(id + ".txt", text.getBytes(StandardCharsets.UTF_8)))))
                .extracting(DocumentLoader.Loaded::outcome).containsOnly(outcome);
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
     * The stored conflicts, read by pages of 100, of all regions and of 浙江省, are the rule's whole list, and
     * the conflicts of each measure (Measure.conflicts) are the rule's of that measure; the rule's list differs from
     * {@code before} (when not null). Returns the list.
     */
    private List<String> assertStoredAreTheRules(String step, @Nullable List<String> before) {
        List<String> expected = graph.list("conflicts-by-rule", regionId(null), RuleConflict.class).stream()
                .map(RuleConflict::line).toList();
        if (before != null) {
            assertThat(expected).as(step + ": the rule's conflicts change").isNotEqualTo(before);
        }
        assertThat(pages(CONFLICTS, null, 100, AnalysisPagesTest::conflict)).as(step).containsExactlyElementsOf(expected);
        List<String> inZhejiang = graph.list("conflicts-by-rule", regionId("浙江省"), RuleConflict.class).stream()
                .map(RuleConflict::line).toList();
        assertThat(pages(CONFLICTS, "浙江省", 100, AnalysisPagesTest::conflict)).as(step + ", 浙江省")
                .containsExactlyElementsOf(inZhejiang);
        // Measure.conflicts and Measure.conflict of the measures with conflicts now or before
        List<String> measures = java.util.stream.Stream.concat(expected.stream(),
                before == null ? java.util.stream.Stream.empty() : before.stream())
                .map(c -> c.substring(0, c.indexOf(' '))).distinct().toList();
        for (String id : measures) {
            JsonNode m = data("query($id: ID!) { measure(id: $id) { conflict conflicts { measure { id } scope "
                    + "region { id } document { id } tasks { id } leads { id } } } }", Map.of("id", id)).get("measure");
            List<String> own = expected.stream().filter(c -> c.startsWith(id + " ")).toList();
            if (m.isNull()) {
                assertThat(own).as(step + ": " + id + " is gone").isEmpty();
                continue;
            }
            List<String> stored = new ArrayList<>();
            m.get("conflicts").forEach(c -> stored.add(conflict(c)));
            assertThat(stored).as(step + ": conflicts of " + id).containsExactlyElementsOf(own);
            assertThat(m.get("conflict").asBoolean()).as(step + ": conflict of " + id).isEqualTo(!own.isEmpty());
        }
        return expected;
    }

    private String taskId(String document, String number) {
        JsonNode edges = data("query($id: ID) { tasks(filter: {documentId: $id}, first: 100) { edges { node { id "
                + "number } } } }", Map.of("id", document)).get("tasks").get("edges");
        for (JsonNode e : edges) {
            if (e.get("node").get("number").asString().equals(number)) {
                return e.get("node").get("id").asString();
            }
        }
        throw new AssertionError("no task " + number + " in " + document);
    }

    private void edit(String user, String field, String inputType, Map<String, Object> input) {
        as(user).document("mutation($input: " + inputType + "!) { " + field + "(input: $input) { errors { message } } }")
                .variables(Map.of("input", input)).execute().errors().verify()
                .path(field + ".errors").entityList(Object.class).hasSize(0);
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
