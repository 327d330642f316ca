package dev.policygraph.persistence;

import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParsedDocument;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Parses files and writes them into the graph. Every file is parsed before anything is written, so one bad file
 * stops the whole batch with a {@link dev.policygraph.ingest.ParseException} and leaves the graph as it was.
 */
@Component
public class GraphLoader {

    /** A file's name and its raw bytes. */
    public record Source(String fileName, byte[] bytes) {
    }

    private final DocumentParser parser = new DocumentParser();
    private final GraphWriter writer;

    GraphLoader(GraphWriter writer) {
        this.writer = writer;
    }

    public List<GraphWriter.Written> load(List<Source> sources) {
        List<ParsedDocument> parsed = new ArrayList<>();
        for (Source s : sources) {
            parsed.add(parser.parse(s.fileName(), s.bytes()));
        }
        return writer.write(parsed);
    }
}
