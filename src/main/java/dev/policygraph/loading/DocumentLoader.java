package dev.policygraph.loading;

import dev.policygraph.analysis.DocumentPair;
import dev.policygraph.analysis.DocumentSignature;
import dev.policygraph.analysis.DuplicateDocuments;
import dev.policygraph.extract.ExtractedFile;
import dev.policygraph.extract.Extractor;
import dev.policygraph.graph.Document;
import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParseException;
import dev.policygraph.ingest.ParsedDocument;
import dev.policygraph.persistence.GraphWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Parses files and writes them into the graph. Every file is read and parsed before anything is written, so one bad
 * file stops the whole run with a {@link ParseException} naming it and leaves the graph as it was. A file whose bytes
 * are stored already (same SHA-256, same parser version) is not parsed at all. The others are written in batches of
 * about {@link #BATCH_TASKS} tasks, one transaction each, so that memory stays bounded whatever the number of files:
 * parses are kept between the two passes only up to {@link #KEEP_PARSED_BYTES} of files, beyond that a file is
 * parsed again when its batch is written, and nothing of a batch is held once it is written. Should the database fail
 * on a later batch, or the load be asked to {@link #stop}, the documents the run created in earlier batches are
 * deleted again (documents it replaced stay replaced: they are valid parses of their files).
 * With each batch go the duplicate pairs its documents form ({@link DuplicateDocuments#pairsFor}).
 */
@Component
public class DocumentLoader {

    /** What became of one file: created, replaced or unchanged under a document id, and what to check in it. */
    public record Loaded(String documentId, String file, GraphWriter.Outcome outcome, List<String> warnings) {
    }

    /** Tasks per write transaction (a batch holds at least one document). */
    static final int BATCH_TASKS = 5_000;
    /** Up to this many bytes of files, parses are kept from the checking pass for the writing pass. */
    public static final long KEEP_PARSED_BYTES = 32L << 20;
    /** Documents deleted per transaction when a run deletes what it created. */
    static final int DELETE_DOCUMENTS = 100;

    /** A file read and parsed into the graph model, with its warnings. */
    private record Parsed(Document document, List<String> warnings) {
    }

    /** What the checking pass learnt of a file: the stored document it is, or else its parse (if kept). */
    private record Checked(GraphWriter.@Nullable StoredOriginal stored, @Nullable Parsed parsed) {
    }

    /**
     * A file read and parsed without any database (a command checks every file before it opens the graph): its name,
     * document id, warnings and SHA-256, and, when asked ({@link #prepare(Path, boolean)}), its parse, which
     * {@link #loadPrepared} then writes without parsing the file again (and lets go once written).
     */
    public static final class Prepared {

        private final String file;
        private final String documentId;
        private final List<String> warnings;
        private final @Nullable Path path;
        private final String sha256;
        private @Nullable Parsed parsed;

        private Prepared(String file, Parsed parsed, @Nullable Path path, String sha256, boolean keep) {
            this.file = file;
            this.documentId = parsed.document().getId();
            this.warnings = List.copyOf(parsed.warnings());
            this.path = path;
            this.sha256 = sha256;
            this.parsed = keep ? parsed : null;
        }

        /** The parse, if kept, handed over once: the loader holds it only until its batch is written. */
        private synchronized @Nullable Parsed take() {
            Parsed p = parsed;
            parsed = null;
            return p;
        }

        public String file() {
            return file;
        }

        public String documentId() {
            return documentId;
        }

        public List<String> warnings() {
            return warnings;
        }
    }

    private static final DocumentParser PARSER = new DocumentParser();
    private static final Extractor EXTRACTOR = new Extractor();

    /** A load asked to stop ({@link #stop}) before it was done: it removed what it had written. */
    public static final class StoppedException extends RuntimeException {

        StoppedException(int written, int total) {
            super("stopped after " + written + " of " + total + " documents; what this run created is deleted again");
        }
    }

    /**
     * A load that stopped or failed and could not delete all it had created (the database failed again): the
     * documents it leaves in the graph, by id; the cause is why the run stopped, the suppressed exception why the
     * clean-up did.
     */
    public static final class LeftBehindException extends RuntimeException {

        private final List<String> documentIds;

        LeftBehindException(RuntimeException cause, RuntimeException cleanUp, List<String> documentIds) {
            super(cause.getMessage() + "; deleting what this run created failed (" + cleanUp.getMessage() + "): "
                    + documentIds.size() + " documents it created are still in the graph (the command delete removes them): "
                    + String.join(" ", documentIds), cause);
            addSuppressed(cleanUp);
            this.documentIds = List.copyOf(documentIds);
        }

        /** The documents the run created and left in the graph. */
        public List<String> documentIds() {
            return documentIds;
        }
    }

    private final GraphWriter writer;
    private final DuplicateDocuments duplicates;
    private final Corrections corrections;
    private final Clock clock;
    private final int batchTasks;
    private volatile boolean stopping;
    /** Documents created by the running loads and not deleted again (what a stop would leave if it ended now). */
    private final Set<String> undone = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Transactions the loads have committed, batches written and deletions (a stop waits while this moves). */
    private final java.util.concurrent.atomic.AtomicLong committed = new java.util.concurrent.atomic.AtomicLong();

    @org.springframework.beans.factory.annotation.Autowired
    DocumentLoader(GraphWriter writer, DuplicateDocuments duplicates, Corrections corrections, Clock clock) {
        this(writer, duplicates, corrections, clock, BATCH_TASKS);
    }

    /** A loader writing batches of about {@code batchTasks} tasks (1: a transaction per document). */
    DocumentLoader(GraphWriter writer, DuplicateDocuments duplicates, Corrections corrections, Clock clock,
                   int batchTasks) {
        this.writer = writer;
        this.duplicates = duplicates;
        this.corrections = corrections;
        this.clock = clock;
        this.batchTasks = batchTasks;
    }

    /**
     * Reads every file (text, PDF, Word, Excel, HTML: the type from the content) and parses it, then writes them;
     * a file that cannot be read or parsed stops it with a {@link ParseException} naming the file before anything
     * is written.
     */
    public List<Loaded> load(List<Source> sources) {
        return load(sources, "system");
    }

    /**
     * As {@link #load(List)}; the coordinators' corrections of the documents (and of the units they name) are applied
     * to them again ({@link Corrections}), those that no longer apply are listed with the warnings, and each document
     * created or replaced is recorded in the audit journal as written by {@code actor}.
     */
    public List<Loaded> load(List<Source> sources, String actor) {
        return load(sources.stream().map(Source::fileName).toList(), i -> sources.get(i).bytes(), actor);
    }

    /**
     * Like {@link #load(List)}, for files on disk, read when needed (never all at once). A file that cannot be read
     * is an {@link UncheckedIOException} before anything is written.
     */
    public List<Loaded> loadFiles(List<Path> files) {
        return loadFiles(files, "system");
    }

    /** As {@link #loadFiles(List)}, recorded in the audit journal as written by {@code actor}. */
    public List<Loaded> loadFiles(List<Path> files, String actor) {
        return load(files.stream().map(f -> f.getFileName().toString()).toList(), i -> {
            try {
                return Files.readAllBytes(files.get(i));
            } catch (IOException e) {
                throw new UncheckedIOException(files.get(i).toString(), e);
            }
        }, actor);
    }

    /**
     * Asks the loads running now and later to stop before their next batch (a command asked to end, e.g. by SIGTERM):
     * each deletes the documents it created and throws a {@link StoppedException}; a batch being written is finished
     * or rolled back first.
     */
    public void stop() {
        stopping = true;
    }

    /** How many transactions the loads have committed so far: a load that stopped is still cleaning up while it grows. */
    public long committed() {
        return committed.get();
    }

    /**
     * The documents the running loads created and have not deleted again, by id: what is left in the graph if
     * the process ends before their clean-up is done.
     */
    public List<String> notDeleted() {
        return undone.stream().sorted().toList();
    }

    /**
     * Reads a file's bytes (text, PDF, Word, Excel, HTML: the type from the content) and parses it, without any
     * database; throws a {@link ParseException} naming the file when it cannot.
     */
    public static Prepared prepare(String fileName, byte[] bytes) {
        ExtractedFile file = EXTRACTOR.extract(fileName, bytes);
        return new Prepared(file.name(), read(file), null, file.sha256(), false);
    }

    /** Reads the file, no more than the extractor's size limit of it (a larger file is refused unread), and parses it. */
    public static Prepared prepare(Path file) throws IOException {
        return prepare(file, false);
    }

    /**
     * As {@link #prepare(Path)}; with {@code keep} the parse is kept for {@link #loadPrepared}, which then does not
     * parse the file again (a caller keeps parses for no more than {@link #KEEP_PARSED_BYTES} of files).
     */
    public static Prepared prepare(Path file, boolean keep) throws IOException {
        ExtractedFile extracted = EXTRACTOR.extract(file);
        return new Prepared(extracted.name(), read(extracted), file, extracted.sha256(), keep);
    }

    /**
     * Writes files checked already ({@link #prepare(Path, boolean)}, every one of them read and parsed without
     * error): those whose bytes are stored already (by their SHA-256) are unchanged, the others are written in
     * batches as {@link #load(List)} writes them, from the kept parse or else parsed once more from the file when
     * their batch is written. A file that cannot be read or parsed then (it changed since it was checked) stops the
     * run naming it, and the documents created in earlier batches are deleted again.
     */
    public List<Loaded> loadPrepared(List<Prepared> files, String actor) {
        return loadPrepared(files, actor, done -> { });
    }

    /** As {@link #loadPrepared(List, String)}, telling {@code progress} how many files are done after each batch. */
    public List<Loaded> loadPrepared(List<Prepared> files, String actor, IntConsumer progress) {
        List<String> names = files.stream().map(Prepared::file).toList();
        uniqueIds(names);
        for (Prepared p : files) {
            if (p.path == null) {
                throw new IllegalArgumentException(p.file + ": prepared from bytes, not from a file");
            }
        }
        GraphWriter.StoredOriginal[] same = stored(names, files.stream().map(p -> p.sha256).toList());
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Parsed kept = files.get(i).take();
            checked.add(new Checked(same[i], same[i] == null ? kept : null));
        }
        return write(names, i -> {
            try {
                return Files.readAllBytes(files.get(i).path);
            } catch (IOException e) {
                throw new UncheckedIOException(files.get(i).path.toString(), e);
            }
        }, checked, actor, progress);
    }

    /** Loads the files of these names, whose bytes {@code bytes} gives by position. */
    private List<Loaded> load(List<String> names, IntFunction<byte[]> bytes, String actor) {
        uniqueIds(names);
        return write(names, bytes, check(names, bytes), actor, done -> { });
    }

    private static void uniqueIds(List<String> names) {
        Set<String> ids = new HashSet<>();
        for (String name : names) {
            if (!ids.add(DocumentModel.documentId(name))) {
                throw new IllegalArgumentException("Two files of the batch have the same name (document id); "
                        + "ingest them separately or rename one");
            }
        }
    }

    /**
     * Writes the files of these names as the checking pass found them ({@code checked}: stored already, or to be
     * written from the kept parse or else from {@code bytes} parsed again), in batches; the list {@code checked} is
     * emptied as it is read, so that a kept parse is let go once its batch is written.
     */
    private List<Loaded> write(List<String> names, IntFunction<byte[]> bytes, List<Checked> checked, String actor,
                               IntConsumer progress) {
        int count = names.size();
        List<Loaded> out = new ArrayList<>();
        List<Integer> toWrite = new ArrayList<>();
        // the parses kept from the checking pass, each let go as soon as its batch is written
        Parsed[] kept = new Parsed[count];
        for (int i = 0; i < count; i++) {
            Checked c = checked.get(i);
            if (c.stored() != null) {
                out.add(new Loaded(c.stored().id(), names.get(i), GraphWriter.Outcome.UNCHANGED,
                        c.stored().warnings() == null ? List.of() : c.stored().warnings()));
            } else {
                out.add(null);
                toWrite.add(i);
                kept[i] = c.parsed();
            }
        }
        checked.clear();
        progress.accept(count - toWrite.size());
        List<String> created = new ArrayList<>();
        int from = 0;
        while (from < toWrite.size()) {
            if (stopping) {
                throw deleteCreated(created, new StoppedException(from, toWrite.size()));
            }
            List<Parsed> batch = new ArrayList<>();
            int tasks = 0;
            int to = from;
            List<GraphWriter.Written> written;
            Map<String, List<String>> notApplied;
            try {
                while (to < toWrite.size() && (batch.isEmpty() || tasks < batchTasks)) {
                    int i = toWrite.get(to);
                    Parsed p = kept[i] != null ? kept[i] : parse(names.get(i), bytes.apply(i));
                    kept[i] = null;
                    batch.add(p);
                    tasks += p.document().getTasks().size();
                    to++;
                }
                notApplied = corrections.apply(batch.stream().map(Parsed::document).toList());
                written = write(batch, actor);
            } catch (RuntimeException e) {
                throw deleteCreated(created, e);
            }
            committed.incrementAndGet();
            for (int k = 0; k < written.size(); k++) {
                GraphWriter.Written w = written.get(k);
                if (w.outcome() == GraphWriter.Outcome.CREATED) {
                    created.add(w.documentId());
                    undone.add(w.documentId());
                }
                List<String> warnings = new ArrayList<>(batch.get(k).warnings());
                if (w.outcome() != GraphWriter.Outcome.UNCHANGED) {
                    warnings.addAll(notApplied.getOrDefault(w.documentId(), List.of()));
                }
                out.set(toWrite.get(from + k), new Loaded(w.documentId(), w.file(), w.outcome(), warnings));
            }
            from = to;
            progress.accept(count - toWrite.size() + from);
        }
        undone.removeAll(created);
        return out;
    }

    /**
     * The checking pass, on all cores: every file read, hashed and, unless its bytes are stored already, parsed.
     * The first file (in the given order) that fails stops the run.
     */
    private List<Checked> check(List<String> names, IntFunction<byte[]> bytes) {
        int count = names.size();
        List<String> hashes = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] b = bytes.apply(i);
            hashes.add(sha256(b));
            sizes.add((long) b.length);
        }
        GraphWriter.StoredOriginal[] same = stored(names, hashes);
        long keep = 0;
        boolean[] kept = new boolean[count];
        for (int i = 0; i < count; i++) {
            if (same[i] == null && keep + sizes.get(i) <= KEEP_PARSED_BYTES) {
                keep += sizes.get(i);
                kept[i] = true;
            }
        }
        Object[] results = new Object[count];
        IntStream.range(0, count).parallel().filter(i -> same[i] == null).forEach(i -> {
            if (stopping) {
                return;
            }
            try {
                Parsed p = parse(names.get(i), bytes.apply(i));
                results[i] = kept[i] ? p : null;
            } catch (RuntimeException e) {
                results[i] = e;
            }
        });
        if (stopping) {
            throw new StoppedException(0, count);
        }
        List<Checked> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (results[i] instanceof RuntimeException e) {
                throw e;
            }
            out.add(new Checked(same[i], (Parsed) results[i]));
        }
        return out;
    }

    /**
     * Deletes the documents a run created, newest first, in transactions of {@link #DELETE_DOCUMENTS} documents so
     * that undoing a large run is as bounded in memory as writing it was, and returns what the run throws: {@code
     * cause}, or a {@link LeftBehindException} naming the documents still in the graph when a deletion fails.
     */
    private RuntimeException deleteCreated(List<String> created, RuntimeException cause) {
        int to = created.size();
        try {
            if (!created.isEmpty()) {
                // the similar-task index (1.3 KB a task, a third of a 1 GB heap at 250k tasks) is not needed to
                // delete: freed, the undo of a run that ran out of memory has the heap the index held
                writer.releaseDerived();
            }
            for (; to > 0; to -= DELETE_DOCUMENTS) {
                List<String> part = created.subList(Math.max(0, to - DELETE_DOCUMENTS), to);
                writer.delete(part);
                committed.incrementAndGet();
                part.forEach(undone::remove);
            }
            return cause;
        } catch (RuntimeException e) {
            List<String> left = List.copyOf(created.subList(0, to));
            undone.removeAll(created);
            return new LeftBehindException(cause, e, left);
        }
    }

    /**
     * For each file (name and SHA-256 of its bytes), the stored document it is already, or null: the same bytes read
     * by this parser, under this file's own id, or under another when this id is new.
     */
    private GraphWriter.StoredOriginal[] stored(List<String> names, List<String> hashes) {
        int count = names.size();
        Map<String, GraphWriter.StoredOriginal> stored = new HashMap<>();
        for (int i = 0; i < count; i += 1_000) {
            writer.storedOriginals(hashes.subList(i, Math.min(count, i + 1_000)))
                    .forEach(o -> stored.putIfAbsent(o.sha256(), o));
        }
        List<String> ids = names.stream().map(DocumentModel::documentId).toList();
        Set<String> storedIds = new HashSet<>();
        for (int i = 0; i < count; i += 1_000) {
            storedIds.addAll(writer.storedIds(ids.subList(i, Math.min(count, i + 1_000))));
        }
        GraphWriter.StoredOriginal[] same = new GraphWriter.StoredOriginal[count];
        for (int i = 0; i < count; i++) {
            GraphWriter.StoredOriginal o = stored.get(hashes.get(i));
            if (o != null && DocumentParser.VERSION.equals(o.parserVersion())
                    && (o.id().equals(ids.get(i)) || !storedIds.contains(ids.get(i)))) {
                same[i] = o;
            }
        }
        return same;
    }

    private static Parsed parse(String name, byte[] bytes) {
        return read(EXTRACTOR.extract(name, bytes));
    }

    /** The one way a file becomes a document of the graph model: parsed, with its original file's facts. */
    private static Parsed read(ExtractedFile file) {
        ParsedDocument parsed = file.parse(PARSER);
        Document document = DocumentModel.of(parsed);
        document.setOriginal(file.name(), file.type().name(), file.mediaType(), file.size(), file.sha256());
        return new Parsed(document, parsed.warnings());
    }

    private List<GraphWriter.Written> write(List<Parsed> batch, String actor) {
        List<Document> documents = batch.stream().map(Parsed::document).toList();
        List<DocumentSignature> signatures = documents.stream().map(d -> new DocumentSignature(d.getId(),
                d.getFingerprint(), d.getDocNumber(), d.getTitleKey(), DocumentModel.taskKeys(d))).toList();
        List<GraphWriter.DuplicateLink> links = new ArrayList<>();
        for (DocumentPair p : duplicates.pairsFor(signatures)) {
            links.add(new GraphWriter.DuplicateLink(p.firstId(), p.secondId(), p.similarity(), p.reason().name()));
        }
        return writer.write(documents, links, new GraphWriter.Audit(actor, clock.instant()));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
