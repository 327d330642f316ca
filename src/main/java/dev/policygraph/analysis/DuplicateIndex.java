package dev.policygraph.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Documents by the keys that {@link DuplicateRule} can accept a pair on, so that a document is compared only with the
 * few documents that may be one with it, never with all: the same fingerprint, the same document number and title,
 * or a common key of their task sketches ({@link DuplicateRule#sketch}). Every pair the rule accepts is among the
 * candidates; the rule still decides.
 */
public final class DuplicateIndex {

    private final List<DocumentSignature> documents = new ArrayList<>();
    private final Map<String, List<Integer>> byKey = new HashMap<>();

    /** Adds a document; returns its position (the order of adding). */
    public int add(DocumentSignature s) {
        int at = documents.size();
        documents.add(s);
        for (String key : keys(s)) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(at);
        }
        return at;
    }

    public DocumentSignature get(int position) {
        return documents.get(position);
    }

    /** Positions of the added documents that may be one with {@code s}, ascending (s itself too when added). */
    public TreeSet<Integer> candidates(DocumentSignature s) {
        TreeSet<Integer> out = new TreeSet<>();
        for (String key : keys(s)) {
            out.addAll(byKey.getOrDefault(key, List.of()));
        }
        return out;
    }

    /** The first added document (by position) that the rule reads as one with {@code s}, other than position self. */
    public int firstMatch(DocumentSignature s, int self) {
        for (int i : candidates(s)) {
            if (i != self && DuplicateRule.compare(documents.get(i), s).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The keys a document is found by: kinds are prefixed (f: fingerprint, n: number and title, t: sketch key).
     * These are the parts of the rule's tests that must be equal.
     */
    static List<String> keys(DocumentSignature s) {
        List<String> keys = new ArrayList<>();
        keys.add("f:" + s.fingerprint());
        if (s.docNumber() != null && !s.titleKey().isEmpty()) {
            keys.add("n:" + s.docNumber() + "\n" + s.titleKey());
        }
        for (String k : DuplicateRule.sketch(s.taskKeys())) {
            keys.add("t:" + k);
        }
        return keys;
    }
}
