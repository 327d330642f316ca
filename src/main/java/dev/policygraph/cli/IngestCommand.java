package dev.policygraph.cli;

import dev.policygraph.ingest.ParseException;
import dev.policygraph.loading.DocumentLoader;
import dev.policygraph.loading.Source;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code ingest PATH...}: reads and parses the files (text, PDF, Word, Excel, HTML; a directory stands for the plan
 * files in it) and writes them into the graph in one transaction, listing what the parser could not read in full. A file that cannot be read or parsed stops the run before anything is written.
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
            for (Path file : InputFiles.expandDocuments(args.stream().map(Path::of).toList())) {
                sources.add(new Source(file.getFileName().toString(), Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            err.println("ingest: cannot read " + e.getMessage() + "; nothing was written");
            return 2;
        }
        if (sources.isEmpty()) {
            err.println("ingest: no plan files (.txt, .pdf, .docx, .doc, .html, .xlsx, .xls) in " + String.join(" ", args)
                    + "; nothing was written");
            return 2;
        }
        List<DocumentLoader.Loaded> written;
        try {
            written = loader.load(sources, "cli:" + System.getProperty("user.name", "unknown"));
        } catch (ParseException | IllegalArgumentException e) {
            err.println("ingest: " + e.getMessage() + "; nothing was written");
            return 1;
        }
        for (DocumentLoader.Loaded w : written) {
            out.println(w.outcome().name().toLowerCase() + "\t" + w.documentId() + "\t" + w.file());
            for (String warning : w.warnings()) {
                out.println("\twarning: " + warning);
            }
        }
        return 0;
    }
}
