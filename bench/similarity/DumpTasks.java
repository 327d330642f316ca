import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParsedDocument;
import dev.policygraph.ingest.ParsedSection;
import dev.policygraph.ingest.ParsedTask;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints the tasks of the given plans (files or folders) as JSON lines: id, file, section, number, title, text, the
 * plan's title (document) and the titles of the sections the task sits in, innermost first (context).
 */
public final class DumpTasks {

    public static void main(String[] args) throws Exception {
        DocumentParser parser = new DocumentParser();
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        for (Path f : files) {
            ParsedDocument d = parser.parse(f.getFileName().toString(), Files.readAllBytes(f));
            List<ParsedTask> tasks = d.tasks();
            String document = d.meta() == null ? null : d.meta().title();
            for (int i = 0; i < tasks.size(); i++) {
                ParsedTask t = tasks.get(i);
                if (t.kind().equals("task")) {
                    System.out.println("{\"id\":" + json(d.file() + "#" + i) + ",\"file\":" + json(d.file())
                            + ",\"section\":" + json(t.sectionPath()) + ",\"number\":" + json(t.number())
                            + ",\"title\":" + json(t.title()) + ",\"text\":" + json(t.text())
                            + ",\"document\":" + json(document) + ",\"context\":" + context(d, t.sectionPath()) + "}");
                }
            }
        }
    }

    /** The titles of the section at a path and of its ancestors (by parentPath), innermost first. */
    private static String context(ParsedDocument d, String path) {
        Map<String, ParsedSection> byPath = new HashMap<>();
        for (ParsedSection s : d.sections()) {
            byPath.put(s.path(), s);
        }
        List<String> titles = new ArrayList<>();
        for (ParsedSection s = path == null ? null : byPath.get(path); s != null && titles.size() < 16;
             s = s.parentPath() == null ? null : byPath.get(s.parentPath())) {
            titles.add(json(s.title()));
        }
        return "[" + String.join(",", titles) + "]";
    }

    private static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
