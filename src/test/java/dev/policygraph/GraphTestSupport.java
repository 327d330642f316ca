package dev.policygraph;

import dev.policygraph.loading.Source;
import dev.policygraph.persistence.TestGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of tests that need the whole application against the test JVM's Neo4j ({@link TestNeo4j}), called over HTTP
 * through {@link HttpGraphQlTester}. The graph starts with the five seeds (loaded because the database is empty);
 * tests that add documents remove them again.
 */
// The shared test machine can be loaded so heavily that a large query over the seeds takes longer than the
// production time limit (30 s); RuntimeLimitsTest tests that limit with a value of its own (@TestPropertySource wins).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "policygraph.graphql.timeout=2m")
@AutoConfigureWebTestClient(timeout = "PT2M")
@AutoConfigureHttpGraphQlTester
@Import({TestGraph.class, TestClock.class})
public abstract class GraphTestSupport {

    /** Accounts of the tests (bcrypt at cost 4, for speed), one of each role, and an API token of a viewer. */
    protected static final String VIEWER = "vera";
    protected static final String COORDINATOR = "cora";
    protected static final String ADMIN = "ada";
    protected static final String PASSWORD = "correct horse battery staple";
    protected static final String VIEWER_TOKEN = "pgt_test_viewer_token_0123456789";

    protected static final String DOC_000 = "000_f9e1bd7774fd9019";
    protected static final String DOC_001 = "001_4f52e4ea8ed90206";
    protected static final String DOC_002 = "002_edfc64f43b48f390";
    protected static final String DOC_003 = "003_894bd063f7a1d970";
    protected static final String DOC_004 = "004_17aa41a902222470";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    protected HttpGraphQlTester graphQlTester;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        TestNeo4j.Server server = TestNeo4j.server();
        registry.add("policygraph.neo4j.uri", server::uri);
        registry.add("policygraph.neo4j.username", server::username);
        registry.add("policygraph.neo4j.password", server::password);
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        String[][] users = {{VIEWER, "VIEWER"}, {COORDINATOR, "COORDINATOR"}, {ADMIN, "ADMIN"}};
        for (int i = 0; i < users.length; i++) {
            String[] user = users[i];
            registry.add("policygraph.security.users[" + i + "].name", () -> user[0]);
            registry.add("policygraph.security.users[" + i + "].password", () -> hash);
            registry.add("policygraph.security.users[" + i + "].role", () -> user[1]);
        }
        registry.add("policygraph.security.tokens[0].name", () -> "dashboard-viewer");
        registry.add("policygraph.security.tokens[0].sha256", () -> sha256(VIEWER_TOKEN));
        registry.add("policygraph.security.tokens[0].role", () -> "VIEWER");
    }

    protected static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The small plans of src/test/resources/measures with these ids (file names without .txt), as sources. */
    protected static List<Source> measurePlans(List<String> ids) throws IOException {
        List<Source> sources = new ArrayList<>();
        for (String id : ids) {
            sources.add(new Source(id + ".txt", Files.readAllBytes(Path.of("src/test/resources/measures/" + id + ".txt"))));
        }
        return sources;
    }

    /**
     * A small plan issued by the government of the city {@code city} (衢州, 丽水: its region) or by a body of no region
     * (null), with these numbered tasks (lines).
     */
    protected static String regionPlan(@Nullable String city, String tasks) {
        String issuer = city == null ? "学前教育联席会议办公室" : city + "市人民政府办公室";
        String title = (city == null ? "" : city + "市") + "幼儿园建设工作要点";
        return issuer + "关于印发" + title + "的通知\n\n各有关单位:\n《" + title + "》已经同意,现印发给你们,请认真组织实施。\n\n"
                + issuer + "\n2025年4月1日\n\n" + title + "\n\n一、主要任务\n" + tasks + "\n";
    }

    /** A tester that signs in with HTTP Basic as {@code user}. */
    protected HttpGraphQlTester as(String user) {
        return graphQlTester.mutate().headers(h -> h.setBasicAuth(user, PASSWORD)).build();
    }

    /** Sends the query to /graphql and returns the whole response (data and errors). */
    protected JsonNode graphql(String query, Map<String, Object> variables) {
        return JSON.valueToTree(execute(query, variables).returnResponse().toMap());
    }

    /** The data of a response that must have no errors. */
    protected JsonNode data(String query, Map<String, Object> variables) {
        GraphQlTester.Response response = execute(query, variables);
        response.errors().verify();
        return JSON.valueToTree(response.returnResponse().toMap()).get("data");
    }

    protected JsonNode data(String query) {
        return data(query, Map.of());
    }

    private GraphQlTester.Response execute(String query, Map<String, Object> variables) {
        return graphQlTester.document(query).variables(variables).execute();
    }
}
