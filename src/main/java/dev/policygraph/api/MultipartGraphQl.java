package dev.policygraph.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over a multipart request, for uploads (the GraphQL multipart request convention of graphql-upload): a part
 * {@code operations} with the request's JSON, a part {@code map} saying which variable each file part fills
 * ({@code {"0": ["variables.input.file"]}}), and the file parts. A route of its own on POST /graphql with a multipart
 * body, ahead of Spring for GraphQL's (which takes JSON only); executed by the same {@link WebGraphQlHandler}, so with
 * the same schema, interceptors, limits and security. It runs in the request's thread.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class MultipartGraphQl {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int MAX_FILES = 10;

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> multipartGraphQlRoute(WebGraphQlHandler graphQl,
                                                         @org.springframework.beans.factory.annotation.Value(
                                                                 "${spring.graphql.http.path:/graphql}") String path) {
        return RouterFunctions.route(RequestPredicates.POST(path)
                .and(RequestPredicates.contentType(MediaType.MULTIPART_FORM_DATA)), request -> execute(graphQl, request));
    }

    private static ServerResponse execute(WebGraphQlHandler graphQl, ServerRequest request) throws IOException,
            ServletException {
        MultiValueMap<String, Part> parts = request.multipartData();
        Map<String, Object> body;
        try {
            body = operations(parts);
        } catch (IllegalArgumentException e) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("message", "Invalid multipart GraphQL request: " + e.getMessage());
            error.put("extensions", Map.of("classification", "BAD_REQUEST"));
            return ServerResponse.badRequest().contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("errors", new ArrayList<>(List.of(error))));
        }
        LinkedMultiValueMap<String, org.springframework.http.HttpCookie> cookies = new LinkedMultiValueMap<>();
        WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
                cookies, request.remoteAddress().orElse(null), request.attributes(), body,
                UUID.randomUUID().toString(), request.headers().acceptLanguage().isEmpty() ? Locale.getDefault()
                : Locale.forLanguageTag(request.headers().acceptLanguage().get(0).getRange()));
        Map<String, Object> result = graphQl.handleRequest(graphQlRequest).block().toMap();
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(result);
    }

    /** The request's JSON with each file put where the map says. */
    static Map<String, Object> operations(MultiValueMap<String, Part> parts) throws IOException {
        Map<?, ?> body = JSON.readValue(text(parts, "operations"), Map.class);
        Map<?, ?> files = JSON.readValue(text(parts, "map"), Map.class);
        if (!(body.get("query") instanceof String query)) {
            throw new IllegalArgumentException("operations must hold the query");
        }
        if (files.size() > MAX_FILES) {
            throw new IllegalArgumentException("at most " + MAX_FILES + " files in one request");
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        if (body.get("variables") instanceof Map<?, ?> given) {
            given.forEach((k, v) -> variables.put(String.valueOf(k), v));
        }
        for (Map.Entry<?, ?> entry : files.entrySet()) {
            Part file = parts.getFirst(String.valueOf(entry.getKey()));
            if (file == null || !(entry.getValue() instanceof List<?> paths)) {
                throw new IllegalArgumentException("map names part " + entry.getKey() + ", which is not sent");
            }
            byte[] bytes;
            try (InputStream in = file.getInputStream()) {
                bytes = in.readAllBytes();
            }
            Upload upload = new Upload(file.getSubmittedFileName() == null ? "upload" : file.getSubmittedFileName(),
                    bytes);
            for (Object path : paths) {
                put(variables, String.valueOf(path), upload);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", query);
        if (body.get("operationName") instanceof String name) {
            out.put("operationName", name);
        }
        out.put("variables", variables);
        return out;
    }

    private static String text(MultiValueMap<String, Part> parts, String name) throws IOException {
        @Nullable Part part = parts.getFirst(name);
        if (part == null) {
            throw new IllegalArgumentException("the part " + name + " is missing");
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Puts the upload at a path such as variables.input.file (or variables.files.0). */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> variables, String path, Upload upload) {
        String[] steps = path.split("\\.");
        if (steps.length < 2 || !steps[0].equals("variables")) {
            throw new IllegalArgumentException("a file goes into variables, not " + path);
        }
        Object at = variables;
        for (int i = 1; i < steps.length; i++) {
            boolean last = i == steps.length - 1;
            if (at instanceof Map<?, ?> m) {
                Map<String, Object> node = (Map<String, Object>) m;
                if (last) {
                    node.put(steps[i], upload);
                } else {
                    at = node.computeIfAbsent(steps[i], k -> new LinkedHashMap<String, Object>());
                }
            } else if (at instanceof List<?> l && steps[i].matches("\\d{1,2}")) {
                List<Object> list = (List<Object>) l;
                int index = Integer.parseInt(steps[i]);
                while (list.size() <= index) {
                    list.add(null);
                }
                if (last) {
                    list.set(index, upload);
                } else {
                    at = list.get(index);
                }
            } else {
                throw new IllegalArgumentException("no variable at " + path);
            }
        }
    }
}
