package dev.policygraph.loading;

import dev.policygraph.graph.Document;
import dev.policygraph.extract.ExtractedFile;
import dev.policygraph.extract.Extractor;
import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParsedDocument;
import dev.policygraph.persistence.GraphWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Parses files and writes them into the graph. Every file is parsed before anything is written, so one bad file
 * stops the whole batch with a {@link dev.policygraph.ingest.ParseException} naming it and leaves the graph as it
 * was; the batch is then written in one transaction.
 */
@Component
public class DocumentLoader {

    /** What became of one file: created, replaced or unchanged under a document id, and what to check in it. */
    public record Loaded(String documentId, String file, GraphWriter.Outcome outcome, List<String> warnings) {
    }

    private final DocumentParser parser = new DocumentParser();
    private final Extractor extractor = new Extractor();
    private final GraphWriter writer;
    private final Corrections corrections;
    private final Clock clock;

    DocumentLoader(GraphWriter writer, Corrections corrections, Clock clock) {
        this.writer = writer;
        this.corrections = corrections;
        this.clock = clock;
    }

    /** Loads the files as the application itself (seeds, stale documents), see {@link #load(List, String)}. */
    public List<Loaded> load(List<Source> sources) {
        return load(sources, "system");
    }

    /**
     * Reads every file (text, PDF, Word, Excel, HTML: the type from the content) and parses it, then writes the batch;
     * a file that cannot be read or parsed stops it with a {@link dev.policygraph.ingest.ParseException} naming the
     * file before anything is written. The coordinators' corrections of the documents (and of the units they name)
     * are applied to them again ({@link Corrections}); those that no longer apply are listed with the warnings. Each
     * document created or replaced is recorded in the audit journal as written by {@code actor}.
     */
    public List<Loaded> load(List<Source> sources, String actor) {
        List<Document> documents = new ArrayList<>();
        Map<String, List<String>> warnings = new HashMap<>();
        for (Source s : sources) {
            ExtractedFile file = extractor.extract(s.fileName(), s.bytes());
            ParsedDocument parsed = file.parse(parser);
            Document document = DocumentModel.of(parsed);
            document.setOriginal(file.name(), file.type().name(), file.mediaType(), file.size(), file.sha256());
            documents.add(document);
            warnings.put(s.fileName(), parsed.warnings());
        }
        Map<String, List<String>> notApplied = corrections.apply(documents);
        List<Loaded> out = new ArrayList<>();
        for (GraphWriter.Written w : writer.write(documents, new GraphWriter.Audit(actor, clock.instant()))) {
            List<String> all = new ArrayList<>(warnings.getOrDefault(w.file(), List.of()));
            if (w.outcome() != GraphWriter.Outcome.UNCHANGED) {
                all.addAll(notApplied.getOrDefault(w.documentId(), List.of()));
            }
            out.add(new Loaded(w.documentId(), w.file(), w.outcome(), all));
        }
        return out;
    }
}
