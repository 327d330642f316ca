package dev.policygraph.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Refusals at the HTTP level (bad credentials, an unknown token, a read without a role where reads are closed) as a
 * GraphQL-shaped JSON error classified UNAUTHORIZED (401) or FORBIDDEN (403). No {@code WWW-Authenticate} challenge
 * is sent, so a browser never keeps a password to send by itself.
 */
final class JsonRefusal implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED",
                "Sign in first: " + (e.getMessage() == null ? "no credentials" : e.getMessage()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", "Your role does not allow this");
    }

    private static void write(HttpServletResponse response, int status, String classification, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        String json = "{\"errors\":[{\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\",\"extensions\":{\"classification\":\"" + classification + "\"}}]}";
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }
}
