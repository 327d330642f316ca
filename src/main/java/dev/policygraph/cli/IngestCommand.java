package dev.policygraph.cli;

import dev.policygraph.ingest.ParseException;
import dev.policygraph.loading.DocumentLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * {@code ingest FILE_OR_DIR...}: reads and parses the files (text, PDF, Word, Excel, HTML; a directory stands for the
 * plan files in it) and writes them into the graph in batches (see {@link DocumentLoader}), listing what the parser could not read in
 * full. Every file is checked first, without the database ({@link #check}): every file that cannot be read or parsed
 * is named, and then nothing is written and the database is not even opened.
 */
@Component
public class IngestCommand {

    /**
     * The files of a run, read and parsed (the parses of the first {@link DocumentLoader#KEEP_PARSED_BYTES} of files
     * kept for the write); or the exit code of a run that stops before the graph.
     */
    public record Checked(List<DocumentLoader.Prepared> files, int exitCode) {
    }

    private final DocumentLoader loader;

    IngestCommand(DocumentLoader loader) {
        this.loader = loader;
    }

    /** Checks and writes (the graph is open already); returns the process exit code. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Checked checked = check(args, err, false);
        return checked.exitCode() != Usage.OK ? checked.exitCode() : write(checked, out, err);
    }

    /**
     * Reads and parses every file named by {@code args} (on all cores), without any database, reporting progress on
     * {@code err} (a bar when {@code terminal}). Names every path that does not exist (exit 2) or else every file that
     * cannot be read or parsed and every two files that would be the same document (exit 1). The parses of the first
     * files, up to {@link DocumentLoader#KEEP_PARSED_BYTES} of them, are kept for the write, which parses only the
     * others again.
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
        // the first files' parses are kept for the write, up to a bound so that memory does not grow with the run;
        // the others are checked and let go (their name, id and hash kept), and parsed again when written
        boolean[] keep = new boolean[files.size()];
        long kept = 0;
        for (int i = 0; i < files.size(); i++) {
            long size = sizeOf(files.get(i));
            if (kept + size <= DocumentLoader.KEEP_PARSED_BYTES) {
                kept += size;
                keep[i] = true;
            }
        }
        Object[] results = new Object[files.size()];
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            Path file = files.get(i);
            try {
                results[i] = DocumentLoader.prepare(file, keep[i]);
            } catch (ParseException e) {
                results[i] = e.getMessage();
            } catch (IOException e) {
                results[i] = file + ": cannot read: " + e.getMessage();
            } catch (RuntimeException e) {
                results[i] = file + ": cannot be read (" + e + ")";
            }
            synchronized (progress) {
                progress.step(file.getFileName().toString());
            }
        });
        List<DocumentLoader.Prepared> prepared = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Object r : results) {
            if (r instanceof DocumentLoader.Prepared p) {
                prepared.add(p);
            } else {
                refused.add((String) r);
            }
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
        return new Checked(prepared, Usage.OK);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE; // not kept; reading it names the problem
        }
    }

    /**
     * Writes the checked files (in batches, from their kept parses or read again from disk: see
     * {@link DocumentLoader#loadPrepared}) and reports each; returns the process exit code.
     */
    public int write(Checked checked, PrintStream out, PrintStream err) {
        return write(checked, out, err, false);
    }

    /** As {@link #write(Checked, PrintStream, PrintStream)}, with the progress of the write (a bar when terminal). */
    public int write(Checked checked, PrintStream out, PrintStream err, boolean terminal) {
        List<DocumentLoader.Prepared> files = checked.files();
        Progress progress = new Progress(err, "ingest: written", files.size(), terminal);
        int[] reported = {0};
        if (files.size() > 1) {
            err.println("ingest: writing " + files.size() + " documents");
        }
        List<DocumentLoader.Loaded> written;
        try {
            written = loader.loadPrepared(files, "cli:" + System.getProperty("user.name", "unknown"), done -> {
                for (; reported[0] < done; reported[0]++) {
                    progress.step(files.get(reported[0]).file());
                }
            });
        } catch (ParseException | IllegalArgumentException e) {
            err.println("ingest: " + e.getMessage() + "; nothing was written");
            return Usage.REFUSED;
        } catch (UncheckedIOException e) {
            err.println("ingest: cannot read " + e.getMessage() + "; nothing was written");
            return Usage.REFUSED;
        } catch (DocumentLoader.StoppedException e) {
            err.println("ingest: " + e.getMessage());
            return Usage.REFUSED;
        } catch (DocumentLoader.LeftBehindException e) {
            err.println("ingest: " + e.getMessage());
            return Usage.UNAVAILABLE;
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
