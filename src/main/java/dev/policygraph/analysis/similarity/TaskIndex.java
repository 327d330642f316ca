package dev.policygraph.analysis.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * An inverted index of the character bigrams of tasks, and the search for tasks that commit to the same measure.
 *
 * <p>Candidates come from the index, never from all pairs: a task probes the postings of its rarest bigrams (at most
 * {@link #PROBES} of them and at most {@link #POSTINGS_BUDGET} postings in all), ranks the tasks met there by the
 * IDF of the bigrams they share, and only the best {@link #CANDIDATES} are scored exactly: trigram Jaccard for a
 * restatement, cosine of the IDF-weighted bigram vectors for a measure in other words; {@link Judge} decides.
 * Two documents whose tasks are nearly all duplicates of each other (the web and the PDF text of one plan) are
 * judged as one plan.
 *
 * <p>Incremental use: {@link #add} the tasks of the stored documents once; for a new or replaced document
 * {@link #removeDocument} its old tasks, {@link #add} the new ones and ask {@link #pairsOf(String)}; for a deleted
 * document {@link #removeDocument} is all. IDF is taken from what is indexed at the time of the question, so scores
 * drift slightly as the collection grows; {@link #allPairs()} recomputes every pair consistently.
 *
 * <p>Writes are not thread-safe; the questions use the available cores.
 */
public final class TaskIndex {

    /** Most bigrams of a task that are looked up. */
    static final int PROBES = 256;
    /** Most postings read for one task. */
    static final int POSTINGS_BUDGET = 8_000;
    /** Most tasks scored exactly for one task. */
    static final int CANDIDATES = 32;
    /**
     * Bigram cosine under which two texts cannot be restatements of each other, so their trigrams are not compared
     * (a trigram Jaccard of {@link Judge#DUPLICATE} shares most bigrams, rare ones included).
     */
    static final double RESTATEMENT_POSSIBLE = 0.4;
    /**
     * Bigrams that make a document's subject vector: the heaviest of the sum of its tasks' vectors (a plan's subject
     * is what its tasks keep coming back to; the long tail of one-off bigrams only adds noise, and cost).
     */
    static final int SUBJECT_TERMS = 256;
    /** Share of the smaller document's tasks that must be duplicates of the other's for two documents to be twins. */
    static final double TWIN_SHARE = 0.8;

    private final Terms terms = new Terms();
    private int[] df = new int[1 << 12];
    private int[][] postings = new int[1 << 12][];
    private int[] postingSizes = new int[1 << 12];
    private final List<Entry> entries = new ArrayList<>();
    /** removed[i] mirrors entries.get(i).removed, so that the candidate loop reads no entry. */
    private boolean[] removedEntries = new boolean[1 << 12];
    /** documentOf[i] is the document number of entry i, so that the rival search reads no entry. */
    private int[] documentOf = new int[1 << 12];
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<String, List<Integer>> byDocument = new LinkedHashMap<>();
    private final Map<String, Integer> documentNumbers = new HashMap<>();
    /** documentNames.get(n) is the document numbered n. */
    private final List<String> documentNames = new ArrayList<>();
    private int live;
    private int removed;
    /** IDF and norms for the current contents; dropped by every write. */
    private Weights weights;

    /** {@code TF[c]} is the weight of a bigram that occurs c times in a task (as {@link Features#tf}). */
    private static final float[] TF = new float[256];

    static {
        for (int c = 1; c < TF.length; c++) {
            TF[c] = (float) (1 + Math.log(c));
        }
    }

    /**
     * An indexed task: its id, the numbers of its document and bigrams and the trigram hashes of its restatement form
     * (its wording is not kept). The bigrams are term numbers in the order of their keys ({@link Features#grams}),
     * each with its count in the task; the weights are derived from those when asked ({@link #weight}).
     */
    private static final class Entry {
        final String id;
        final int number;
        final int document;
        /** Term numbers of the task's distinct bigrams, in ascending order of the bigram keys. */
        int[] termIds;
        /** How often each bigram occurs (unsigned, 1 to 255), or null when one occurs more often (see {@link #tf}). */
        byte @Nullable [] counts;
        /** The weights of {@link Features#tf}, kept only for a task with a bigram counted more than 255 times. */
        float @Nullable [] tf;
        /** {@link Features#trigrams}. */
        int[] trigrams;
        /** {@link Features#title}: the positions in {@link #termIds} of the title's bigrams. */
        int[] title;
        boolean removed;

        Entry(String id, int number, int document, int[] termIds, Features f) {
            this.id = id;
            this.number = number;
            this.document = document;
            this.termIds = termIds;
            this.trigrams = f.trigrams;
            this.title = f.title;
            byte[] c = new byte[f.counts.length];
            for (int k = 0; k < c.length; k++) {
                if (f.counts[k] >= TF.length) {
                    c = null;
                    break;
                }
                c[k] = (byte) f.counts[k];
            }
            this.counts = c;
            this.tf = c == null ? f.tf : null;
        }

        /** The TF weight of the k-th bigram. */
        float tf(int k) {
            return counts != null ? TF[counts[k] & 0xFF] : tf[k];
        }
    }

    /**
     * IDF of every term and the length of the TF-IDF vector of every entry, fixed for the current contents; an entry's
     * unit-length vector is derived from them a component at a time ({@link #weight}), so that scoring is a merge
     * and a sum and no vector is held.
     */
    private static final class Weights {
        final double[] idf;
        /** By entry number: the length of its TF-IDF vector, each component rounded to float first. */
        final float[] norms;
        /** The subject vector of a document ({@link #SUBJECT_TERMS}), by document number, read when first asked. */
        final Map<Integer, DocumentVector> documents = new ConcurrentHashMap<>();
        /**
         * By entry number, its candidates ({@link #candidates(Entry, int, Weights)}) once found: they depend only on
         * the contents, as the weights do, so the questions asked between two changes (the documents of one write,
         * each with the tasks its tasks meet) find each entry's candidates once.
         */
        final AtomicReferenceArray<int[]> candidates;

        Weights(double[] idf, float[] norms) {
            this.idf = idf;
            this.norms = norms;
            this.candidates = new AtomicReferenceArray<>(norms.length);
        }

        /** The k-th component of entry e's unit-length TF-IDF vector (aligned with its bigrams). */
        float weight(Entry e, int k) {
            float norm = norms[e.number];
            return norm == 0 ? 0 : (float) (e.tf(k) * idf[e.termIds[k]]) / norm;
        }
    }

    /** A document's subject vector: term numbers ascending and their weights (unit length). */
    private record DocumentVector(int[] terms, float[] weights) {
    }

    /** Two entries met as candidates, with their features (samePlan still means one document only). */
    private record Candidate(int a, int b, PairFeatures features) {
    }

    /** Number of tasks indexed. */
    public int size() {
        return live;
    }

    /** The document of the indexed task with this id, or null when no such task is indexed. */
    public @Nullable String documentOf(String taskId) {
        Integer n = byId.get(taskId);
        return n == null ? null : documentNames.get(entries.get(n).document);
    }

    /** Indexes a task; a task already indexed under the same id is replaced. */
    public void add(TaskText task) {
        add(task, Features.of(task.title(), task.text()));
    }

    /** Indexes tasks (their features are read on all cores); a task already indexed under an id is replaced. */
    public void addAll(Collection<TaskText> tasks) {
        List<TaskText> list = List.copyOf(tasks);
        List<Features> features = list.parallelStream().map(t -> Features.of(t.title(), t.text())).toList();
        for (int i = 0; i < list.size(); i++) {
            add(list.get(i), features.get(i));
        }
    }

    private void add(TaskText task, Features f) {
        weights = null;
        Integer old = byId.get(task.id());
        if (old != null) {
            remove(old);
        }
        int[] ids = new int[f.grams.length];
        int n = entries.size();
        for (int i = 0; i < ids.length; i++) {
            int t = terms.add(f.grams[i]);
            ensureTerm(t);
            ids[i] = t;
            df[t]++;
            append(t, n);
        }
        int document = documentNumbers.computeIfAbsent(task.document(), d -> {
            documentNames.add(d);
            return documentNames.size() - 1;
        });
        entries.add(new Entry(task.id(), n, document, ids, f));
        if (n >= removedEntries.length) {
            removedEntries = Arrays.copyOf(removedEntries, Math.max(n + 1, removedEntries.length * 2));
            documentOf = Arrays.copyOf(documentOf, removedEntries.length);
        }
        documentOf[n] = document;
        byId.put(task.id(), n);
        byDocument.computeIfAbsent(task.document(), d -> new ArrayList<>()).add(n);
        live++;
    }

    /** Removes every task of a document; returns how many there were. */
    public int removeDocument(String document) {
        List<Integer> ids = byDocument.remove(document);
        if (ids == null) {
            return 0;
        }
        for (int id : ids) {
            remove(id);
        }
        if (removed > 1024 && removed > live) {
            compact();
        }
        return ids.size();
    }

    /** Every pair of indexed tasks that commit to the same measure, strongest first (ties by the ids of a, then b). */
    public List<SimilarPair> allPairs() {
        return new ArrayList<>(allPairTable().asList());
    }

    /** {@link #allPairs()} in columns, with the tasks numbered in the order of their ids. */
    public PairTable allPairTable() {
        return pairs(IntStream.range(0, entries.size()).filter(i -> !removedEntries[i]).toArray());
    }

    /**
     * The pairs in which a task of the given document takes part (with tasks of other documents and its own), in the
     * order of {@link #allPairs()}.
     */
    public List<SimilarPair> pairsOf(String document) {
        return new ArrayList<>(pairs(byDocument.getOrDefault(document, List.of()).stream().mapToInt(Integer::intValue)
                .toArray()).asList());
    }

    /** The features of two indexed tasks, by id (for tests and tuning). */
    PairFeatures features(String a, String b) {
        return features(entries.get(byId.get(a)), entries.get(byId.get(b)), weights());
    }

    /** The text cosine of two indexed tasks, by id, before the titles count (for tests and tuning). */
    double textCosine(String a, String b) {
        return cosine(entries.get(byId.get(a)), entries.get(byId.get(b)), weights());
    }

    /** Cosine of the subject vectors of two indexed documents, by name (for tests and tuning). */
    double subject(String a, String b) {
        return subject(weights(), documentNumbers.get(a), documentNumbers.get(b));
    }

    private Weights weights() {
        Weights w = weights;
        if (w == null) {
            w = computeWeights();
            weights = w;
        }
        return w;
    }

    private Weights computeWeights() {
        double[] idf = new double[terms.size()];
        double n = Math.max(live, 1);
        for (int t = 0; t < idf.length; t++) {
            idf[t] = Math.log(1 + n / Math.max(df[t], 1));
        }
        float[] norms = new float[entries.size()];
        IntStream.range(0, entries.size()).parallel().forEach(i -> {
            Entry e = entries.get(i);
            if (!e.removed) {
                double sum = 0;
                for (int k = 0; k < e.termIds.length; k++) {
                    double w = e.tf(k) * idf[e.termIds[k]];
                    sum += w * w;
                }
                norms[i] = (float) Math.sqrt(sum);
            }
        });
        return new Weights(idf, norms);
    }

    private PairTable pairs(int[] queries) {
        Weights weights = weights();
        int size = entries.size();
        int[][] candidates = new int[size][];
        Arrays.stream(queries).parallel().forEach(q -> candidates[q] = candidates(entries.get(q), q, weights));
        boolean[] query = new boolean[size];
        for (int q : queries) {
            query[q] = true;
        }
        // The tasks met by a query that are not queries themselves read their own candidates too, so that which
        // task of the query's document they match best is known as it is when every task is asked (allPairs).
        int[] met = queries.length == live ? new int[0] : Arrays.stream(queries)
                .flatMap(q -> Arrays.stream(candidates[q])).filter(c -> !query[c]).distinct().toArray();
        Arrays.stream(met).parallel().forEach(c -> candidates[c] = candidates(entries.get(c), c, weights));
        Slots slots = new Slots(candidates);
        List<Candidate> scored = Arrays.stream(pairKeys(candidates, query)).parallel().mapToObj(key -> {
            int a = (int) (key >>> 32);
            int b = (int) key;
            PairFeatures f = features(entries.get(a), entries.get(b), weights);
            slots.note(a, b, f.text());
            slots.note(b, a, f.text());
            boolean kept = f.restated() >= Judge.DUPLICATE
                    || f.text() >= Math.min(Math.min(Judge.OVERLAP, Judge.OVERLAP_MUTUAL), Judge.OVERLAP_SAME_PLAN);
            return kept ? new Candidate(a, b, f) : null;
        }).filter(Objects::nonNull).toList();
        long[] twins = twins(scored);
        int[] numbers = numberById(scored);
        Judged[] out = scored.parallelStream().map(c -> {
            int da = documentOf[c.a];
            int db = documentOf[c.b];
            PairFeatures f = c.features;
            if (da != db) {
                double bestOfA = slots.strongest(c.a, db);
                double bestOfB = slots.strongest(c.b, da);
                f = f.withRival(Math.max(bestOfA, bestOfB));
                if (Judge.asksCarried(f)) {
                    f = f.withCarried(slots.carries(c.a, db, bestOfA, bestOfB, f.text())
                            || slots.carries(c.b, da, bestOfB, bestOfA, f.text()));
                }
                if (twins.length > 0 && Arrays.binarySearch(twins, documentPair(da, db)) >= 0) {
                    f = f.asRenderings();
                } else if (Judge.asksSubject(f)) {
                    f = f.withSubject(subjectCached(weights, da, db));
                }
            }
            PairKind kind = Judge.kind(f);
            if (kind == null) {
                return null;
            }
            int x = numbers[c.a];
            int y = numbers[c.b];
            return new Judged(Math.min(x, y), Math.max(x, y), kind, Judge.score(f, kind));
        }).filter(Objects::nonNull).toArray(Judged[]::new);
        Arrays.parallelSort(out, STRONGEST_FIRST);
        return table(numbers, out);
    }

    /** A pair as judged, its tasks by number ({@link #numberById}, a &lt; b). */
    private record Judged(int a, int b, PairKind kind, double score) {
    }

    /** The order of {@link #allPairs()}: strongest first, ties by the ids of a, then b (numbers follow the ids). */
    private static final Comparator<Judged> STRONGEST_FIRST = (x, y) -> {
        int c = Double.compare(y.score, x.score);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(x.a, y.a);
        return c != 0 ? c : Integer.compare(x.b, y.b);
    };

    /**
     * Numbers for the entries of the candidates, in the order of their task ids (numbers[entry], -1 for the entries
     * that are in no candidate), so that the order of two ids is the order of two numbers.
     */
    private int[] numberById(List<Candidate> scored) {
        boolean[] met = new boolean[entries.size()];
        for (Candidate c : scored) {
            met[c.a] = true;
            met[c.b] = true;
        }
        List<Entry> involved = new ArrayList<>();
        for (int i = 0; i < met.length; i++) {
            if (met[i]) {
                involved.add(entries.get(i));
            }
        }
        involved.sort(Comparator.comparing(e -> e.id));
        int[] numbers = new int[entries.size()];
        Arrays.fill(numbers, -1);
        for (int n = 0; n < involved.size(); n++) {
            numbers[involved.get(n).number] = n;
        }
        return numbers;
    }

    private PairTable table(int[] numbers, Judged[] judged) {
        int count = 0;
        for (int x : numbers) {
            count = Math.max(count, x + 1);
        }
        String[] ids = new String[count];
        int[] taskDocuments = new int[count];
        for (int e = 0; e < numbers.length; e++) {
            if (numbers[e] >= 0) {
                ids[numbers[e]] = entries.get(e).id;
                taskDocuments[numbers[e]] = documentOf[e];
            }
        }
        int[] a = new int[judged.length];
        int[] b = new int[judged.length];
        double[] scores = new double[judged.length];
        PairKind[] kinds = new PairKind[judged.length];
        for (int i = 0; i < judged.length; i++) {
            a[i] = judged[i].a;
            b[i] = judged[i].b;
            scores[i] = judged[i].score;
            kinds[i] = judged[i].kind;
        }
        return new PairTable(ids, taskDocuments, documentNames.toArray(new String[0]), a, b, scores, kinds);
    }

    /**
     * Every pair of an entry and one of its candidates in which a query takes part, once, as (smaller entry << 32 |
     * larger entry), ascending.
     */
    private static long[] pairKeys(int[][] candidates, boolean[] query) {
        int n = 0;
        for (int[] list : candidates) {
            n += list == null ? 0 : list.length;
        }
        long[] keys = new long[n];
        int k = 0;
        for (int x = 0; x < candidates.length; x++) {
            if (candidates[x] != null) {
                for (int y : candidates[x]) {
                    if (query[x] || query[y]) {
                        keys[k++] = ((long) Math.min(x, y) << 32) | Math.max(x, y);
                    }
                }
            }
        }
        Arrays.parallelSort(keys, 0, k);
        int distinct = 0;
        for (int i = 0; i < k; i++) {
            if (distinct == 0 || keys[i] != keys[distinct - 1]) {
                keys[distinct++] = keys[i];
            }
        }
        return Arrays.copyOf(keys, distinct);
    }

    /**
     * The candidates of every entry in one array (entry x's are {@code offsets[x]} to {@code offsets[x + 1]},
     * ascending), each with its document and its text cosine with x once scored: the rival search reads them in
     * a row instead of looking up each candidate's document.
     */
    private final class Slots {
        final int[] offsets;
        final int[] candidates;
        final int[] documents;
        final float[] text;

        Slots(int[][] lists) {
            offsets = new int[lists.length + 1];
            for (int x = 0; x < lists.length; x++) {
                offsets[x + 1] = offsets[x] + (lists[x] == null ? 0 : lists[x].length);
            }
            candidates = new int[offsets[lists.length]];
            documents = new int[candidates.length];
            text = new float[candidates.length];
            for (int x = 0; x < lists.length; x++) {
                if (lists[x] != null) {
                    for (int i = 0; i < lists[x].length; i++) {
                        candidates[offsets[x] + i] = lists[x][i];
                        documents[offsets[x] + i] = documentOf[lists[x][i]];
                    }
                }
            }
        }

        /** Records the text cosine of x with y where y is one of x's candidates (each slot is written by one pair). */
        void note(int x, int y, double cosine) {
            int i = Arrays.binarySearch(candidates, offsets[x], offsets[x + 1], y);
            if (i >= 0) {
                text[i] = (float) cosine;
            }
        }

        /**
         * Whether entry x carries, beside a stronger match, the measure of its partner in the given document: the pair
         * (of cosine {@code text}) is the partner's strongest match in x's document ({@code bestOfPartner}), not x's
         * strongest ({@code bestOfX}) but x's second strongest with a task of that document, among x's candidates.
         */
        boolean carries(int x, int document, double bestOfX, double bestOfPartner, double text) {
            if (text + 1e-6 < bestOfPartner || text + 1e-6 >= bestOfX) {
                return false;
            }
            double first = 0;
            double second = 0;
            for (int i = offsets[x]; i < offsets[x + 1]; i++) {
                if (documents[i] == document) {
                    float t = this.text[i];
                    if (t > first) {
                        second = first;
                        first = t;
                    } else if (t > second) {
                        second = t;
                    }
                }
            }
            return text + 1e-6 >= second;
        }

        /** The strongest text cosine of entry x with a task of the given document, among x's candidates. */
        double strongest(int x, int document) {
            double best = 0;
            for (int i = offsets[x]; i < offsets[x + 1]; i++) {
                if (text[i] > best && documents[i] == document) {
                    best = text[i];
                }
            }
            return best;
        }
    }

    /** Per thread, the subject cosines of the pairs of documents met last (pairs come grouped by their documents). */
    private static final class SubjectCache {
        static final int SIZE = 1 << 12;
        final long[] keys = new long[SIZE];
        final double[] values = new double[SIZE];
        /** The weights the values were computed with. */
        @Nullable Weights weights;
    }

    private final ThreadLocal<SubjectCache> subjectCaches = ThreadLocal.withInitial(SubjectCache::new);

    /** {@link #subject(Weights, int, int)}, remembered per thread for the pairs of documents met recently. */
    private double subjectCached(Weights weights, int da, int db) {
        long key = documentPair(da, db);
        SubjectCache cache = subjectCaches.get();
        if (cache.weights != weights) {
            Arrays.fill(cache.keys, -1);
            cache.weights = weights;
        }
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - 12));
        if (cache.keys[slot] != key) {
            cache.values[slot] = subject(weights, da, db);
            cache.keys[slot] = key;
        }
        return cache.values[slot];
    }

    /** Cosine of the subject vectors of two documents (by number). */
    private double subject(Weights weights, int da, int db) {
        DocumentVector a = documentVector(weights, da);
        DocumentVector b = documentVector(weights, db);
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < a.terms.length && j < b.terms.length) {
            if (a.terms[i] < b.terms[j]) {
                i++;
            } else if (a.terms[i] > b.terms[j]) {
                j++;
            } else {
                dot += a.weights[i++] * b.weights[j++];
            }
        }
        return Math.max(0, Math.min(1, dot));
    }

    /**
     * The subject vector of a document: the sum of its tasks' TF-IDF vectors cut to its {@link #SUBJECT_TERMS}
     * heaviest bigrams, at unit length.
     */
    private DocumentVector documentVector(Weights weights, int document) {
        return weights.documents.computeIfAbsent(document, d -> {
            Accumulator acc = subjectAccumulators.get();
            if (acc.weight.length < terms.size()) {
                acc.weight = new float[Math.max(terms.size(), acc.weight.length * 2)];
            }
            for (int x : byDocument.getOrDefault(documentNames.get(d), List.of())) {
                Entry e = entries.get(x);
                if (e.removed) {
                    continue;
                }
                for (int k = 0; k < e.termIds.length; k++) {
                    float v = weights.weight(e, k);
                    int t = e.termIds[k];
                    if (acc.weight[t] == 0) {
                        if (acc.touchedSize == acc.touched.length) {
                            acc.touched = Arrays.copyOf(acc.touched, acc.touched.length * 2);
                        }
                        acc.touched[acc.touchedSize++] = t;
                    }
                    acc.weight[t] += v == 0 ? Float.MIN_VALUE : v;
                }
            }
            // the heaviest terms: (weight bits << 32 | term), weights are positive so their bits sort as they do
            long[] keyed = new long[acc.touchedSize];
            for (int i = 0; i < acc.touchedSize; i++) {
                int t = acc.touched[i];
                keyed[i] = ((long) Float.floatToIntBits(acc.weight[t]) << 32) | t;
                acc.weight[t] = 0;
            }
            acc.touchedSize = 0;
            Arrays.sort(keyed);
            int n = Math.min(SUBJECT_TERMS, keyed.length);
            long[] top = new long[n];
            double norm = 0;
            for (int i = 0; i < n; i++) {
                long k = keyed[keyed.length - 1 - i];
                float w = Float.intBitsToFloat((int) (k >>> 32));
                norm += (double) w * w;
                top[i] = ((long) (int) k << 32) | (Float.floatToIntBits(w) & 0xFFFF_FFFFL); // term first
            }
            Arrays.sort(top);
            int[] termsOut = new int[n];
            float[] w = new float[n];
            double length = Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                termsOut[i] = (int) (top[i] >>> 32);
                w[i] = length == 0 ? 0 : (float) (Float.intBitsToFloat((int) top[i]) / length);
            }
            return new DocumentVector(termsOut, w);
        });
    }

    /** Pairs of document numbers (smaller first) that are two renderings of one plan, ascending. */
    private long[] twins(Collection<Candidate> candidates) {
        Map<Long, Set<Integer>> duplicated = new HashMap<>();
        for (Candidate c : candidates) {
            if (!c.features.samePlan() && c.features.restated() >= Judge.DUPLICATE_SAME_PLAN) {
                Entry a = entries.get(c.a);
                Entry b = entries.get(c.b);
                // count each task of the document with the smaller number once
                duplicated.computeIfAbsent(documentPair(a.document, b.document), k -> new HashSet<>())
                        .add(a.document < b.document ? c.a : c.b);
            }
        }
        Map<Integer, Integer> sizes = new HashMap<>();
        byDocument.forEach((name, ids) -> sizes.put(documentNumbers.get(name), ids.size()));
        Set<Long> twins = new HashSet<>();
        duplicated.forEach((pair, tasks) -> {
            int smaller = Math.min(sizes.getOrDefault((int) (pair >>> 32), 0), sizes.getOrDefault((int) (long) pair, 0));
            if (smaller > 0 && tasks.size() >= TWIN_SHARE * smaller) {
                twins.add(pair);
            }
        });
        return twins.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static long documentPair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    private PairFeatures features(Entry a, Entry b, Weights weights) {
        double text = cosine(a, b, weights);
        double cosine = Judge.measure(text, titleCosine(a, b, weights));
        if (text < RESTATEMENT_POSSIBLE) {
            return new PairFeatures(0, cosine, a.document == b.document, true);
        }
        int common = Features.intersection(a.trigrams, b.trigrams);
        double restated = common == 0 ? 0 : (double) common / (a.trigrams.length + b.trigrams.length - common);
        boolean bothSidesDiffer = common < a.trigrams.length && common < b.trigrams.length;
        return new PairFeatures(restated, cosine, a.document == b.document, bothSidesDiffer);
    }

    // ---- candidate generation

    private static final class Accumulator {
        /** For a document's subject vector: the summed weight by term number. */
        float[] weight = new float[0];
        /**
         * For the candidate search, by entry c: the shared weight at 2c and the number of shared bigrams at 2c + 1
         * (side by side, so that a posting costs one cache miss, not two).
         */
        float[] cells = new float[0];
        int[] touched = new int[1024];
        int touchedSize;
    }

    private final ThreadLocal<Accumulator> accumulators = ThreadLocal.withInitial(Accumulator::new);
    /** Per thread, for summing a document's vectors by term (weight by term number). */
    private final ThreadLocal<Accumulator> subjectAccumulators = ThreadLocal.withInitial(Accumulator::new);

    /** Entry numbers of the candidates for entry q, at most {@link #CANDIDATES}, ascending. */
    private int[] candidates(Entry e, int q, Weights weights) {
        int[] known = weights.candidates.get(q);
        if (known == null) {
            known = findCandidates(e, q, weights);
            weights.candidates.set(q, known);
        }
        return known;
    }

    /** The candidates of entry e (number q), found in the postings of its rarest bigrams. */
    private int[] findCandidates(Entry e, int q, Weights weights) {
        Accumulator acc = accumulators.get();
        if (acc.cells.length < 2 * entries.size()) {
            acc.cells = new float[2 * Math.max(entries.size(), acc.cells.length)];
        }
        float[] cells = acc.cells;
        int[] order = e.termIds.clone();
        sortByDf(order);
        int budget = POSTINGS_BUDGET;
        int used = 0;
        for (int k = 0; k < order.length && used < PROBES; k++) {
            int t = order[k];
            int size = postingSizes[t];
            if (df[t] <= 1) {
                continue; // only the task itself
            }
            if (size > budget && used > 0) {
                break;
            }
            budget -= size;
            used++;
            float w = (float) weights.idf[t];
            int[] list = postings[t];
            for (int j = 0; j < size; j++) {
                int c = list[j];
                if (cells[2 * c + 1] == 0) {
                    if (acc.touchedSize == acc.touched.length) {
                        acc.touched = Arrays.copyOf(acc.touched, acc.touched.length * 2);
                    }
                    acc.touched[acc.touchedSize++] = c;
                }
                cells[2 * c + 1]++;
                cells[2 * c] += w;
            }
        }
        int minShared = used >= 4 ? 2 : 1;
        boolean[] removed = removedEntries;
        // the best CANDIDATES by shared weight, kept in a min-heap of (weight bits << 32 | entry)
        long[] heap = new long[CANDIDATES];
        int n = 0;
        for (int i = 0; i < acc.touchedSize; i++) {
            int c = acc.touched[i];
            if (cells[2 * c + 1] >= minShared && c != q && !removed[c]) {
                long key = ((long) Float.floatToIntBits(cells[2 * c]) << 32) | c;
                if (n < heap.length) {
                    heap[n] = key;
                    siftUp(heap, n++);
                } else if (key > heap[0]) {
                    heap[0] = key;
                    siftDown(heap, n);
                }
            }
            cells[2 * c + 1] = 0;
            cells[2 * c] = 0;
        }
        acc.touchedSize = 0;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) heap[i];
        }
        Arrays.sort(out); // ascending, so that a candidate's slot is found by binary search (note)
        return out;
    }

    private static void siftUp(long[] heap, int i) {
        while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
            long p = heap[(i - 1) / 2];
            heap[(i - 1) / 2] = heap[i];
            heap[i] = p;
            i = (i - 1) / 2;
        }
    }

    private static void siftDown(long[] heap, int n) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int m = i;
            if (l < n && heap[l] < heap[m]) {
                m = l;
            }
            if (r < n && heap[r] < heap[m]) {
                m = r;
            }
            if (m == i) {
                return;
            }
            long x = heap[m];
            heap[m] = heap[i];
            heap[i] = x;
            i = m;
        }
    }

    private void sortByDf(int[] termIds) {
        long[] keyed = new long[termIds.length];
        for (int i = 0; i < termIds.length; i++) {
            keyed[i] = ((long) df[termIds[i]] << 32) | termIds[i];
        }
        Arrays.sort(keyed);
        for (int i = 0; i < termIds.length; i++) {
            termIds[i] = (int) keyed[i];
        }
    }

    // ---- scoring

    /** The cosine of two entries' TF-IDF vectors: a merge of their bigrams in key order, as they are held. */
    private double cosine(Entry a, Entry b, Weights weights) {
        int[] ta = a.termIds;
        int[] tb = b.termIds;
        int[] keys = terms.keys();
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < ta.length && j < tb.length) {
            int x = keys[ta[i]];
            int y = keys[tb[j]];
            if (x < y) {
                i++;
            } else if (x > y) {
                j++;
            } else {
                dot += weights.weight(a, i++) * weights.weight(b, j++);
            }
        }
        return Math.max(0, Math.min(1, dot));
    }

    /**
     * Cosine of the two tasks' titles as sets of IDF-weighted bigrams (the IDF of the texts), or -1 where either task
     * has no title of its own.
     */
    private double titleCosine(Entry a, Entry b, Weights weights) {
        int[] pa = a.title;
        int[] pb = b.title;
        if (pa.length == 0 || pb.length == 0) {
            return -1;
        }
        int[] keys = terms.keys();
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < pa.length && j < pb.length) {
            int x = keys[a.termIds[pa[i]]];
            int y = keys[b.termIds[pb[j]]];
            if (x < y) {
                i++;
            } else if (x > y) {
                j++;
            } else {
                double w = weights.idf[a.termIds[pa[i]]];
                dot += w * w;
                i++;
                j++;
            }
        }
        if (dot == 0) {
            return 0;
        }
        return Math.min(1, dot / Math.sqrt(titleNorm(a, weights) * titleNorm(b, weights)));
    }

    /** The squared length of a title's IDF-weighted bigram set. */
    private static double titleNorm(Entry e, Weights weights) {
        double sum = 0;
        for (int p : e.title) {
            double w = weights.idf[e.termIds[p]];
            sum += w * w;
        }
        return sum;
    }

    // ---- storage

    private void ensureTerm(int t) {
        if (t >= df.length) {
            int size = Math.max(df.length * 2, t + 1);
            df = Arrays.copyOf(df, size);
            postings = Arrays.copyOf(postings, size);
            postingSizes = Arrays.copyOf(postingSizes, size);
        }
    }

    private void append(int t, int entry) {
        int[] list = postings[t];
        if (list == null) {
            list = new int[2];
            postings[t] = list;
        } else if (postingSizes[t] == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
            postings[t] = list;
        }
        list[postingSizes[t]++] = entry;
    }

    /** Marks an entry removed; its postings stay until {@link #compact()}. */
    private void remove(int id) {
        weights = null;
        Entry e = entries.get(id);
        if (e.removed) {
            return;
        }
        e.removed = true;
        removedEntries[id] = true;
        for (int t : e.termIds) {
            df[t]--;
        }
        e.termIds = null; // a tombstone keeps only its number; its postings go at the next compaction
        e.counts = null;
        e.tf = null;
        e.trigrams = null;
        e.title = null;
        byId.remove(e.id);
        String document = documentNames.get(e.document);
        List<Integer> docIds = byDocument.get(document);
        if (docIds != null) {
            docIds.remove(Integer.valueOf(id));
            if (docIds.isEmpty()) {
                byDocument.remove(document);
            }
        }
        live--;
        removed++;
    }

    /** Drops removed entries from the postings (entry numbers stay: removed entries are kept as tombstones). */
    private void compact() {
        for (int t = 0; t < terms.size(); t++) {
            int[] list = postings[t];
            int n = 0;
            for (int j = 0; j < postingSizes[t]; j++) {
                if (!entries.get(list[j]).removed) {
                    list[n++] = list[j];
                }
            }
            postingSizes[t] = n;
        }
        removed = 0;
    }
}
