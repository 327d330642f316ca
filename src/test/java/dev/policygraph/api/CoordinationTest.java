package dev.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import dev.policygraph.TestClock;
import dev.policygraph.persistence.GraphWriter;
import dev.policygraph.persistence.TestGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coordinators' mutations over HTTP, against a plan of their own (ingested through the API as ADMIN before each
 * test, deleted after): who may do what, what a refusal or a mistake leaves (nothing), what an edit changes and
 * records, and that the edits outlive a re-ingest of the plan.
 */
class CoordinationTest extends GraphTestSupport {

    static final String ID = "coord_test_plan";
    static final String FILE = ID + ".txt";

    /** Four tasks: dated (past the test clock's day), dated (ahead), recurring orphan, continuing. */
    static final String PLAN = """
            杭州市人民政府办公厅关于印发杭州市学前教育督查台账试点方案的通知
            杭政办函[2024]99号

            各区、县(市)人民政府,市政府各部门、各直属单位:
            经市政府同意,现将《杭州市学前教育督查台账试点方案》印发给你们,请认真贯彻执行。

            杭州市人民政府办公厅
            2024年3月1日

            杭州市学前教育督查台账试点方案

            一、重点任务
            1.新建公办幼儿园。新建公办幼儿园20所。(牵头单位:市教育局;责任单位:市发改委;完成时限:2024年底)
            2.培训保育人员。培训保育人员1000人。(牵头单位:市人力社保局;完成时限:2026年6月)
            3.开展督导评估。每年开展一次学前教育督导评估。(完成时限:每年)
            4.完善经费保障。健全学前教育经费投入机制。(牵头单位:市财政局;配合单位:市教育局;完成时限:长期坚持)
            二、保障措施
            各区、县(市)要加强组织领导。
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestGraph graph;

    @Autowired
    GraphWriter writer;

    /** Task ids by number (1 … 4). */
    private final Map<String, String> tasks = new HashMap<>();

    @BeforeEach
    void ingestThePlanAsAdmin() {
        JsonNode payload = send(ADMIN, INGEST, Map.of("input", Map.of("fileName", FILE, "text", PLAN)))
                .get("data").get("ingestDocument");
        assertThat(payload.get("errors").toString()).isEqualTo("[]");
        assertThat(payload.get("document").get("id").asString()).isEqualTo(ID);
        data("query($id: ID!) { document(id: $id) { tasks { id number kind } } }", Map.of("id", ID))
                .get("document").get("tasks")
                .forEach(t -> tasks.put(t.get("number").asString(), t.get("id").asString()));
        assertThat(tasks).containsKeys("1", "2", "3", "4");
    }

    @AfterEach
    void deleteThePlan() {
        TestClock.reset();
        writer.delete(List.of(ID));
    }

    static final String INGEST = """
            mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
              document { id title taskCount } outcome warnings errors { message field } } }
            """;

    static final String ASSIGN = """
            mutation($input: AssignResponsibilityInput!) { assignResponsibility(input: $input) {
              task { id orphan leads { name } coResponsible { name } } errors { message field } } }
            """;

    static final String REMOVE = """
            mutation($input: RemoveResponsibilityInput!) { removeResponsibility(input: $input) {
              task { id leads { name } coResponsible { name } } errors { message field } } }
            """;

    static final String PROGRESS = """
            mutation($input: ReportProgressInput!) { reportProgress(input: $input) {
              task { id status overdue progress { status note asOf by } } errors { message field } } }
            """;

    static final String MERGE = """
            mutation($input: MergeUnitsInput!) { mergeUnits(input: $input) {
              unit { id name aliases leads { id } coResponsibleFor { id } } errors { message field } } }
            """;

    static final String ALIAS = """
            mutation($input: AddUnitAliasInput!) { addUnitAlias(input: $input) {
              unit { name aliases } errors { message field } } }
            """;

    static final String PARENT = """
            mutation($input: SetUnitParentInput!) { setUnitParent(input: $input) {
              unit { name parent { name } } errors { message field } } }
            """;

    static final String DELETE = """
            mutation($input: DeleteDocumentInput!) { deleteDocument(input: $input) { id errors { message field } } }
            """;

    static final String TASK = """
            query($id: ID!) { task(id: $id) { id orphan status overdue dueDate dueKind deadline
              progress { status note asOf by } leads { name } coResponsible { name }
              history { action actor summary taskId } } }
            """;

    // ---- who may do what -------------------------------------------------------------------------------------

    @Test
    void anAnonymousWriteIsUnauthorizedAndChangesNothing() {
        Map<String, Long> before = graph.counts();
        JsonNode task = task("3");
        for (String[] call : writes()) {
            JsonNode response = sendAnonymously(call[0], input(call[1]));
            assertThat(classification(response)).as(call[0]).isEqualTo("UNAUTHORIZED");
        }
        assertThat(graph.counts()).isEqualTo(before);
        assertThat(task("3")).isEqualTo(task);
    }

    @Test
    void aViewerMayReadButNotWrite() {
        Map<String, Long> before = graph.counts();
        assertThat(send(VIEWER, "{ viewer { name role } }", Map.of()).get("data").get("viewer").toString())
                .isEqualTo("{\"name\":\"vera\",\"role\":\"VIEWER\"}");
        for (String[] call : writes()) {
            assertThat(classification(send(VIEWER, call[0], input(call[1])))).as(call[0]).isEqualTo("FORBIDDEN");
        }
        assertThat(graph.counts()).isEqualTo(before);
    }

    @Test
    void aCoordinatorMayCorrectButNotIngestMergeOrDelete() {
        Map<String, Long> before = graph.counts();
        assertThat(classification(send(COORDINATOR, INGEST, Map.of("input", Map.of("fileName", "x.txt", "text",
                PLAN))))).isEqualTo("FORBIDDEN");
        assertThat(classification(send(COORDINATOR, DELETE, Map.of("input", Map.of("id", ID)))))
                .isEqualTo("FORBIDDEN");
        assertThat(classification(send(COORDINATOR, MERGE, Map.of("input", Map.of("from", "市发改委", "into",
                "市教育局"))))).isEqualTo("FORBIDDEN");
        assertThat(graph.counts()).isEqualTo(before);
    }

    @Test
    void anApiTokenOfAViewerIsForbiddenToWriteAndAnUnknownTokenIsRefused() {
        Map<String, Long> before = graph.counts();
        var token = graphQlTester.mutate().headers(h -> h.setBearerAuth(VIEWER_TOKEN)).build();
        JsonNode viewer = toJson(token.document("{ viewer { name role } }").execute());
        assertThat(viewer.get("data").get("viewer").get("name").asString()).isEqualTo("token:dashboard-viewer");
        assertThat(classification(toJson(token.document(PROGRESS).variables(input("progress")).execute())))
                .isEqualTo("FORBIDDEN");
        http.post().uri("/graphql").headers(h -> h.setBearerAuth("pgt_not_a_token"))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", PROGRESS, "variables", input("progress"))).exchange()
                .expectStatus().isUnauthorized().expectBody(String.class)
                .value(body -> assertThat(body).contains("UNAUTHORIZED"));
        assertThat(graph.counts()).isEqualTo(before);
    }

    // ---- mistakes a user can correct change nothing ----------------------------------------------------------

    @Test
    void badInputIsAUserErrorNamingTheFieldAndChangesNothing() {
        Map<String, Long> before = graph.counts();
        assertUserError(COORDINATOR, PROGRESS, "reportProgress", Map.of("taskId", ID + "/nope", "status",
                "DONE"), "taskId");
        assertUserError(COORDINATOR, PROGRESS, "reportProgress", Map.of("taskId", tasks.get("1"), "status", "DONE",
                "asOf", "2025-06-16"), "asOf");
        assertUserError(COORDINATOR, PROGRESS, "reportProgress", Map.of("taskId", tasks.get("1"), "status", "DONE",
                "note", "进".repeat(2001)), "note");
        assertUserError(COORDINATOR, ASSIGN, "assignResponsibility", Map.of("taskId", tasks.get("3"), "unit", "  ",
                "role", "LEAD"), "unit");
        assertUserError(COORDINATOR, ASSIGN, "assignResponsibility", Map.of("taskId", tasks.get("1"), "unit",
                "市教育局", "role", "LEAD"), "unit");
        assertUserError(COORDINATOR, REMOVE, "removeResponsibility", Map.of("taskId", tasks.get("2"), "unit",
                "市财政局"), "unit");
        assertUserError(COORDINATOR, ALIAS, "addUnitAlias", Map.of("unit", "市教育局", "region", "杭州市", "alias", "市财政局"), "alias");
        assertUserError(COORDINATOR, PARENT, "setUnitParent", Map.of("unit", "市教育局", "region", "杭州市", "parent", "市教育局"),
                "parent");
        assertUserError(ADMIN, MERGE, "mergeUnits", Map.of("from", "市教育局", "into", "市教育局", "region", "杭州市"), "into");
        assertUserError(ADMIN, DELETE, "deleteDocument", Map.of("id", "no_such_document"), "id");
        assertUserError(ADMIN, INGEST, "ingestDocument", Map.of("fileName", "../plan.txt", "text", PLAN),
                "fileName");
        assertUserError(ADMIN, INGEST, "ingestDocument", Map.of("fileName", "plan.txt"), "file");
        assertUserError(ADMIN, INGEST, "ingestDocument", Map.of("fileName", "empty.txt", "text", "   "), "text");
        assertThat(graph.counts()).isEqualTo(before);
        // a wrong type or a missing input is refused by the schema, before any code runs
        assertThat(classification(send(COORDINATOR, PROGRESS, Map.of("input", Map.of("taskId", tasks.get("1"),
                "status", "FINISHED"))))).isEqualTo("ValidationError");
        assertThat(graph.counts()).isEqualTo(before);
    }

    // ---- edits, their journal, and re-ingest -----------------------------------------------------------------

    @Test
    void deadlinesAreReadAsDatesOrKindsAndOverdueFollowsProgress() {
        JsonNode first = task("1");
        assertThat(first.get("deadline").asString()).isEqualTo("2024年底");
        assertThat(first.get("dueDate").asString()).isEqualTo("2024-12-31");
        assertThat(first.get("dueKind").asString()).isEqualTo("DATE");
        assertThat(first.get("overdue").asBoolean()).isTrue();
        assertThat(task("2").get("dueDate").asString()).isEqualTo("2026-06-30");
        assertThat(task("2").get("overdue").asBoolean()).isFalse();
        assertThat(task("3").get("dueKind").asString()).isEqualTo("RECURRING");
        assertThat(task("4").get("dueKind").asString()).isEqualTo("CONTINUOUS");
        assertThat(task("4").get("overdue").asBoolean()).isFalse();

        TestClock.setToday(java.time.LocalDate.of(2026, 7, 1));
        assertThat(task("2").get("overdue").asBoolean()).isTrue();
        TestClock.reset();

        JsonNode done = send(COORDINATOR, PROGRESS, Map.of("input", Map.of("taskId", tasks.get("1"), "status",
                "DONE", "note", "20所已建成", "asOf", "2025-06-01"))).get("data").get("reportProgress");
        assertThat(done.get("errors").toString()).isEqualTo("[]");
        assertThat(done.get("task").get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("task").get("overdue").asBoolean()).isFalse();
        assertThat(done.get("task").get("progress").toString())
                .isEqualTo("{\"status\":\"DONE\",\"note\":\"20所已建成\",\"asOf\":\"2025-06-01\",\"by\":\"cora\"}");

        JsonNode overdue = data("""
                query($id: ID!) { stats(filter: {documentId: $id}) { total overdue byStatus { key count } }
                  tasks(filter: {documentId: $id, overdue: false}, sort: DEADLINE) { edges { node { number } } } }
                """, Map.of("id", ID));
        assertThat(overdue.get("stats").get("overdue").asInt()).isZero();
        assertThat(overdue.get("stats").get("byStatus").toString()).contains("{\"key\":\"DONE\",\"count\":1}");
        List<String> byDeadline = new ArrayList<>();
        overdue.get("tasks").get("edges").forEach(e -> byDeadline.add(e.get("node").get("number").asString()));
        assertThat(byDeadline).startsWith("1", "2");
    }

    @Test
    void aCoordinatorAssignsAnOwnerToAnOrphanAndTheJournalSaysWhoAndWhat() {
        assertThat(task("3").get("orphan").asBoolean()).isTrue();
        JsonNode assigned = send(COORDINATOR, ASSIGN, Map.of("input", Map.of("taskId", tasks.get("3"), "unit",
                "市教育局", "role", "LEAD"))).get("data").get("assignResponsibility");
        assertThat(assigned.get("errors").toString()).isEqualTo("[]");
        assertThat(assigned.get("task").get("orphan").asBoolean()).isFalse();
        assertThat(assigned.get("task").get("leads").toString()).contains("杭州市教育局");

        JsonNode orphans = data("query($id: ID) { orphanTasks(documentId: $id) { id } }", Map.of("id", ID));
        assertThat(orphans.get("orphanTasks").toString()).doesNotContain(tasks.get("3"));

        JsonNode history = task("3").get("history");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("action").asString()).isEqualTo("ASSIGN_RESPONSIBILITY");
        assertThat(history.get(0).get("actor").asString()).isEqualTo("cora");
        JsonNode journal = data("{ changes(actor: \"cora\", first: 5) { action taskId actor at } }").get("changes");
        assertThat(journal.get(0).get("taskId").asString()).isEqualTo(tasks.get("3"));

        JsonNode removed = send(COORDINATOR, REMOVE, Map.of("input", Map.of("taskId", tasks.get("1"), "unit",
                "市发改委", "role", "CO_RESPONSIBLE"))).get("data").get("removeResponsibility");
        assertThat(removed.get("errors").toString()).isEqualTo("[]");
        assertThat(removed.get("task").get("coResponsible").toString()).doesNotContain("发展和改革");
    }

    @Test
    void aUnitIsLookedUpInTheTasksRegionSoAnotherDistrictsNameMakesAUnitOfItsOwn() {
        JsonNode assigned = ok(COORDINATOR, ASSIGN, "assignResponsibility", Map.of("taskId", tasks.get("3"), "unit",
                "区教委", "role", "CO_RESPONSIBLE")).get("task");
        assertThat(assigned.get("coResponsible").toString()).doesNotContain("重庆市南岸区教育委员会").contains("区教委");
        JsonNode unit = data("{ unit(name: \"区教委\", region: \"杭州市\") { region } }").get("unit");
        assertThat(unit.get("region").asString()).isEqualTo("杭州市");
    }

    @Test
    void correctionsSurviveARe_ingestOfTheSamePlan() {
        ok(COORDINATOR, ASSIGN, "assignResponsibility", Map.of("taskId", tasks.get("3"), "unit", "市教育局",
                "role", "LEAD"));
        ok(COORDINATOR, REMOVE, "removeResponsibility", Map.of("taskId", tasks.get("4"), "unit", "市教育局"));
        ok(COORDINATOR, PROGRESS, "reportProgress", Map.of("taskId", tasks.get("2"), "status", "IN_PROGRESS",
                "note", "已培训300人"));
        ok(COORDINATOR, ALIAS, "addUnitAlias", Map.of("unit", "市财政局", "region", "杭州市", "alias", "财政局"));
        JsonNode before3 = task("3");
        JsonNode before4 = task("4");
        JsonNode before2 = task("2");

        // the plan again, changed (one more line at the end): the parse replaces the document
        JsonNode response = send(ADMIN, INGEST, Map.of("input", Map.of("fileName", FILE, "text",
                PLAN + "\n附件:无\n")));
        assertThat(response.get("errors")).as(response.toString()).isNull();
        JsonNode again = response.get("data").get("ingestDocument");
        assertThat(again.get("outcome").asString()).isEqualTo("REPLACED");
        assertThat(again.get("warnings").toString()).doesNotContain("no longer applies");

        assertThat(task("3").get("leads")).isEqualTo(before3.get("leads"));
        assertThat(task("3").get("orphan").asBoolean()).isFalse();
        assertThat(task("4").get("coResponsible")).isEqualTo(before4.get("coResponsible"));
        assertThat(task("4").get("coResponsible").toString()).doesNotContain("教育局");
        assertThat(task("2").get("progress")).isEqualTo(before2.get("progress"));
        assertThat(task("2").get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(data("{ unit(name: \"财政局\", region: \"杭州市\") { name } }").get("unit").get("name")
                .asString()).isEqualTo("杭州市财政局");
    }

    @Test
    void mergingUnitsKeepsTheNamesMovesTheTasksAndSurvivesRe_ingest() {
        JsonNode merged = send(ADMIN, MERGE, Map.of("input", Map.of("from", "市人力社保局", "into", "市教育局", "region", "杭州市")))
                .get("data").get("mergeUnits");
        assertThat(merged.get("errors").toString()).isEqualTo("[]");
        JsonNode unit = merged.get("unit");
        assertThat(unit.get("name").asString()).isEqualTo("杭州市教育局");
        assertThat(unit.get("aliases").toString()).contains("市人力社保局");
        assertThat(unit.get("leads").toString()).contains(tasks.get("1"), tasks.get("2"));
        assertThat(task("2").get("leads").toString()).contains("杭州市教育局").doesNotContain("人力");

        send(ADMIN, INGEST, Map.of("input", Map.of("fileName", FILE, "text", PLAN + "\n附件:无\n")));
        assertThat(task("2").get("leads").toString()).contains("杭州市教育局").doesNotContain("人力");
        assertThat(data("{ unit(name: \"市人力社保局\", region: \"杭州市\") { name } }").get("unit").get("name")
                .asString()).isEqualTo("杭州市教育局");

        JsonNode parent = send(COORDINATOR, PARENT, Map.of("input", Map.of("unit", "市教育局", "region", "杭州市", "parent",
                "市财政局"))).get("data").get("setUnitParent");
        assertThat(parent.get("unit").get("parent").get("name").asString()).isEqualTo("杭州市财政局");
        assertThat(send(ADMIN, DELETE, Map.of("input", Map.of("id", ID))).get("data").get("deleteDocument")
                .get("id").asString()).isEqualTo(ID);
        assertThat(data("query($id: ID!) { document(id: $id) { id } }", Map.of("id", ID)).get("document").isNull())
                .isTrue();
        assertThat(data("{ changes(first: 1) { action documentId actor } }").get("changes").get(0).toString())
                .isEqualTo("{\"action\":\"DELETE_DOCUMENT\",\"documentId\":\"" + ID + "\",\"actor\":\"ada\"}");
    }

    @Test
    void anAdminUploadsThePlanAsAFileInAMultipartRequestAndAnonymousUploadsChangeNothing() throws Exception {
        byte[] changed = (PLAN + "\n附件:无\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Map<String, Long> before = graph.counts();
        JsonNode refused = JSON.readTree(upload(changed, null));
        assertThat(refused.get("errors").get(0).get("extensions").get("classification").asString())
                .isEqualTo("UNAUTHORIZED");
        assertThat(graph.counts()).isEqualTo(before);

        JsonNode payload = JSON.readTree(upload(changed, ADMIN)).get("data").get("ingestDocument");
        assertThat(payload.get("errors").toString()).isEqualTo("[]");
        assertThat(payload.get("outcome").asString()).isEqualTo("REPLACED");
        assertThat(payload.get("document").get("taskCount").asInt()).isEqualTo(4);
        assertThat(data("{ changes(first: 1) { action actor documentId } }").get("changes").get(0).toString())
                .isEqualTo("{\"action\":\"INGEST_DOCUMENT\",\"actor\":\"ada\",\"documentId\":\"" + ID + "\"}");
    }

    @Autowired
    org.springframework.test.web.reactive.server.WebTestClient http;

    /** The GraphQL multipart request convention: operations, map, and the file part. */
    private String upload(byte[] file, @org.jspecify.annotations.Nullable String user) throws Exception {
        Map<String, Object> input = new HashMap<>();
        input.put("fileName", FILE);
        input.put("file", null);
        var parts = new org.springframework.http.client.MultipartBodyBuilder();
        parts.part("operations", JSON.writeValueAsString(Map.of("query", INGEST, "variables", Map.of("input", input))));
        parts.part("map", "{\"0\": [\"variables.input.file\"]}");
        parts.part("0", new org.springframework.core.io.ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return FILE;
            }
        });
        var result = http.post().uri("/graphql").headers(h -> {
                    if (user != null) {
                        h.setBasicAuth(user, PASSWORD);
                    }
                }).contentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA)
                .bodyValue(parts.build()).exchange().expectBody().returnResult();
        byte[] body = result.getResponseBody();
        assertThat(body).as(result.toString()).isNotNull();
        return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** Every mutation with a valid input name (see {@link #input}). */
    private List<String[]> writes() {
        return List.of(new String[] {PROGRESS, "progress"}, new String[] {ASSIGN, "assign"},
                new String[] {REMOVE, "remove"}, new String[] {MERGE, "merge"}, new String[] {ALIAS, "alias"},
                new String[] {PARENT, "parent"}, new String[] {DELETE, "delete"}, new String[] {INGEST, "ingest"});
    }

    private Map<String, Object> input(String which) {
        Map<String, Object> input = switch (which) {
            case "progress" -> Map.of("taskId", tasks.get("3"), "status", "DONE");
            case "assign" -> Map.of("taskId", tasks.get("3"), "unit", "市教育局", "role", "LEAD");
            case "remove" -> Map.of("taskId", tasks.get("1"), "unit", "市教育局");
            case "merge" -> Map.of("from", "市发改委", "into", "市教育局", "region", "杭州市");
            case "alias" -> Map.of("unit", "市教育局", "region", "杭州市", "alias", "教育局");
            case "parent" -> Map.of("unit", "市教育局", "region", "杭州市", "parent", "市财政局");
            case "delete" -> Map.of("id", ID);
            case "ingest" -> Map.of("fileName", "other.txt", "text", PLAN);
            default -> throw new IllegalArgumentException(which);
        };
        return Map.of("input", input);
    }

    /** The payload of a mutation that must succeed. */
    private JsonNode ok(String user, String mutation, String field, Map<String, Object> input) {
        JsonNode response = send(user, mutation, Map.of("input", input));
        assertThat(response.get("errors")).as(response.toString()).isNull();
        assertThat(response.get("data").get(field).get("errors").toString()).as(response.toString()).isEqualTo("[]");
        return response.get("data").get(field);
    }

    private void assertUserError(String user, String mutation, String field, Map<String, Object> input,
                                 String inputField) {
        JsonNode response = send(user, mutation, Map.of("input", input));
        assertThat(response.get("errors")).as(field + " " + input).isNull();
        JsonNode payload = response.get("data").get(field);
        assertThat(payload.get("errors")).as(field + " " + input).hasSize(1);
        assertThat(payload.get("errors").get(0).get("field").asString()).as(payload.toString()).isEqualTo(inputField);
        assertThat(payload.get("errors").get(0).get("message").asString()).isNotBlank();
    }

    private JsonNode task(String number) {
        return data(TASK, Map.of("id", tasks.get(number))).get("task");
    }

    private JsonNode send(String user, String document, Map<String, Object> variables) {
        return toJson(as(user).document(document).variables(variables).execute());
    }

    private JsonNode sendAnonymously(String document, Map<String, Object> variables) {
        return toJson(graphQlTester.document(document).variables(variables).execute());
    }

    private static JsonNode toJson(GraphQlTester.Response response) {
        return JSON.valueToTree(response.returnResponse().toMap());
    }

    private static String classification(JsonNode response) {
        JsonNode errors = response.get("errors");
        assertThat(errors).as(response.toString()).isNotNull();
        return errors.get(0).get("extensions").get("classification").asString();
    }
}
