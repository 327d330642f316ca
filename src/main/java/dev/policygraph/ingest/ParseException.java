package dev.policygraph.ingest;

/** Input that cannot be read as a policy document: empty, binary, undecodable or too large. */
public class ParseException extends RuntimeException {

    private final String file;

    public ParseException(String file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    public ParseException(String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
