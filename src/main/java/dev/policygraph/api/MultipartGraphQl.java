package dev.policygraph.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over a multipart request, for uploads (the GraphQL multipart request convention of graphql-upload): a
 * part {@code operations} with the request's JSON, a part {@code map} saying which variable each file part fills
 * ({@code {"0": ["variables.input.file"]}}), and the file parts. Executed like any other request (same schema,
 * limits and security); JSON requests stay with Spring for GraphQL's own handler.
 */
@RestController
class MultipartGraphQl {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExecutionGraphQlService graphQl;

    MultipartGraphQl(ExecutionGraphQlService graphQl) {
        this.graphQl = graphQl;
    }

    @PostMapping(path = "/graphql", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> execute(@RequestParam("operations") String operations, @RequestParam("map") String map,
                                MultipartHttpServletRequest request) throws IOException {
        Map<?, ?> body = JSON.readValue(operations, Map.class);
        Map<?, ?> files = JSON.readValue(map, Map.class);
        if (!(body.get("query") instanceof String query)) {
            throw new InvalidUploadException("operations must hold the query");
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        if (body.get("variables") instanceof Map<?, ?> given) {
            given.forEach((k, v) -> variables.put(String.valueOf(k), v));
        }
        for (Map.Entry<?, ?> entry : files.entrySet()) {
            MultipartFile file = request.getFile(String.valueOf(entry.getKey()));
            if (file == null || !(entry.getValue() instanceof List<?> paths)) {
                throw new InvalidUploadException("map names part " + entry.getKey() + ", which is not sent");
            }
            Upload upload = new Upload(file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(),
                    file.getBytes());
            for (Object path : paths) {
                put(variables, String.valueOf(path), upload);
            }
        }
        String operationName = body.get("operationName") instanceof String name ? name : null;
        var graphQlRequest = new DefaultExecutionGraphQlRequest(query, operationName, variables, Map.of(),
                UUID.randomUUID().toString(), request.getLocale());
        return graphQl.execute(graphQlRequest).block().toMap();
    }

    /** Puts the upload at a path such as variables.input.file (or variables.files.0). */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> variables, String path, Upload upload) {
        String[] steps = path.split("\\.");
        if (steps.length < 2 || !steps[0].equals("variables")) {
            throw new InvalidUploadException("A file goes into variables, not " + path);
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
            } else if (at instanceof List<?> l && steps[i].matches("\\d+")) {
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
                throw new InvalidUploadException("No variable at " + path);
            }
        }
    }

    static final class InvalidUploadException extends IllegalArgumentException {

        InvalidUploadException(String message) {
            super(message);
        }
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(IllegalArgumentException.class)
    org.springframework.http.ResponseEntity<Map<String, Object>> invalid(IllegalArgumentException e) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", "Invalid multipart GraphQL request: " + e.getMessage());
        error.put("extensions", Map.of("classification", "BAD_REQUEST"));
        return org.springframework.http.ResponseEntity.badRequest().body(Map.of("errors", new ArrayList<>(List.of(error))));
    }
}
