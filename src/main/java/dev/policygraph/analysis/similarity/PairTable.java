package dev.policygraph.analysis.similarity;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Similar pairs in columns, for computations over millions of them: the tasks that take part are numbered in the
 * order of their ids (so comparing two numbers compares the ids), each with the number of its document; pair i joins
 * tasks {@link #a(int)} &lt; {@link #b(int)}. Pairs are in the order of {@link TaskIndex#allPairs()}: strongest
 * first, ties by the ids of a, then b.
 */
public final class PairTable {

    private final String[] tasks;
    private final int[] taskDocuments;
    private final String[] documents;
    private final int[] a;
    private final int[] b;
    private final double[] scores;
    private final PairKind[] kinds;

    PairTable(String[] tasks, int[] taskDocuments, String[] documents, int[] a, int[] b, double[] scores,
              PairKind[] kinds) {
        this.tasks = tasks;
        this.taskDocuments = taskDocuments;
        this.documents = documents;
        this.a = a;
        this.b = b;
        this.scores = scores;
        this.kinds = kinds;
    }

    /** Number of pairs. */
    public int size() {
        return a.length;
    }

    /** Number of tasks that take part in a pair. */
    public int taskCount() {
        return tasks.length;
    }

    /** Number of documents a task may belong to (document numbers are below it). */
    public int documentCount() {
        return documents.length;
    }

    /** The id of task number t. */
    public String task(int t) {
        return tasks[t];
    }

    /** The document number of task number t. */
    public int documentOf(int t) {
        return taskDocuments[t];
    }

    /** The id of document number d. */
    public String document(int d) {
        return documents[d];
    }

    /** The task number of pair i with the smaller id. */
    public int a(int i) {
        return a[i];
    }

    /** The task number of pair i with the larger id. */
    public int b(int i) {
        return b[i];
    }

    public double score(int i) {
        return scores[i];
    }

    public PairKind kind(int i) {
        return kinds[i];
    }

    /** Pair i as a record. */
    public SimilarPair pair(int i) {
        return new SimilarPair(tasks[a[i]], tasks[b[i]], kinds[i], scores[i]);
    }

    /** The pairs as records, made as they are read. */
    public List<SimilarPair> asList() {
        return new Pairs();
    }

    private final class Pairs extends AbstractList<SimilarPair> implements RandomAccess {

        @Override
        public SimilarPair get(int index) {
            return pair(index);
        }

        @Override
        public int size() {
            return a.length;
        }
    }
}
