package dev.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import dev.policygraph.loading.DocumentLoader;
import dev.policygraph.persistence.GraphWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Measures over GraphQL, on the seeds and three small plans of src/test/resources/measures: a national opinion on
 * pre-school education, a second 衢州 plan that restates 003's pre-school task under another lead (and repeats one of
 * its own tasks under a third lead), and a 柯城区 plan that restates 003's task for the district.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeasuresGraphQlTest extends GraphTestSupport {

    static final String NATIONAL = "zz-national-preschool";
    static final String QUZHOU = "zz-quzhou-preschool";
    static final String KECHENG = "zz-kecheng-preschool";
    static final String PRESCHOOL_003 = DOC_003 + "/二、(二)/4";
    static final String PRESCHOOL_004 = DOC_004 + "/三、(四)/11";
    static final String PRESCHOOL_000 = DOC_000 + "/二、(三)/1";
    static final String TEACHERS_004 = DOC_004 + "/三、(六)/20";

    @Autowired
    DocumentLoader loader;
    @Autowired
    GraphWriter writer;

    @BeforeAll
    void loadThePlans() throws Exception {
        assertThat(loader.load(measurePlans(List.of(NATIONAL, QUZHOU, KECHENG))))
                .extracting(DocumentLoader.Loaded::outcome)
                .containsOnly(GraphWriter.Outcome.CREATED);
    }

    @AfterAll
    void removeThePlans() {
        writer.delete(List.of(NATIONAL, QUZHOU, KECHENG));
    }

    @Test
    void preSchoolExpansionAcrossTheCityPlansIsOneMeasureWithItsLeadsPerPlan() {
        JsonNode measure = data("""
                query($id: ID!) { task(id: $id) { measure { id kind taskCount documentCount
                  tasks { id document { id } leads { name } } leads { name } regions { name level } } } }
                """, Map.of("id", PRESCHOOL_004)).get("task").get("measure");
        assertThat(measure.get("kind").asString()).isEqualTo("OVERLAP");
        Map<String, List<String>> leadsByTask = new HashMap<>();
        measure.get("tasks").forEach(t -> leadsByTask.put(t.get("id").asString(), names(t.get("leads"))));
        assertThat(leadsByTask).containsKeys(PRESCHOOL_000, DOC_002 + "/二、(三)/1", PRESCHOOL_003, PRESCHOOL_004,
                QUZHOU + "/二、/1", KECHENG + "/二、/1", NATIONAL + "/二、/1");
        assertThat(leadsByTask.get(PRESCHOOL_003)).containsExactly("衢州市教育局");
        assertThat(leadsByTask.get(PRESCHOOL_004)).containsExactly("重庆市南岸区教育委员会");
        assertThat(leadsByTask.get(QUZHOU + "/二、/1")).containsExactly("衢州市发展和改革委员会");
        assertThat(leadsByTask.get(KECHENG + "/二、/1")).containsExactly("衢州市柯城区教育局");
        assertThat(leadsByTask.get(NATIONAL + "/二、/1")).containsExactly("教育部");
        assertThat(leadsByTask.get(PRESCHOOL_000)).isEmpty();
        assertThat(measure.get("taskCount").asInt()).isEqualTo(measure.get("tasks").size());
        assertThat(names(measure.get("leads"))).contains("衢州市教育局", "重庆市南岸区教育委员会", "教育部",
                "衢州市发展和改革委员会", "衢州市柯城区教育局");
        assertThat(names(measure.get("regions"))).contains("全国", "衢州市", "柯城区", "南岸区", "攀枝花市");
        assertThat(measure.get("documentCount").asInt()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void teacherDevelopmentAcrossThePlansIsOneMeasureWithItsLeadsPerPlan() {
        JsonNode measure = data("""
                query($id: ID!) { task(id: $id) { measure { kind tasks { id title leads { name } } leads { name } } } }
                """, Map.of("id", TEACHERS_004)).get("task").get("measure");
        assertThat(measure.isNull()).as("the teacher task of 004 belongs to a measure").isFalse();
        Map<String, List<String>> leadsByTask = new HashMap<>();
        measure.get("tasks").forEach(t -> leadsByTask.put(t.get("id").asString(), names(t.get("leads"))));
        // 000 and 002 are one plan (web and PDF text): both of its teacher tasks, restating each other
        assertThat(leadsByTask).as(measure.toString()).containsKeys(TEACHERS_004, DOC_000 + "/二、(一)/4",
                DOC_002 + "/二、(一)/4");
        assertThat(measure.get("kind").asString()).isEqualTo("OVERLAP");
        assertThat(leadsByTask.get(TEACHERS_004)).containsExactly("重庆市南岸区教育委员会");
        assertThat(leadsByTask.keySet()).allSatisfy(id -> assertThat(id).doesNotStartWith(DOC_001));
    }

    @Test
    void similarTasksAreListedStrongestFirstAboveTheMinimumScore() {
        JsonNode similar = data("""
                query($id: ID!) { task(id: $id) { similar(minScore: 0.5) { task { id } score kind reciprocal } } }
                """, Map.of("id", PRESCHOOL_003)).get("task").get("similar");
        assertThat(similar).hasSize(3);
        assertThat(similar.get(0).get("task").get("id").asString()).isEqualTo(QUZHOU + "/二、/1");
        assertThat(similar.get(0).get("kind").asString()).isEqualTo("DUPLICATE");
        assertThat(similar.get(0).get("score").asDouble()).isEqualTo(1.0);
        assertThat(similar.get(1).get("task").get("id").asString()).isEqualTo(KECHENG + "/二、/1");
        assertThat(similar.get(2).get("task").get("id").asString()).isEqualTo(NATIONAL + "/二、/1");
        assertThat(similar.get(2).get("kind").asString()).isEqualTo("OVERLAP");
        assertThat(similar.get(2).get("reciprocal").asBoolean()).isTrue();
        JsonNode all = data("query($id: ID!) { task(id: $id) { similar(first: 100) { score } } }",
                Map.of("id", PRESCHOOL_003)).get("task").get("similar");
        assertThat(all.size()).isGreaterThan(3);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).get("score").asDouble()).isLessThanOrEqualTo(all.get(i - 1).get("score").asDouble());
        }
        JsonNode tooMany = graphql("{ tasks(first: 1) { edges { node { similar(first: 1000) { score } } } } }",
                Map.of());
        assertThat(tooMany.get("errors").get(0).get("message").asString()).contains("first must be between 0 and 100");
    }

    @Test
    void ownershipConflictsOfARegionAndOfAPlan() {
        JsonNode conflicts = data("""
                { ownershipConflicts(region: "浙江省") { totalCount edges { node { scope region { name }
                  document { id } tasks { id } leads { name } measure { id conflict } } } } }
                """).get("ownershipConflicts");
        List<JsonNode> nodes = new ArrayList<>();
        conflicts.get("edges").forEach(e -> nodes.add(e.get("node")));
        assertThat(conflicts.get("totalCount").asInt()).isEqualTo(nodes.size());
        // the city's two plans commit to pre-school expansion under different leads
        assertThat(nodes).anySatisfy(c -> {
            assertThat(c.get("scope").asString()).isEqualTo("REGION");
            assertThat(c.get("region").get("name").asString()).isEqualTo("衢州市");
            assertThat(ids(c.get("tasks"))).containsExactlyInAnyOrder(PRESCHOOL_003, QUZHOU + "/二、/1");
            assertThat(names(c.get("leads"))).containsExactlyInAnyOrder("衢州市教育局", "衢州市发展和改革委员会");
            assertThat(c.get("measure").get("conflict").asBoolean()).isTrue();
        });
        // one plan lists the same task twice under two leads
        assertThat(nodes).anySatisfy(c -> {
            assertThat(c.get("scope").asString()).isEqualTo("PLAN");
            assertThat(c.get("document").get("id").asString()).isEqualTo(QUZHOU);
            assertThat(ids(c.get("tasks"))).containsExactlyInAnyOrder(QUZHOU + "/二、/2", QUZHOU + "/二、/3");
            assertThat(names(c.get("leads"))).containsExactlyInAnyOrder("衢州市教育局", "衢州市建设局");
        });
        // the district restates the city's task with its own lead: that is a cascade, not a conflict
        assertThat(nodes).noneSatisfy(c -> assertThat(ids(c.get("tasks"))).contains(KECHENG + "/二、/1"));
        assertThat(data("{ ownershipConflicts(region: \"攀枝花市\") { totalCount } }").get("ownershipConflicts")
                .get("totalCount").asInt()).isZero();

        JsonNode measure = data("query($id: ID!) { task(id: $id) { measure { conflict conflicts { scope } } } }",
                Map.of("id", PRESCHOOL_003)).get("task").get("measure");
        assertThat(measure.get("conflict").asBoolean()).isTrue();
        assertThat(measure.get("conflicts").toString()).contains("REGION");
    }

    @Test
    void duplicatedTasksWithinOnePlanOrOneRegion() {
        JsonNode panzhihua = data("""
                { duplicateTasks(region: "攀枝花市") { totalCount edges { node { first { id } second { id } score kind
                  scope region { name } measure { id } } } } }
                """).get("duplicateTasks");
        assertThat(panzhihua.get("totalCount").asInt()).isEqualTo(16);
        panzhihua.get("edges").forEach(e -> {
            JsonNode p = e.get("node");
            assertThat(p.get("first").get("id").asString()).startsWith(DOC_000 + "/");
            assertThat(p.get("second").get("id").asString())
                    .isEqualTo(DOC_002 + p.get("first").get("id").asString().substring(DOC_000.length()));
            assertThat(p.get("kind").asString()).isEqualTo("DUPLICATE");
            assertThat(p.get("scope").asString()).isEqualTo("REGION");
            assertThat(p.get("region").get("name").asString()).isEqualTo("攀枝花市");
            assertThat(p.get("measure").isNull()).isFalse();
        });

        JsonNode quzhou = data("""
                query($doc: ID) { duplicateTasks(documentId: $doc) { edges { node { first { id } second { id } kind
                  scope } } } }
                """, Map.of("doc", QUZHOU)).get("duplicateTasks").get("edges");
        List<String> pairs = new ArrayList<>();
        quzhou.forEach(e -> pairs.add(e.get("node").get("scope").asString() + " " + e.get("node").get("first")
                .get("id").asString() + " " + e.get("node").get("second").get("id").asString()));
        assertThat(pairs).containsExactlyInAnyOrder("REGION " + PRESCHOOL_003 + " " + QUZHOU + "/二、/1",
                "PLAN " + QUZHOU + "/二、/2 " + QUZHOU + "/二、/3");

        JsonNode measure = data("query($id: ID!) { task(id: $id) { measure { duplicates { scope first { id } } } } }",
                Map.of("id", QUZHOU + "/二、/2")).get("task").get("measure");
        assertThat(measure.get("duplicates").toString()).contains("PLAN", QUZHOU + "/二、/2");
    }

    @Test
    void theAccountabilityChainRunsFromTheNationalMeasureDownToTheDistrictsLeadUnit() {
        JsonNode a = data("""
                query($id: ID!) { accountability(taskId: $id) {
                  task { id } leads { name chain { name } } reportsTo { name } government { name }
                  region { name qualifiedName chain { name } }
                  implements { task { id document { id } } leads { name } region { name }
                    implements { task { id } leads { name } region { name } implements { task { id } } } } } }
                """, Map.of("id", KECHENG + "/二、/1")).get("accountability");
        assertThat(a.get("task").get("id").asString()).isEqualTo(KECHENG + "/二、/1");
        assertThat(names(a.get("leads"))).containsExactly("衢州市柯城区教育局");
        assertThat(names(a.get("reportsTo"))).isNotEmpty().allSatisfy(n -> assertThat(n).startsWith("衢州市柯城区"));
        assertThat(names(a.get("government"))).startsWith("衢州市柯城区人民政府办公室");
        assertThat(a.get("region").get("qualifiedName").asString()).isEqualTo("浙江省衢州市柯城区");
        assertThat(names(a.get("region").get("chain"))).containsExactly("柯城区", "衢州市", "浙江省", "全国");

        // highest region first: the nation's task, then the city's two
        JsonNode up = a.get("implements");
        assertThat(ids(up, "task")).containsExactly(NATIONAL + "/二、/1", PRESCHOOL_003, QUZHOU + "/二、/1");
        assertThat(names(up.get(0).get("leads"))).containsExactly("教育部");
        assertThat(up.get(0).get("region").get("name").asString()).isEqualTo("全国");
        assertThat(up.get(0).get("implements")).isEmpty();
        JsonNode city = up.get(1);
        assertThat(names(city.get("leads"))).containsExactly("衢州市教育局");
        assertThat(ids(city.get("implements"), "task")).containsExactly(NATIONAL + "/二、/1");
        assertThat(city.get("implements").get(0).get("implements")).isEmpty();

        JsonNode cascades = data("query($id: ID!) { task(id: $id) { measure { cascades { lower { id } higher { id } } } } }",
                Map.of("id", PRESCHOOL_003)).get("task").get("measure").get("cascades");
        assertThat(cascades.toString()).contains(KECHENG + "/二、/1", NATIONAL + "/二、/1");
        assertThat(data("{ accountability(taskId: \"nope\") { task { id } } }").get("accountability").isNull())
                .isTrue();
    }

    @Test
    void measuresAreFilteredByRegionUnitKindAndSizeAndPaged() {
        JsonNode byRegion = data("""
                { measures(filter: {region: "衢州市"}, first: 100) { totalCount edges { node { tasks { document {
                  issuedIn { chain { name } } } } } } } }
                """).get("measures");
        assertThat(byRegion.get("totalCount").asInt()).isPositive();
        byRegion.get("edges").forEach(e -> assertThat(e.get("node").get("tasks").toString()).contains("衢州市"));

        JsonNode byUnit = data("""
                { measures(filter: {unit: "衢州市建设局"}) { totalCount edges { node { tasks { id } } } } }
                """).get("measures");
        assertThat(byUnit.get("totalCount").asInt()).isEqualTo(1);
        assertThat(ids(byUnit.get("edges").get(0).get("node").get("tasks"))).contains(QUZHOU + "/二、/3");

        JsonNode duplicates = data("{ measures(filter: {kind: DUPLICATE}, first: 500) { totalCount edges { node { "
                + "kind duplicates { kind } } } } }").get("measures");
        assertThat(duplicates.get("totalCount").asInt()).isPositive();
        duplicates.get("edges").forEach(e -> assertThat(e.get("node").get("kind").asString()).isEqualTo("DUPLICATE"));

        int all = data("{ measures { totalCount } }").get("measures").get("totalCount").asInt();
        int big = data("{ measures(filter: {minTasks: 5}) { totalCount } }").get("measures").get("totalCount").asInt();
        assertThat(big).isPositive().isLessThan(all);

        List<String> seen = new ArrayList<>();
        String after = null;
        int previousSize = Integer.MAX_VALUE;
        while (true) {
            Map<String, Object> vars = new HashMap<>();
            vars.put("after", after);
            JsonNode page = data("query($after: String) { measures(first: 7, after: $after) { totalCount "
                    + "pageInfo { hasNextPage endCursor } edges { node { id taskCount } } } }", vars).get("measures");
            for (JsonNode e : page.get("edges")) {
                seen.add(e.get("node").get("id").asString());
                assertThat(e.get("node").get("taskCount").asInt()).isLessThanOrEqualTo(previousSize);
                previousSize = e.get("node").get("taskCount").asInt();
            }
            if (!page.get("pageInfo").get("hasNextPage").asBoolean()) {
                break;
            }
            after = page.get("pageInfo").get("endCursor").asString();
        }
        assertThat(seen).hasSize(all).doesNotHaveDuplicates();

        JsonNode unknown = graphql("{ measures(filter: {region: \"不存在市\"}) { totalCount } }", Map.of());
        assertThat(unknown.get("errors").get(0).get("message").asString()).contains("Unknown or ambiguous region");
        assertThat(unknown.get("errors").get(0).get("extensions").get("classification").asString())
                .isEqualTo("BAD_REQUEST");
    }

    private static List<String> names(JsonNode units) {
        List<String> out = new ArrayList<>();
        units.forEach(u -> out.add(u.get("name").asString()));
        return out;
    }

    private static List<String> ids(JsonNode nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(n.get("id").asString()));
        return out;
    }

    private static List<String> ids(JsonNode nodes, String field) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(n.get(field).get("id").asString()));
        return out;
    }
}
