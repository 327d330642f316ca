package dev.policygraph.extract;

import dev.policygraph.ingest.ParseException;

/**
 * A file that cannot be extracted, with the reason as a closed set so that callers (the CLI, a future upload
 * mutation) can map it to an error code. It is a {@link ParseException}: the message starts with the file name,
 * and whatever already stops a batch on a parse error stops it on this too.
 */
public final class ExtractionException extends ParseException {

    /** Why a file was refused. */
    public enum Reason {
        /** No bytes at all. */
        EMPTY,
        /** More bytes than {@link Limits#maxInputBytes()}. */
        TOO_LARGE,
        /** Not one of the {@link FileType}s (an image, an archive, a presentation …). */
        UNKNOWN_TYPE,
        /** Truncated or damaged: the container or the document inside it cannot be read. */
        CORRUPT,
        /** Protected by a password. */
        ENCRYPTED,
        /** A PDF whose pages are images (a scan) or whose text cannot be mapped to Unicode. */
        NO_TEXT_LAYER,
        /** A zip container that inflates beyond the limits (entry size, total size, ratio, entry count). */
        ZIP_BOMB,
        /** More text than {@link Limits#maxChars()}. */
        TOO_MUCH_TEXT,
        /** Extraction took longer than {@link Limits#timeout()}. */
        TIMEOUT
    }

    private final Reason reason;

    ExtractionException(String file, Reason reason, String message) {
        super(file, message);
        this.reason = reason;
    }

    ExtractionException(String file, Reason reason, String message, Throwable cause) {
        this(file, reason, message);
        initCause(cause);
    }

    public Reason reason() {
        return reason;
    }
}
