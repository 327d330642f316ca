package dev.policygraph.cli;

import dev.policygraph.ingest.ParseException;
import dev.policygraph.loading.DocumentLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code ingest FILE_OR_DIR...}: reads and parses the files (text, PDF, Word, Excel, HTML; a directory stands for the
 * plan files in it) and writes them into the graph in batches (see {@link DocumentLoader}), listing what the parser could not read in
 * full. Every file is checked first, without the database ({@link #check}): every file that cannot be read or parsed
 * is named, and then nothing is written and the database is not even opened.
 */
@Component
public class IngestCommand {

    /** The files of a run, read and parsed; or the exit code of a run that stops before the graph. */
    public record Checked(List<Path> files, int exitCode) {
    }

    private final DocumentLoader loader;

    IngestCommand(DocumentLoader loader) {
        this.loader = loader;
    }

    /** Checks and writes (the graph is open already); returns the process exit code. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Checked checked = check(args, err, false);
        return checked.exitCode() != Usage.OK ? checked.exitCode() : write(checked.files(), out, err);
    }

    /**
     * Reads and parses every file named by {@code args}, without any database, reporting progress on {@code err}
     * (a bar when {@code terminal}). Names every path that does not exist (exit 2) or else every file that cannot be
     * read or parsed and every two files that would be the same document (exit 1).
     */
    public static Checked check(List<String> args, PrintStream err, boolean terminal) {
        List<Path> paths = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("-")) {
                err.println("ingest: unknown option " + arg);
                err.println(Usage.of("ingest"));
                return new Checked(List.of(), Usage.USAGE);
            }
            paths.add(Path.of(arg));
        }
        if (paths.isEmpty()) {
            err.println(Usage.of("ingest"));
            return new Checked(List.of(), Usage.USAGE);
        }
        List<Path> files = new ArrayList<>();
        int missing = 0;
        for (Path path : paths) {
            try {
                files.addAll(InputFiles.expandDocuments(List.of(path)));
            } catch (IOException e) {
                err.println("ingest: " + e.getMessage());
                missing++;
            }
        }
        if (missing > 0) {
            err.println("ingest: nothing was written");
            return new Checked(List.of(), Usage.USAGE);
        }
        if (files.isEmpty()) {
            err.println("ingest: no plan files (" + String.join(", ", InputFiles.DOCUMENT_EXTENSIONS) + ") in "
                    + String.join(" ", args) + "; nothing was written");
            return new Checked(List.of(), Usage.USAGE);
        }
        Progress progress = new Progress(err, "ingest: reading", files.size(), terminal);
        List<DocumentLoader.Prepared> prepared = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Path file : files) {
            try {
                // checked and let go (only its name and id are kept): the loader reads and parses again when it
                // writes, so memory stays bounded
                prepared.add(DocumentLoader.prepare(file));
            } catch (ParseException e) {
                refused.add(e.getMessage());
            } catch (IOException e) {
                refused.add(file + ": cannot read: " + e.getMessage());
            } catch (RuntimeException e) {
                refused.add(file + ": cannot be read (" + e + ")");
            }
            progress.step(file.getFileName().toString());
        }
        Map<String, List<String>> byId = new LinkedHashMap<>();
        prepared.forEach(p -> byId.computeIfAbsent(p.documentId(), id -> new ArrayList<>()).add(p.file()));
        byId.forEach((id, names) -> {
            if (names.size() > 1) {
                refused.add(String.join(", ", names) + ": would all be document " + id + " (one document per file "
                        + "name); rename them or ingest them separately");
            }
        });
        if (!refused.isEmpty()) {
            refused.forEach(r -> err.println("ingest: " + r));
            err.println("ingest: " + refused.size() + (refused.size() == 1 ? " problem" : " problems") + " in "
                    + files.size() + (files.size() == 1 ? " file" : " files") + "; nothing was written");
            return new Checked(List.of(), Usage.REFUSED);
        }
        return new Checked(files, Usage.OK);
    }

    /**
     * Writes the checked files (read again from disk, in batches: see {@link DocumentLoader#loadFiles}) and reports
     * each; returns the process exit code.
     */
    public int write(List<Path> files, PrintStream out, PrintStream err) {
        if (files.size() > 1) {
            err.println("ingest: writing " + files.size() + " documents");
        }
        List<DocumentLoader.Loaded> written;
        try {
            written = loader.loadFiles(files, "cli:" + System.getProperty("user.name", "unknown"));
        } catch (ParseException | IllegalArgumentException e) {
            err.println("ingest: " + e.getMessage() + "; nothing was written");
            return Usage.REFUSED;
        } catch (UncheckedIOException e) {
            err.println("ingest: cannot read " + e.getMessage() + "; nothing was written");
            return Usage.REFUSED;
        } catch (DocumentLoader.StoppedException e) {
            err.println("ingest: " + e.getMessage());
            return Usage.REFUSED;
        }
        for (DocumentLoader.Loaded w : written) {
            out.println(w.outcome().name().toLowerCase() + "\t" + w.documentId() + "\t" + w.file());
            for (String warning : w.warnings()) {
                out.println("\twarning: " + warning);
            }
        }
        return Usage.OK;
    }
}
