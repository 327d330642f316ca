package dev.policygraph.api;

/** A request the client can correct: bad cursor, page size out of range, ambiguous unit name. */
class InvalidRequestException extends RuntimeException {

    InvalidRequestException(String message) {
        super(message);
    }
}
