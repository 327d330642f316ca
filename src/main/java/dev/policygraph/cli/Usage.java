package dev.policygraph.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line's words, its help text and its exit codes (one home for each; the README repeats them).
 */
public final class Usage {

    /** Done. */
    public static final int OK = 0;
    /** Input refused: a file that cannot be read as a plan (nothing was written), an unknown document id. */
    public static final int REFUSED = 1;
    /** Usage error: unknown command or option, a missing argument, no such file or directory. */
    public static final int USAGE = 2;
    /**
     * The graph or the server is unavailable: the data directory is in use by a running server, NEO4J_URI does not
     * answer or refuses the credentials, the HTTP port is taken.
     */
    public static final int UNAVAILABLE = 3;

    /** The commands, with their arguments and what they do, in the order help lists them. */
    static final Map<String, String[]> COMMANDS = orderedCommands();

    private Usage() {
    }

    private static Map<String, String[]> orderedCommands() {
        LinkedHashMap<String, String[]> m = new LinkedHashMap<>();
        m.put("serve", new String[] {"[--NAME=VALUE...]", "start the GraphQL server (also without any command); "
                + "--NAME=VALUE sets a property, e.g. --server.port=8081"});
        m.put("parse", new String[] {"FILE_OR_DIR... [--json]", "parse plans without a database and print what was "
                + "read"});
        m.put("overlaps", new String[] {"FILE_OR_DIR... [--json]", "list tasks that commit to the same measure, "
                + "without a database"});
        m.put("ingest", new String[] {"FILE_OR_DIR...", "check every file, then load them all into the graph in "
                + "batches (nothing is written when any file is refused)"});
        m.put("delete", new String[] {"DOCUMENT_ID...", "remove documents from the graph, with the units and schools "
                + "only they name"});
        m.put("reset", new String[] {"--yes", "remove every document from the graph (the server loads the seeds "
                + "into the empty graph when it next starts)"});
        m.put("export", new String[] {"FILE.xlsx|FILE.csv [FILTER...]", "write the ledger of tasks (owners, deadlines, "
                + "progress) to a spreadsheet or CSV file"});
        m.put("hash-password", new String[] {"", "read a password from the terminal and print its hash for "
                + "policygraph.security.users"});
        m.put("new-token", new String[] {"", "print a new API token and the SHA-256 for policygraph.security.tokens"});
        m.put("help", new String[] {"[COMMAND]", "print this help"});
        return Collections.unmodifiableMap(m);
    }

    /** Whether {@code word} is a command. */
    public static boolean isCommand(String word) {
        return COMMANDS.containsKey(word);
    }

    /** Whether the argument asks for help. */
    public static boolean isHelp(String arg) {
        return arg.equals("help") || arg.equals("--help") || arg.equals("-h") || arg.equals("-?");
    }

    /** The one usage line of a command: {@code usage: ingest FILE_OR_DIR...}. */
    public static String of(String command) {
        String[] c = COMMANDS.get(command);
        return "usage: java -jar policy-graph.jar " + command + " " + c[0];
    }

    /** The whole help text. */
    public static String text() {
        StringBuilder s = new StringBuilder("usage: java -jar policy-graph.jar [COMMAND] [ARGUMENTS]\n\nCommands:\n");
        for (Map.Entry<String, String[]> c : COMMANDS.entrySet()) {
            s.append(String.format("  %-8s %-24s %s%n", c.getKey(), c.getValue()[0], c.getValue()[1]));
        }
        for (String line : List.of("",
                "Exit codes:",
                "  " + OK + "  done",
                "  " + REFUSED + "  input refused: a file that cannot be read as a plan (nothing was written), an "
                        + "unknown document id",
                "  " + USAGE + "  usage error: unknown command or option, missing argument, no such file or directory",
                "  " + UNAVAILABLE + "  the graph or server is unavailable: the data directory is in use by a running "
                        + "server, NEO4J_URI does not answer or refuses the credentials, the HTTP port is taken",
                "",
                "Settings come from the environment (NEO4J_URI, POLICYGRAPH_DATA, SERVER_PORT, SERVER_ADDRESS, ...): "
                        + "see the README.")) {
            s.append(line).append('\n');
        }
        return s.toString();
    }
}
