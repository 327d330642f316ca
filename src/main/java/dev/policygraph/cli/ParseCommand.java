package dev.policygraph.cli;

import dev.policygraph.extract.Extractor;
import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParseException;
import dev.policygraph.ingest.ParsedDocument;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code parse FILE... [--json]}: parses files (text, PDF, Word, Excel, HTML; a directory stands for such files in
 * it) without touching any database. With --json it prints the contract read by shared/eval/score.py; without it, a
 * short human summary per file.
 */
public final class ParseCommand {

    private ParseCommand() {
    }

    /** Runs the command and returns the process exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean json = args.contains("--json");
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                files.add(Path.of(arg));
            } else if (!arg.equals("--json")) {
                err.println("parse: unknown option " + arg);
                return 2;
            }
        }
        if (files.isEmpty()) {
            err.println("usage: parse FILE... [--json]");
            return 2;
        }
        List<Path> expanded;
        try {
            expanded = InputFiles.expandDocuments(files);
        } catch (IOException e) {
            err.println("parse: " + e.getMessage());
            return 2;
        }
        Extractor extractor = new Extractor();
        DocumentParser parser = new DocumentParser();
        List<ParsedDocument> parsed = new ArrayList<>();
        int failures = 0;
        for (Path file : expanded) {
            try {
                parsed.add(extractor.extract(file).parse(parser));
            } catch (ParseException e) {
                err.println("parse: " + e.getMessage());
                failures++;
            } catch (IOException e) {
                err.println("parse: " + file + ": cannot read: " + e.getMessage());
                failures++;
            }
        }
        if (json) {
            out.println(ParseJson.write(parsed));
        } else {
            for (ParsedDocument d : parsed) {
                out.println(ParseJson.summary(d));
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
