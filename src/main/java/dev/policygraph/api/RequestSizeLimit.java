package dev.policygraph.api;

import dev.policygraph.config.PolicyGraphProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request to /graphql whose body declares more bytes than a query, its variables and a mutation's document text
 * can need is refused with 413 before it is read: the body would be parsed whole into memory otherwise. The bound is
 * six bytes per allowed character of query and variables (JSON escapes) plus 16 MiB for a mutation's text.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;

    RequestSizeLimit(PolicyGraphProperties properties) {
        PolicyGraphProperties.Graphql limits = properties.graphql();
        this.maxBytes = 6L * (limits.maxDocumentChars() + limits.maxVariablesChars()) + 16L * 1024 * 1024;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ReadinessGate.isGraphQl(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= maxBytes) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(("{\"errors\":[{\"message\":\"The request has " + request.getContentLengthLong()
                + " bytes, more than the " + maxBytes + " a GraphQL request may have\",\"extensions\":"
                + "{\"classification\":\"BAD_REQUEST\"}}]}").getBytes(StandardCharsets.UTF_8));
    }
}
