package dev.policygraph.extract;

/** What one extraction may still spend: characters of text and time. Extractors check it as they go. */
final class Budget {

    private final String file;
    private final long maxChars;
    private final long deadlineNanos;
    private long chars;

    Budget(String file, Limits limits) {
        this.file = file;
        this.maxChars = limits.maxChars();
        this.deadlineNanos = System.nanoTime() + limits.timeout().toNanos();
    }

    String file() {
        return file;
    }

    /** Counts extracted characters; throws when the text exceeds the limit or the time is up. */
    void spend(long n) {
        chars += n;
        check(chars);
    }

    /** Throws when {@code total} characters held in a reader's own buffer exceed the limit, or the time is up. */
    void check(long total) {
        if (total > maxChars) {
            throw new ExtractionException(file, ExtractionException.Reason.TOO_MUCH_TEXT,
                    "the file holds more than " + maxChars + " characters of text; is it really one policy document?");
        }
        checkTime();
    }

    /** Throws when the time is up (or the thread was interrupted because it is). */
    void checkTime() {
        if (System.nanoTime() - deadlineNanos > 0 || Thread.currentThread().isInterrupted()) {
            throw timeout();
        }
    }

    ExtractionException timeout() {
        return new ExtractionException(file, ExtractionException.Reason.TIMEOUT,
                "extraction took longer than the time limit; the file is too large or too complex");
    }
}
