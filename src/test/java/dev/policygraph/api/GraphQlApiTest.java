package dev.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The GraphQL API over HTTP, against the seeds loaded into a real Neo4j. */
class GraphQlApiTest extends GraphTestSupport {

    @Test
    void listsTheFiveSeedDocumentsWithTheirMetadata() {
        JsonNode docs = data("{ documents { id title issuer docNumber region date taskCount } }").get("documents");
        assertThat(ids(docs)).containsExactly(DOC_000, DOC_001, DOC_002, DOC_003, DOC_004);
        JsonNode d004 = docs.get(4);
        assertThat(d004.get("title").asString()).isEqualTo("关于推进新时代南岸教育事业高质量发展的实施意见");
        assertThat(d004.get("docNumber").asString()).isEqualTo("南岸委办〔2022〕22号");
        assertThat(d004.get("region").asString()).isEqualTo("重庆市南岸区");
        assertThat(d004.get("date").asString()).isEqualTo("2022-11-04");
        assertThat(d004.get("taskCount").asInt()).isEqualTo(25);
    }

    @Test
    void districtEducationCommissionLeads22TasksOf004() {
        JsonNode unit = data("""
                { unit(name: "区教委") { name region aliases parent { name } leads { id document { id } } } }
                """).get("unit");
        assertThat(unit.get("name").asString()).isEqualTo("重庆市南岸区教育委员会");
        assertThat(unit.get("region").asString()).isEqualTo("重庆市南岸区");
        assertThat(unit.get("aliases").toString()).contains("区教委");
        assertThat(unit.get("parent").get("name").asString()).isEqualTo("重庆市南岸区人民政府");
        assertThat(unit.get("leads")).hasSize(22);
        unit.get("leads").forEach(t -> assertThat(t.get("document").get("id").asString()).isEqualTo(DOC_004));

        JsonNode page = data("""
                query($doc: ID) { tasks(filter: {unit: "区教委", role: LEAD, documentId: $doc}, first: 100) {
                  totalCount edges { node { id leads { name } } } } }
                """, Map.of("doc", DOC_004)).get("tasks");
        assertThat(page.get("totalCount").asInt()).isEqualTo(22);
        page.get("edges").forEach(e -> assertThat(e.get("node").get("leads").toString()).contains("重庆市南岸区教育委员会"));
    }

    @Test
    void tracesATargetToItsTaskLeadUnitAndTheBodiesAboveIt() {
        JsonNode targets = data("""
                query($id: ID!) { document(id: $id) { targets { text task { number leads { name chain { name } } } } } }
                """, Map.of("id", DOC_004)).get("document").get("targets");
        JsonNode traced = null;
        for (JsonNode t : targets) {
            if (!t.get("task").isNull() && t.get("task").get("leads").size() > 0) {
                traced = t;
            }
        }
        assertThat(traced).as("a target of 004 stated by a task with a lead unit").isNotNull();
        JsonNode lead = traced.get("task").get("leads").get(0);
        List<String> chain = new ArrayList<>();
        lead.get("chain").forEach(u -> chain.add(u.get("name").asString()));
        assertThat(chain.get(0)).isEqualTo(lead.get("name").asString());
        assertThat(chain).hasSizeGreaterThanOrEqualTo(2);

        JsonNode propaganda = data("{ unit(name: \"中共重庆市南岸区委宣传部\") { chain { name } } }").get("unit");
        assertThat(propaganda.get("chain").toString()).contains("中共重庆市南岸区委宣传部", "中共重庆市南岸区委员会");
    }

