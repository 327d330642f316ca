package dev.policygraph.cli;

import dev.policygraph.ingest.ParseException;
import dev.policygraph.loading.DocumentLoader;
import dev.policygraph.loading.Source;
import dev.policygraph.persistence.GraphWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code ingest PATH...}: parses the files (a directory stands for its .txt files) and writes them into the graph
 * in one transaction. A file that cannot be read or parsed stops the run before anything is written.
 */
@Component
public class IngestCommand {

    private final DocumentLoader loader;

    IngestCommand(DocumentLoader loader) {
        this.loader = loader;
    }

    /** Runs the command and returns the process exit code. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.stream().anyMatch(a -> a.startsWith("--"))) {
            err.println("usage: ingest PATH...");
            return 2;
        }
        List<Source> sources = new ArrayList<>();
        try {
            for (Path file : InputFiles.expand(args.stream().map(Path::of).toList())) {
                sources.add(new Source(file.getFileName().toString(), Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            err.println("ingest: cannot read " + e.getMessage() + "; nothing was written");
            return 2;
        }
        if (sources.isEmpty()) {
            err.println("ingest: no .txt files in " + String.join(" ", args) + "; nothing was written");
            return 2;
        }
        List<GraphWriter.Written> written;
        try {
            written = loader.load(sources);
        } catch (ParseException | IllegalArgumentException e) {
            err.println("ingest: " + e.getMessage() + "; nothing was written");
            return 1;
        }
        for (GraphWriter.Written w : written) {
            out.println(w.outcome().name().toLowerCase() + "\t" + w.documentId() + "\t" + w.file());
        }
        return 0;
    }
}
