package dev.policygraph.persistence;

import java.nio.file.Path;

/** The embedded database directory is locked by another process: a running server, or a command using it. */
public class GraphInUseException extends RuntimeException {

    GraphInUseException(Path home, Throwable cause) {
        super("the graph in " + home.toAbsolutePath() + " is in use by another process (a running server, or another "
                + "command on the same data directory)", cause);
    }

    /** Whether Neo4j failed to start because its store lock is held. */
    static boolean isLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("FileLockException")
                    || String.valueOf(t.getMessage()).contains("locked by another process")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