    @Test
    void pagesThroughTasksWithCursors() {
        String query = """
                query($after: String) { tasks(filter: {unit: "区教委", role: LEAD}, first: 10, after: $after) {
                  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }
                """;
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        while (true) {
            Map<String, Object> vars = new HashMap<>();
            vars.put("after", after);
            JsonNode tasks = data(query, vars).get("tasks");
            assertThat(tasks.get("totalCount").asInt()).isEqualTo(22);
            tasks.get("edges").forEach(e -> seen.add(e.get("node").get("id").asString()));
            pages++;
            if (!tasks.get("pageInfo").get("hasNextPage").asBoolean()) {
                break;
            }
            after = tasks.get("pageInfo").get("endCursor").asString();
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(22).doesNotHaveDuplicates();
    }

    @Test
    void coResponsibleRoleFindsSharedTasks() {
        JsonNode tasks = data("""
                { tasks(filter: {unit: "区教委", role: CO_RESPONSIBLE}) { totalCount edges { node {
                  coResponsible { name } leads { name } } } } }
                """).get("tasks");
        assertThat(tasks.get("totalCount").asInt()).isPositive();
        tasks.get("edges").forEach(e -> assertThat(e.get("node").get("coResponsible").toString())
                .contains("重庆市南岸区教育委员会"));
    }

    @Test
    void everyTaskOf000And001And002IsAnOrphan() {
        for (String doc : List.of(DOC_000, DOC_001, DOC_002)) {
            JsonNode d = data("""
                    query($id: ID!) { document(id: $id) { taskCount tasks { id kind orphan leads { id } coResponsible { id } } }
                                      orphanTasks(documentId: $id) { id } }
                    """, Map.of("id", doc));
            List<JsonNode> tasks = new java.util.ArrayList<>();
            d.get("document").get("tasks").forEach(t -> {
                if (t.get("kind").asString().equals("task")) {
                    tasks.add(t);
                }
            });
            assertThat(tasks).isNotEmpty();
            tasks.forEach(t -> {
                assertThat(t.get("orphan").asBoolean()).isTrue();
                assertThat(t.get("leads")).isEmpty();
                assertThat(t.get("coResponsible")).isEmpty();
            });
            assertThat(ids(d.get("orphanTasks"))).containsExactlyElementsOf(tasks.stream()
                    .map(t -> t.get("id").asString()).toList());
        }
        JsonNode all = data("{ orphanTasks { id document { id } } }").get("orphanTasks");
        assertThat(all).hasSize(16 + 31 + 16);
        all.forEach(t -> assertThat(t.get("document").get("id").asString()).isIn(DOC_000, DOC_001, DOC_002));
        assertThat(data("{ tasks(filter: {orphan: true}) { totalCount } }").get("tasks").get("totalCount").asInt())
                .isEqualTo(63);
    }

    @Test
    void tasksWithResponsibleUnitsAreNotOrphans() {
        JsonNode d = data("query($id: ID) { orphanTasks(documentId: $id) { id } }", Map.of("id", DOC_004));
        assertThat(d.get("orphanTasks")).isEmpty();
    }

    @Test
    void the000And002RenderingsAreOneDuplicatePair() {
        JsonNode pairs = data("{ duplicateDocuments { first { id } second { id } similarity reason } }")
                .get("duplicateDocuments");
        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).get("first").get("id").asString()).isEqualTo(DOC_000);
        assertThat(pairs.get(0).get("second").get("id").asString()).isEqualTo(DOC_002);
        assertThat(pairs.get(0).get("similarity").asDouble()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void leadByConventionIsFlaggedFor003() {
        List<JsonNode> tasks = new java.util.ArrayList<>();
        data("query($id: ID!) { document(id: $id) { tasks { kind leadByConvention leads { name region } } } }",
                Map.of("id", DOC_003)).get("document").get("tasks").forEach(t -> {
                    if (t.get("kind").asString().equals("task")) {
                        tasks.add(t);
                    }
                });
        assertThat(tasks).hasSize(24);
        tasks.forEach(t -> assertThat(t.get("leadByConvention").asBoolean()).isTrue());
        assertThat(tasks.get(0).get("leads").get(0).get("name").asString()).isEqualTo("衢州市教育局");
        assertThat(tasks.get(0).get("leads").get(0).get("region").asString()).isEqualTo("衢州市");
    }

    @Test
    void taskByIdCarriesSectionDocumentSchoolsAndTargets() {
        JsonNode targets = data("query($id: ID!) { document(id: $id) { targets { metric comparator value unit year task { id } } } }",
                Map.of("id", DOC_000)).get("document").get("targets");
        JsonNode kindergartens = null;
        for (JsonNode t : targets) {
            if (t.get("metric").asString().equals("城市特色品牌幼儿园")) {
                kindergartens = t;
            }
        }
        assertThat(kindergartens).isNotNull();
        assertThat(kindergartens.get("comparator").asString()).isEqualTo(">=");
        assertThat(kindergartens.get("value").asDouble()).isEqualTo(5.0);
        assertThat(kindergartens.get("unit").asString()).isEqualTo("所");
        String taskId = kindergartens.get("task").get("id").asString();

        JsonNode task = data("""
                query($id: ID!) { task(id: $id) { id number title section { title parent { number } document { id } }
                  document { id } schools { name } targets { metric } } }
                """, Map.of("id", taskId)).get("task");
        assertThat(task.get("number").asString()).isEqualTo("1");
        assertThat(task.get("document").get("id").asString()).isEqualTo(DOC_000);
        assertThat(task.get("section").get("parent").get("number").asString()).isEqualTo("二、");
        assertThat(task.get("targets").toString()).contains("城市特色品牌幼儿园");
        assertThat(data("{ task(id: \"nope\") { id } }").get("task").isNull()).isTrue();
    }

    @Test
    void schoolsResolveAbbreviations() {
        JsonNode tasks = data("query($id: ID!) { document(id: $id) { tasks { schools { name aliases tasks { id } } } } }",
                Map.of("id", DOC_003)).get("document").get("tasks");
        Set<String> names = new HashSet<>();
        tasks.forEach(t -> t.get("schools").forEach(s -> {
            names.add(s.get("name").asString());
            if (s.get("name").asString().equals("衢州职业技术学院")) {
                assertThat(s.get("aliases").toString()).contains("衢职院");
                assertThat(s.get("tasks")).isNotEmpty();
            }
        }));
        assertThat(names).contains("衢州职业技术学院");
    }

    @Test
    void fullTextSearchFindsTasksByChineseWords() {
        JsonNode tasks = data("{ tasks(filter: {text: \"学前教育\"}, first: 100) { totalCount edges { node { title text } } } }")
                .get("tasks");
        assertThat(tasks.get("totalCount").asInt()).isPositive();
        tasks.get("edges").forEach(e -> assertThat(e.get("node").get("title").asString()
                + e.get("node").get("text").asString()).contains("学前教育"));
        JsonNode none = data("{ tasks(filter: {text: \"量子计算机\"}) { totalCount } }").get("tasks");
        assertThat(none.get("totalCount").asInt()).isZero();
    }

    @Test
    void fullTextSearchTakesAnyTextLiterally() {
        // Lucene syntax is no syntax here: operators, wildcards and field names are text that no seed task contains
        for (String text : List.of("\"", "\\", "*", "AND", "a:b", "title:学前教育", "学前教育~2")) {
            assertThat(totalCount(text)).as(text).isZero();
        }
        // punctuation is not indexed, so text that differs from a phrase only in punctuation finds what it finds
        int preschool = totalCount("学前教育");
        assertThat(preschool).isPositive();
        assertThat(totalCount("“学前教育”")).isEqualTo(preschool);
        assertThat(totalCount("(学前教育)")).isEqualTo(preschool);
        assertThat(totalCount("牵头")).isPositive();
        assertThat(totalCount("(牵头)")).isEqualTo(totalCount("牵头"));
        assertThat(totalCount("2")).isPositive();
        assertThat(totalCount("~2")).isEqualTo(totalCount("2"));
        int all = data("{ tasks { totalCount } }").get("tasks").get("totalCount").asInt();
        assertThat(data("{ tasks(filter: {text: \"  \"}) { totalCount } }").get("tasks").get("totalCount").asInt())
                .isEqualTo(all);
    }

    @Test
    void unitSearchMatchesNamesAndAliases() {
        JsonNode units = data("{ units(search: \"教育\") { name region } }").get("units");
        assertThat(units.toString()).contains("重庆市南岸区教育委员会", "衢州市教育局");
        JsonNode inRegion = data("{ units(search: \"教育\", region: \"衢州市\") { region } }").get("units");
        assertThat(inRegion).isNotEmpty();
        inRegion.forEach(u -> assertThat(u.get("region").asString()).isEqualTo("衢州市"));
    }

    @Test
    void badCursorAndPageSizeAreClientErrors() {
        JsonNode response = graphql("{ tasks(after: \"garbage!\") { totalCount } }", Map.of());
        assertThat(response.get("errors").get(0).get("message").asString()).contains("Invalid cursor");
        assertThat(response.get("errors").get(0).get("extensions").get("classification").asString())
                .isEqualTo("BAD_REQUEST");
        JsonNode tooMany = graphql("{ tasks(first: 100000) { totalCount } }", Map.of());
        assertThat(tooMany.get("errors").get(0).get("message").asString()).contains("first must be between");
    }

    @Test
    void refusesQueriesNestedTooDeeply() {
        String deep = "{ documents { tasks { leads { leads { leads { leads { leads { leads { leads { leads { leads "
                + "{ leads { leads { leads { leads { leads { id } } } } } } } } } } } } } } } } }";
        JsonNode response = graphql(deep, Map.of());
        assertThat(response.get("errors").get(0).get("message").asString()).containsIgnoringCase("depth");
        assertThat(data("{ documents { tasks { leads { chain { leads { id } } } } } }").get("documents")).hasSize(5);
    }

    private int totalCount(String text) {
        return data("query($t: String) { tasks(filter: {text: $t}) { totalCount } }", Map.of("t", text))
                .get("tasks").get("totalCount").asInt();
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("id").asString()));
        return out;
    }
}
