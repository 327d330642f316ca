package dev.policygraph.analysis;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one definition of a duplicate document: two renderings of one document (web text and PDF text), used both
 * by the graph ({@link DuplicateDocuments}) and by {@code parse --json} (sameDocumentAs). Two documents are one when
 * they have the same wording, or the same document number and title, or nearly the same numbered tasks.
 *
 * <p>Nothing compares all pairs: {@link DuplicateIndex} finds the only documents the rule can accept for a document
 * by equal keys (the fingerprint; the document number with the title) and by the task {@link #sketch}: the few task
 * keys of which two documents with nearly the same tasks always share one.
 */
public final class DuplicateRule {

    /** Share of common numbered tasks (Jaccard, both with at least three) from which two documents count as one. */
    public static final double MIN_TASK_OVERLAP = 0.9;

    /** Why two documents are one, and how alike they are: 1.0 for the same wording, else their task overlap. */
    public record Match(DuplicateReason reason, double similarity) {
    }

    private DuplicateRule() {
    }

    public static Optional<Match> compare(DocumentSignature a, DocumentSignature b) {
        if (a.fingerprint().equals(b.fingerprint())) {
            return Optional.of(new Match(DuplicateReason.SAME_TEXT, 1.0));
        }
        double overlap = taskOverlap(a.taskKeys(), b.taskKeys());
        if (a.docNumber() != null && Objects.equals(a.docNumber(), b.docNumber()) && !a.titleKey().isEmpty()
                && a.titleKey().equals(b.titleKey())) {
            return Optional.of(new Match(DuplicateReason.SAME_NUMBER_AND_TITLE, overlap));
        }
        return overlap >= MIN_TASK_OVERLAP ? Optional.of(new Match(DuplicateReason.SAME_TASKS, overlap))
                : Optional.empty();
    }

    /**
     * The task keys of a document that any document the rule reads as {@link DuplicateReason#SAME_TASKS} shares at
     * least one of (prefix filtering, a bottom-k MinHash sketch with an exact guarantee): the keys are ordered by a
     * fixed hash, and of n keys the first n - m + 1 are kept, where m is the fewest keys two such documents have in
     * common (a Jaccard overlap of at least {@link #MIN_TASK_OVERLAP} needs m >= MIN_TASK_OVERLAP * n common keys,
     * and the smallest common key in the hash order is then among the first n - m + 1 of both). Empty below three
     * keys (no overlap is counted then).
     */
    public static List<String> sketch(Set<String> taskKeys) {
        int n = taskKeys.size();
        if (n < 3) {
            return List.of();
        }
        // the fewest common keys, rounded down a little so that floating point never makes the sketch too short
        int common = (int) Math.ceil(MIN_TASK_OVERLAP * n - 1e-9);
        int length = Math.min(n, n - common + 1);
        return taskKeys.stream().sorted(SKETCH_ORDER).limit(length).toList();
    }

    /** A fixed order of task keys that looks random: a 64-bit FNV-1a hash of the key, then the key. */
    private static final Comparator<String> SKETCH_ORDER = Comparator.comparingLong(DuplicateRule::hash)
            .thenComparing(Comparator.naturalOrder());

    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h ^ (h >>> 29);
    }

    /** Jaccard overlap of two documents' task keys; 0 when either has fewer than three. */
    static double taskOverlap(Set<String> x, Set<String> y) {
        if (x.size() < 3 || y.size() < 3) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return (double) common.size() / (x.size() + y.size() - common.size());
    }
}
