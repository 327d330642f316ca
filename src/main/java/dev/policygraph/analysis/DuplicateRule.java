package dev.policygraph.analysis;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one definition of a duplicate document: two renderings of one document (web text and PDF text), used both
 * by the graph ({@link DuplicateDocuments}) and by {@code parse --json} (sameDocumentAs). Two documents are one when
 * they have the same wording, or the same document number and title, or nearly the same numbered tasks.
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
