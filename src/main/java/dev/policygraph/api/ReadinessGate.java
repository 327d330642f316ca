package dev.policygraph.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * /graphql answers 503 (Service Unavailable, Retry-After) until the application is ready: until the schema
 * migrations are applied, stale documents parsed again and the seeds loaded into an empty graph (Spring Boot
 * publishes readiness after the start-up runners), and again while it shuts down. So no client is served an empty or
 * half-loaded graph; /actuator/health/readiness says the same to a load balancer.
 */
@Component
class ReadinessGate extends OncePerRequestFilter {

    static final String PATH = "/graphql";

    private final ApplicationAvailability availability;

    ReadinessGate(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isGraphQl(request);
    }

    /** Whether the request is to the GraphQL endpoint. */
    static boolean isGraphQl(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(PATH) || path.startsWith(PATH + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(("{\"errors\":[{\"message\":\"The server is not ready: it is preparing the "
                + "graph (migrations, seeds) or shutting down; try again in a few seconds\",\"extensions\":"
                + "{\"classification\":\"SERVICE_UNAVAILABLE\"}}]}").getBytes(StandardCharsets.UTF_8));
    }
}
