package dev.policygraph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of tests that need the whole application against the test JVM's Neo4j ({@link TestNeo4j}). The graph starts
 * with the five seeds (loaded because the database is empty); tests that add documents remove them again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GraphTestSupport {

    protected static final String DOC_000 = "000_f9e1bd7774fd9019";
    protected static final String DOC_001 = "001_4f52e4ea8ed90206";
    protected static final String DOC_002 = "002_edfc64f43b48f390";
    protected static final String DOC_003 = "003_894bd063f7a1d970";
    protected static final String DOC_004 = "004_17aa41a902222470";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        TestNeo4j.Server server = TestNeo4j.server();
        registry.add("policygraph.neo4j.uri", server::uri);
        registry.add("policygraph.neo4j.username", server::username);
        registry.add("policygraph.neo4j.password", server::password);
    }

    /** POSTs the query to /graphql and returns the whole response (data and errors). */
    protected JsonNode graphql(String query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The data of a response that must have no errors. */
    protected JsonNode data(String query, Map<String, Object> variables) {
        JsonNode response = graphql(query, variables);
        if (response.has("errors")) {
            throw new AssertionError("GraphQL errors: " + response.get("errors"));
        }
        return response.get("data");
    }

    protected JsonNode data(String query) {
        return data(query, Map.of());
    }
}
