package dev.policygraph.cli;

import dev.policygraph.graph.Document;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.GraphWriter;
import dev.policygraph.persistence.ReadQuery;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code delete DOCUMENT_ID...} and {@code reset --yes}: remove documents from the graph, in one transaction, with
 * what is theirs alone (sections, tasks, targets, source text) and the units and schools no other document names.
 * The arguments are checked before the graph is opened ({@link #checkDelete}, {@link #checkReset}).
 */
@Component
public class RemoveCommands {

    private final GraphWriter writer;
    private final GraphReader reader;

    RemoveCommands(GraphWriter writer, GraphReader reader) {
        this.writer = writer;
        this.reader = reader;
    }

    /** Exit code of the arguments of {@code delete}: OK when they are document ids and nothing else. */
    public static int checkDelete(List<String> args, PrintStream err) {
        for (String arg : args) {
            if (arg.startsWith("-")) {
                err.println("delete: unknown option " + arg);
                err.println(Usage.of("delete"));
                return Usage.USAGE;
            }
        }
        if (args.isEmpty()) {
            err.println(Usage.of("delete"));
            return Usage.USAGE;
        }
        return Usage.OK;
    }

    /** Exit code of the arguments of {@code reset}: OK only for the confirmation {@code --yes}. */
    public static int checkReset(List<String> args, PrintStream err) {
        if (!args.equals(List.of("--yes"))) {
            for (String arg : args) {
                if (!arg.equals("--yes")) {
                    err.println("reset: unknown argument " + arg);
                }
            }
            err.println("reset removes every document from the graph; confirm with --yes");
            err.println(Usage.of("reset"));
            return Usage.USAGE;
        }
        return Usage.OK;
    }

    /** Removes the documents; names each one that does not exist (exit 1; the others are removed all the same). */
    public int delete(List<String> ids, PrintStream out, PrintStream err) {
        Set<String> wanted = new LinkedHashSet<>(ids);
        Set<String> existing = new LinkedHashSet<>();
        reader.byIds(Document.class, ReadQuery.DOCUMENTS_BY_ID, List.copyOf(wanted))
                .forEach(d -> existing.add(d.getId()));
        List<String> missing = new ArrayList<>(wanted);
        missing.removeAll(existing);
        if (!existing.isEmpty()) {
            writer.delete(List.copyOf(existing));
        }
        existing.forEach(id -> out.println("deleted\t" + id));
        missing.forEach(id -> err.println("delete: no document " + id + " in the graph"));
        return missing.isEmpty() ? Usage.OK : Usage.REFUSED;
    }

    /** Removes every document. */
    public int reset(PrintStream out) {
        List<String> ids = reader.list(Document.class, ReadQuery.DOCUMENTS_ALL, Map.of()).stream()
                .map(Document::getId).toList();
        int deleted = ids.isEmpty() ? 0 : writer.delete(ids);
        out.println("reset: removed " + deleted + (deleted == 1 ? " document" : " documents")
                + "; the graph is empty");
        return Usage.OK;
    }
}
