package dev.policygraph.analysis;

/**
 * Two documents found to be one document.
 *
 * @param firstId    the smaller document id
 * @param secondId   the other
 * @param similarity 1.0 for the same wording, otherwise the Jaccard overlap of their numbered tasks
 * @param reason     why they are one
 */
public record DocumentPair(String firstId, String secondId, double similarity, DuplicateReason reason) {
}
