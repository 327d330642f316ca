package dev.policygraph.loading;

import dev.policygraph.graph.Document;
import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.persistence.GraphWriter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Parses files and writes them into the graph. Every file is parsed before anything is written, so one bad file
 * stops the whole batch with a {@link dev.policygraph.ingest.ParseException} naming it and leaves the graph as it
 * was; the batch is then written in one transaction.
 */
@Component
public class DocumentLoader {

    private final DocumentParser parser = new DocumentParser();
    private final GraphWriter writer;

    DocumentLoader(GraphWriter writer) {
        this.writer = writer;
    }

    public List<GraphWriter.Written> load(List<Source> sources) {
        List<Document> documents = new ArrayList<>();
        for (Source s : sources) {
            documents.add(DocumentModel.of(parser.parse(s.fileName(), s.bytes())));
        }
        return writer.write(documents);
    }
}
