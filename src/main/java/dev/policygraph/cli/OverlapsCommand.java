package dev.policygraph.cli;

import dev.policygraph.analysis.similarity.PairKind;
import dev.policygraph.analysis.similarity.SimilarPair;
import dev.policygraph.analysis.similarity.TaskIndex;
import dev.policygraph.analysis.similarity.TaskText;
import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParseException;
import dev.policygraph.ingest.ParsedDocument;
import dev.policygraph.ingest.ParsedTask;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code overlaps FILE_OR_DIR... [--json]}: parses the files without any database and lists the pairs of tasks that
 * commit to the same measure, across the files and inside each. With --json it prints the contract read by
 * shared/eval/score_overlap.py; without it, one line per pair.
 */
public final class OverlapsCommand {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private OverlapsCommand() {
    }

    /** Runs the command and returns the process exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean json = false;
        List<Path> paths = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.startsWith("--")) {
                err.println("overlaps: unknown option " + arg);
                return 2;
            } else {
                paths.add(Path.of(arg));
            }
        }
        if (paths.isEmpty()) {
            err.println("usage: overlaps FILE_OR_DIR... [--json]");
            return 2;
        }
        List<Path> files;
        try {
            files = InputFiles.expand(paths);
        } catch (IOException e) {
            err.println("overlaps: " + e.getMessage());
            return 2;
        }
        DocumentParser parser = new DocumentParser();
        Map<String, Located> tasks = new LinkedHashMap<>();
        TaskIndex index = new TaskIndex();
        int failures = 0;
        for (Path file : files) {
            ParsedDocument d;
            try {
                d = parser.parse(file.getFileName().toString(), Files.readAllBytes(file));
            } catch (ParseException e) {
                err.println("overlaps: " + e.getMessage());
                failures++;
                continue;
            } catch (IOException e) {
                err.println("overlaps: " + file + ": cannot read: " + e.getMessage());
                failures++;
                continue;
            }
            List<ParsedTask> list = d.tasks();
            for (int i = 0; i < list.size(); i++) {
                ParsedTask t = list.get(i);
                if (!t.kind().equals("task")) {
                    continue;
                }
                // A file name is unique on the command line; the position keeps repeated keys (a plan printed
                // twice in one file) apart.
                String id = d.file() + "#" + i;
                tasks.put(id, new Located(d.file(), t));
                index.add(new TaskText(id, d.file(), t.title(), t.text()));
            }
        }
        List<SimilarPair> pairs = index.allPairs();
        if (json) {
            out.println(MAPPER.writeValueAsString(Map.of("pairs", pairs.stream()
                    .map(p -> pair(tasks.get(p.a()), tasks.get(p.b()), p)).toList())));
        } else {
            for (SimilarPair p : pairs) {
                out.printf(Locale.ROOT, "%-9s %.3f  %s  <->  %s%n", p.kind().name().toLowerCase(Locale.ROOT),
                        p.score(), tasks.get(p.a()).describe(), tasks.get(p.b()).describe());
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private record Located(String file, ParsedTask task) {

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", file);
            m.put("number", task.printedNumber());
            m.put("section", task.sectionPath());
            m.put("title", task.title());
            return m;
        }

        String describe() {
            return file + " " + task.key() + " " + task.title();
        }
    }

    private static Map<String, Object> pair(Located a, Located b, SimilarPair p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", a.json());
        m.put("b", b.json());
        m.put("label", p.kind() == PairKind.DUPLICATE ? "duplicate" : "overlap");
        m.put("score", Math.round(p.score() * 1000) / 1000.0);
        return m;
    }
}
