package dev.policygraph.loading;

/** A file's name and its raw bytes, to be parsed and loaded. */
public record Source(String fileName, byte[] bytes) {
}
