package dev.policygraph.ingest;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether two parsed files are the same document in different renderings (web text and PDF text): the same
 * wording, or the same document number and title, or nearly the same numbered tasks.
 */
public final class SameDocument {

    static final double TASK_OVERLAP = 0.9;

    private SameDocument() {
    }

    public static boolean test(ParsedDocument a, ParsedDocument b) {
        if (a.fingerprint().equals(b.fingerprint())) {
            return true;
        }
        String n = a.meta().docNumber();
        if (n != null && n.equals(b.meta().docNumber()) && a.meta().title() != null
                && a.meta().title().equals(b.meta().title())) {
            return true;
        }
        return taskOverlap(a, b) >= TASK_OVERLAP;
    }

    /** Jaccard overlap of the two documents' task keys and titles; 0 when either has fewer than three tasks. */
    public static double taskOverlap(ParsedDocument a, ParsedDocument b) {
        Set<String> x = titles(a);
        Set<String> y = titles(b);
        if (x.size() < 3 || y.size() < 3) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        return (double) common.size() / union.size();
    }

    private static Set<String> titles(ParsedDocument d) {
        Set<String> out = new HashSet<>();
        d.tasks().forEach(t -> out.add(t.key() + "|" + TitleKey.of(t.title())));
        return out;
    }
}
