package dev.policygraph;

import dev.policygraph.persistence.GraphInUseException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * What the user reads when the server or a command cannot start because something else holds what it needs: the
 * HTTP port (say SERVER_PORT) or the embedded data directory (a running server: stop it, or share a Neo4j server).
 * Registered in META-INF/spring.factories ahead of Boot's own analyzers.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class ServerFailures implements FailureAnalyzer {

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        PortInUseException port = find(failure, PortInUseException.class);
        if (port != null) {
            return new FailureAnalysis("The HTTP port " + port.getPort() + " is already in use (another copy of "
                    + "policy-graph, or another web server).",
                    "Stop the other server, or start this one on another port: SERVER_PORT=8081 java -jar "
                            + "policy-graph.jar (or java -jar policy-graph.jar serve --server.port=8081).", failure);
        }
        GraphInUseException inUse = find(failure, GraphInUseException.class);
        if (inUse != null) {
            String why = inUse.getMessage();
            return new FailureAnalysis(Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".", action() + ".",
                    failure);
        }
        return null;
    }

    /**
     * Throws {@link PortInUseException} when the HTTP port the server is configured with ({@code server.port} on
     * {@code server.address}) is taken; 0 (any free port) and negative ports (no server) pass.
     */
    static void checkPort(Environment environment) {
        int port = environment.getProperty("server.port", Integer.class, 8080);
        if (port <= 0) {
            return;
        }
        String address = environment.getProperty("server.address", "0.0.0.0");
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), port));
        } catch (IOException e) {
            throw new PortInUseException(port, e);
        }
    }

    /** One line saying why a command could not open the graph and what to do. */
    static String explain(Throwable failure) {
        GraphInUseException inUse = find(failure, GraphInUseException.class);
        if (inUse != null) {
            return inUse.getMessage() + ". " + action();
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    private static String action() {
        return "Stop the server (or the other command) and run this again; to ingest while a server runs, run both "
                + "against one Neo4j server (NEO4J_URI), or give each its own data directory (POLICYGRAPH_DATA)";
    }

    private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
