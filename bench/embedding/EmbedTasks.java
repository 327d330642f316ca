import dev.langchain4j.model.embedding.BgeSmallZhQuantizedEmbeddingModel;
import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParsedDocument;
import dev.policygraph.ingest.ParsedTask;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Parses the plans of the given directories and writes every task with the BGE embeddings of its title and text. */
public class EmbedTasks {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            try (Stream<Path> s = Files.list(Path.of(args[i]))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        long t0 = System.nanoTime();
        BgeSmallZhQuantizedEmbeddingModel model = new BgeSmallZhQuantizedEmbeddingModel();
        long t1 = System.nanoTime();
        StringBuilder json = new StringBuilder("[");
        int n = 0;
        long embedding = 0;
        for (Path f : files) {
            ParsedDocument d = new DocumentParser().parse(f.getFileName().toString(), Files.readAllBytes(f));
            for (ParsedTask t : d.tasks()) {
                if (!t.kind().equals("task")) {
                    continue;
                }
                long s = System.nanoTime();
                float[] title = model.embed(t.title()).content().vector();
                float[] text = model.embed(t.text()).content().vector();
                embedding += System.nanoTime() - s;
                json.append(n++ == 0 ? "" : ",\n").append("{\"file\":").append(q(d.file()))
                        .append(",\"section\":").append(q(t.sectionPath())).append(",\"number\":").append(q(t.number()))
                        .append(",\"title\":").append(q(t.title())).append(",\"text\":").append(q(t.text()))
                        .append(",\"embTitle\":").append(Arrays.toString(title))
                        .append(",\"embText\":").append(Arrays.toString(text)).append("}");
            }
        }
        Files.writeString(out, json.append("]").toString());
        System.out.printf("model loaded in %d ms; %d tasks, %.1f ms a task (title and text)%n", (t1 - t0) / 1_000_000,
                n, embedding / 1e6 / n);
    }

    private static String q(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 32) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
