package dev.policygraph.extract;

import java.time.Duration;

/**
 * Bounds on one extraction: the input size, the text it may yield, the time it may take, and what a zip container
 * (.docx, .xlsx) may inflate to, which also bounds the memory the Word and Excel readers need. PDF parsing keeps
 * its scratch buffers in memory up to {@code maxPdfScratchBytes}.
 *
 * @param maxInputBytes     largest file accepted (text files are further bounded by the parser: 8 MiB)
 * @param maxChars          most characters of text extracted
 * @param timeout           longest an extraction may run
 * @param maxZipEntries     most entries in a zip container
 * @param maxZipEntryBytes  largest inflated size of one zip entry
 * @param maxZipTotalBytes  largest inflated size of all entries together
 * @param minInflateRatio   smallest compressed/inflated ratio of an entry once it has inflated past 1 MiB
 * @param maxPdfScratchBytes most memory PDFBox may use for its stream cache
 */
public record Limits(long maxInputBytes, long maxChars, Duration timeout, int maxZipEntries, long maxZipEntryBytes,
                     long maxZipTotalBytes, double minInflateRatio, long maxPdfScratchBytes) {

    private static final long MIB = 1024L * 1024L;

    public Limits {
        if (maxInputBytes <= 0 || maxChars <= 0 || timeout.isNegative() || timeout.isZero() || maxZipEntries <= 0
                || maxZipEntryBytes <= 0 || maxZipTotalBytes <= 0 || minInflateRatio < 0 || maxPdfScratchBytes <= 0) {
            throw new IllegalArgumentException("extraction limits must be positive");
        }
    }

    /**
     * 64 MiB in, 4 million characters out, 60 seconds; zip containers of at most 2,000 entries, 64 MiB per entry and
     * 256 MiB in all, none inflating more than 100-fold; 256 MiB of PDF scratch memory. A policy plan is a few
     * hundred kilobytes of text; these leave room for scanned-in images and long annexes.
     */
    public static Limits defaults() {
        return new Limits(64 * MIB, 4_000_000, Duration.ofSeconds(60), 2_000, 64 * MIB, 256 * MIB, 0.01, 256 * MIB);
    }

    public Limits withMaxInputBytes(long bytes) {
        return new Limits(bytes, maxChars, timeout, maxZipEntries, maxZipEntryBytes, maxZipTotalBytes,
                minInflateRatio, maxPdfScratchBytes);
    }

    public Limits withMaxChars(long chars) {
        return new Limits(maxInputBytes, chars, timeout, maxZipEntries, maxZipEntryBytes, maxZipTotalBytes,
                minInflateRatio, maxPdfScratchBytes);
    }

    public Limits withTimeout(Duration duration) {
        return new Limits(maxInputBytes, maxChars, duration, maxZipEntries, maxZipEntryBytes, maxZipTotalBytes,
                minInflateRatio, maxPdfScratchBytes);
    }

    public Limits withZip(int entries, long entryBytes, long totalBytes, double ratio) {
        return new Limits(maxInputBytes, maxChars, timeout, entries, entryBytes, totalBytes, ratio, maxPdfScratchBytes);
    }
}
