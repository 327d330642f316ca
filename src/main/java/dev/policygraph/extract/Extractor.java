package dev.policygraph.extract;

import dev.policygraph.extract.ExtractionException.Reason;
import dev.policygraph.ingest.Block;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.EncryptedDocumentException;

/**
 * Turns a file's bytes into an {@link ExtractedFile}: detects the type from the content, extracts lines and table
 * rows, and refuses with an {@link ExtractionException} naming the file what it cannot read: an unknown type, a
 * corrupt or truncated file, a password-protected one, a PDF without a text layer, a zip bomb, or a file beyond the
 * {@link Limits}. Thread-safe; each extraction runs on a worker thread so that the time limit holds even where a
 * library does not look at the clock.
 */
public final class Extractor {

    /** File name extensions of the types read here, for picking documents out of a directory. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "pdf", "docx", "docm", "doc", "wps", "xlsx", "xlsm",
            "xls", "et", "html", "htm");

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "extract-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private final Limits limits;

    public Extractor() {
        this(Limits.defaults());
    }

    public Extractor(Limits limits) {
        this.limits = limits;
    }

    /** Whether a file name has the extension of a type read here (the content decides the type, though). */
    public static boolean supports(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Reads the file and extracts it under its file name; a file larger than the size limit is refused unread (a
     * file of gigabytes costs nothing), and no more than the limit is ever read.
     */
    public ExtractedFile extract(Path file) throws IOException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        if (size > limits.maxInputBytes()) {
            throw tooLarge(name, size);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxInputBytes() + 1));
        }
        return extract(name, bytes);
    }

    /** Extracts one file's bytes; {@code name} is the file name reported in errors and kept with the result. */
    public ExtractedFile extract(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new ExtractionException(name, Reason.EMPTY, "the file is empty");
        }
        if (bytes.length > limits.maxInputBytes()) {
            throw tooLarge(name, bytes.length);
        }
        Budget budget = new Budget(name, limits);
        Future<ExtractedFile> work = WORKERS.submit(() -> run(name, bytes, budget));
        try {
            return work.get(limits.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            throw budget.timeout();
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException(name, Reason.TIMEOUT, "extraction was interrupted", e);
        } catch (ExecutionException e) {
            throw failure(name, e.getCause());
        }
    }

    private ExtractedFile run(String name, byte[] bytes, Budget budget) throws IOException {
        FileType type = Detector.detect(bytes, limits, budget);
        List<Block> blocks = switch (type) {
            case TEXT -> List.of();
            case PDF -> PdfExtractor.extract(bytes, limits, budget);
            case DOCX -> DocxExtractor.extract(bytes, budget);
            case DOC, WPS -> DocExtractor.extract(bytes, budget);
            case XLSX, XLS -> SpreadsheetExtractor.extract(bytes, type, budget);
            case HTML -> HtmlExtractor.extract(bytes, budget);
        };
        Charset utf16 = type == FileType.TEXT ? Detector.utf16WithoutBom(bytes) : null;
        if (utf16 != null) {
            // the parser decodes UTF-16 by its byte order mark: give it one (the original keeps its bytes and hash)
            byte[] bom = utf16 == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                    : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] text = new byte[bytes.length + 2];
            System.arraycopy(bom, 0, text, 0, 2);
            System.arraycopy(bytes, 0, text, 2, bytes.length);
            return new ExtractedFile(name, type, bytes, blocks, text);
        }
        if (type != FileType.TEXT && blocks.isEmpty()) {
            throw new ExtractionException(name, Reason.NO_TEXT_LAYER, "the " + type.name() + " file holds no text");
        }
        return new ExtractedFile(name, type, bytes, blocks);
    }

    private ExtractionException tooLarge(String name, long size) {
        return new ExtractionException(name, Reason.TOO_LARGE, "the file is larger than " + limits.maxInputBytes()
                + " bytes, the most read (it has " + size + " bytes; is it really one policy document?)");
    }

    private static ExtractionException failure(String name, Throwable t) {
        if (t instanceof ExtractionException x) {
            return x;
        }
        if (t instanceof EncryptedDocumentException || t instanceof InvalidPasswordException) {
            return new ExtractionException(name, Reason.ENCRYPTED,
                    "the document is password-protected; save an unprotected copy", t);
        }
        if (t instanceof OutOfMemoryError) {
            return new ExtractionException(name, Reason.TOO_LARGE, "reading the file needs more memory than there is",
                    t);
        }
        return new ExtractionException(name, Reason.CORRUPT,
                "the file is truncated or corrupt and cannot be read (" + t.getClass().getSimpleName() + ": "
                        + t.getMessage() + ")", t);
    }
}
