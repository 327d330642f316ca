package dev.policygraph.loading;

import dev.policygraph.extract.ExtractedFile;
import dev.policygraph.extract.Extractor;
import dev.policygraph.graph.Document;
import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParsedDocument;
import dev.policygraph.persistence.GraphWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Parses files and writes them into the graph, in two steps: {@link #prepare} reads and parses one file without any
 * database (so a command can check every file of a batch before it opens the graph), {@link #write} writes a batch of
 * prepared files in one transaction. {@link #load} does both: every file is parsed before anything is written, so one
 * bad file stops the whole batch with a {@link dev.policygraph.ingest.ParseException} naming it and leaves the graph
 * as it was.
 */
@Component
public class DocumentLoader {

    /** What became of one file: created, replaced or unchanged under a document id, and what to check in it. */
    public record Loaded(String documentId, String file, GraphWriter.Outcome outcome, List<String> warnings) {
    }

    /** A file read and parsed, ready to be written. */
    public static final class Prepared {

        private final String file;
        private final Document document;
        private final List<String> warnings;

        private Prepared(String file, Document document, List<String> warnings) {
            this.file = file;
            this.document = document;
            this.warnings = List.copyOf(warnings);
        }

        public String file() {
            return file;
        }

        public String documentId() {
            return document.getId();
        }
    }

    private static final DocumentParser PARSER = new DocumentParser();
    private static final Extractor EXTRACTOR = new Extractor();

    private final GraphWriter writer;

    DocumentLoader(GraphWriter writer) {
        this.writer = writer;
    }

    /**
     * Reads a file's bytes (text, PDF, Word, Excel, HTML: the type from the content) and parses it; throws a
     * {@link dev.policygraph.ingest.ParseException} naming the file when it cannot.
     */
    public static Prepared prepare(String fileName, byte[] bytes) {
        return prepared(EXTRACTOR.extract(fileName, bytes));
    }

    /** Reads the file, no more than the extractor's size limit of it (a larger file is refused unread), and parses it. */
    public static Prepared prepare(Path file) throws IOException {
        return prepared(EXTRACTOR.extract(file));
    }

    private static Prepared prepared(ExtractedFile file) {
        ParsedDocument parsed = file.parse(PARSER);
        Document document = DocumentModel.of(parsed);
        document.setOriginal(file.name(), file.type().name(), file.mediaType(), file.size(), file.sha256());
        return new Prepared(file.name(), document, parsed.warnings());
    }

    /** Reads and parses every file, then writes the batch; a file that cannot be read or parsed stops it unwritten. */
    public List<Loaded> load(List<Source> sources) {
        List<Prepared> prepared = new ArrayList<>();
        for (Source s : sources) {
            prepared.add(prepare(s.fileName(), s.bytes()));
        }
        return write(prepared);
    }

    /** Writes prepared files in one transaction. */
    public List<Loaded> write(List<Prepared> batch) {
        Map<String, Prepared> byFile = batch.stream()
                .collect(Collectors.toMap(Prepared::file, Function.identity(), (a, b) -> a));
        List<Loaded> out = new ArrayList<>();
        for (GraphWriter.Written w : writer.write(batch.stream().map(p -> p.document).toList())) {
            Prepared p = byFile.get(w.file());
            out.add(new Loaded(w.documentId(), w.file(), w.outcome(), p == null ? List.of() : p.warnings));
        }
        return out;
    }
}
