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
import java.util.Set;
import java.util.stream.IntStream;

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
    static final int POSTINGS_BUDGET = 20_000;
    /** Most tasks scored exactly for one task. */
    static final int CANDIDATES = 64;
    /** Share of the smaller document's tasks that must be duplicates of the other's for two documents to be twins. */
    static final double TWIN_SHARE = 0.8;

    private final Terms terms = new Terms();
    private int[] df = new int[1 << 12];
    private int[][] postings = new int[1 << 12][];
    private int[] postingSizes = new int[1 << 12];
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<String, List<Integer>> byDocument = new LinkedHashMap<>();
    private int live;
    private int removed;

    private static final class Entry {
        final TaskText task;
        final Features features;
        final int[] termIds;
        boolean removed;

        Entry(TaskText task, Features features, int[] termIds) {
            this.task = task;
            this.features = features;
            this.termIds = termIds;
        }
    }

    /** Two entries met as candidates, with their features (samePlan still means same document only). */
    private record Candidate(int a, int b, PairFeatures features) {
    }

    /** Number of tasks indexed. */
    public int size() {
        return live;
    }

    /** Indexes a task; a task already indexed under the same id is replaced. */
    public void add(TaskText task) {
        Integer old = byId.get(task.id());
        if (old != null) {
            remove(old);
        }
        Features f = Features.of(task.title(), task.text());
        int[] ids = new int[f.grams.length];
        int n = entries.size();
        for (int i = 0; i < ids.length; i++) {
            int t = terms.add(f.grams[i]);
            ensureTerm(t);
            ids[i] = t;
            df[t]++;
            append(t, n);
        }
        entries.add(new Entry(task, f, ids));
        byId.put(task.id(), n);
        byDocument.computeIfAbsent(task.document(), d -> new ArrayList<>()).add(n);
        live++;
    }

    public void addAll(Collection<TaskText> tasks) {
        tasks.forEach(this::add);
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

    /** Every pair of indexed tasks that commit to the same measure, strongest first. */
    public List<SimilarPair> allPairs() {
        return pairs(IntStream.range(0, entries.size()).filter(i -> !entries.get(i).removed).toArray());
    }

    /** The pairs in which a task of the given document takes part (with tasks of other documents and its own). */
    public List<SimilarPair> pairsOf(String document) {
        return pairs(byDocument.getOrDefault(document, List.of()).stream().mapToInt(Integer::intValue).toArray());
    }

    /** The features of two indexed tasks, by id (for tests and tuning). */
    PairFeatures features(String a, String b) {
        return features(entries.get(byId.get(a)), entries.get(byId.get(b)));
    }

    private List<SimilarPair> pairs(int[] queries) {
        Map<Long, Candidate> unique = new HashMap<>();
        for (List<Candidate> list : Arrays.stream(queries).parallel().mapToObj(this::scored).toList()) {
            for (Candidate c : list) {
                unique.putIfAbsent(((long) Math.min(c.a, c.b) << 32) | Math.max(c.a, c.b), c);
            }
        }
        Set<String> twins = twins(unique.values());
        List<SimilarPair> out = new ArrayList<>();
        for (Candidate c : unique.values()) {
            Entry a = entries.get(c.a);
            Entry b = entries.get(c.b);
            PairFeatures f = c.features;
            if (!f.samePlan() && twins.contains(documentPair(a.task.document(), b.task.document()))) {
                f = f.inPlan(true);
            }
            PairKind kind = Judge.kind(f);
            if (kind != null) {
                out.add(SimilarPair.of(a.task.id(), b.task.id(), kind, Judge.score(f, kind)));
            }
        }
        out.sort(Comparator.comparingDouble(SimilarPair::score).reversed().thenComparing(SimilarPair::a)
                .thenComparing(SimilarPair::b));
        return out;
    }

    /** Pairs of documents ("a\u0000b", a < b) that are two renderings of one plan. */
    private Set<String> twins(Collection<Candidate> candidates) {
        Map<String, Set<Integer>> duplicated = new HashMap<>();
        for (Candidate c : candidates) {
            if (!c.features.samePlan() && c.features.restated() >= Judge.DUPLICATE_SAME_PLAN) {
                String da = entries.get(c.a).task.document();
                String db = entries.get(c.b).task.document();
                Set<Integer> tasks = duplicated.computeIfAbsent(documentPair(da, db), k -> new HashSet<>());
                tasks.add(da.compareTo(db) < 0 ? c.a : c.b); // count each task of the smaller-named document once
            }
        }
        Set<String> twins = new HashSet<>();
        duplicated.forEach((pair, tasks) -> {
            String[] docs = pair.split("\u0000", 2);
            int smaller = Math.min(byDocument.getOrDefault(docs[0], List.of()).size(),
                    byDocument.getOrDefault(docs[1], List.of()).size());
            if (smaller > 0 && tasks.size() >= TWIN_SHARE * smaller) {
                twins.add(pair);
            }
        });
        return twins;
    }

    private static String documentPair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    private List<Candidate> scored(int q) {
        Entry e = entries.get(q);
        List<Candidate> out = new ArrayList<>();
        for (int c : candidates(e, q)) {
            PairFeatures f = features(e, entries.get(c));
            if (f.restated() >= Judge.DUPLICATE || f.text() >= Math.min(Judge.OVERLAP, Judge.OVERLAP_SAME_PLAN)) {
                out.add(new Candidate(q, c, f));
            }
        }
        return out;
    }

    private PairFeatures features(Entry a, Entry b) {
        Features fa = a.features;
        Features fb = b.features;
        int common = Features.intersection(fa.trigrams, fb.trigrams);
        double restated = common == 0 ? 0 : (double) common / (fa.trigrams.length + fb.trigrams.length - common);
        boolean bothSidesDiffer = common < fa.trigrams.length && common < fb.trigrams.length;
        return new PairFeatures(restated, cosine(a, b), a.task.document().equals(b.task.document()), bothSidesDiffer);
    }

    // ---- candidate generation

    private static final class Accumulator {
        float[] weight = new float[0];
        int[] shared = new int[0];
        int[] touched = new int[1024];
        int touchedSize;
    }

    private final ThreadLocal<Accumulator> accumulators = ThreadLocal.withInitial(Accumulator::new);

    /** Entry numbers of the candidates for entry q, at most {@link #CANDIDATES}. */
    private int[] candidates(Entry e, int q) {
        Accumulator acc = accumulators.get();
        if (acc.weight.length < entries.size()) {
            acc.weight = new float[Math.max(entries.size(), acc.weight.length * 2)];
            acc.shared = new int[acc.weight.length];
        }
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
            float w = (float) idf(t);
            int[] list = postings[t];
            for (int j = 0; j < size; j++) {
                int c = list[j];
                if (c == q || entries.get(c).removed) {
                    continue;
                }
                if (acc.shared[c] == 0) {
                    if (acc.touchedSize == acc.touched.length) {
                        acc.touched = Arrays.copyOf(acc.touched, acc.touched.length * 2);
                    }
                    acc.touched[acc.touchedSize++] = c;
                }
                acc.shared[c]++;
                acc.weight[c] += w;
            }
        }
        int minShared = used >= 4 ? 2 : 1;
        int n = 0;
        long[] picked = new long[acc.touchedSize];
        for (int i = 0; i < acc.touchedSize; i++) {
            int c = acc.touched[i];
            if (acc.shared[c] >= minShared) {
                // weight in the high bits (non-negative float bits order like the floats), entry in the low bits
                picked[n++] = ((long) Float.floatToIntBits(acc.weight[c]) << 32) | c;
            }
            acc.shared[c] = 0;
            acc.weight[c] = 0;
        }
        acc.touchedSize = 0;
        Arrays.sort(picked, 0, n);
        int k = Math.min(n, CANDIDATES);
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = (int) picked[n - 1 - i];
        }
        return out;
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

    private double idf(int term) {
        return Math.log(1 + (double) Math.max(live, 1) / Math.max(df[term], 1));
    }

    private double cosine(Entry a, Entry b) {
        int[] ga = a.features.grams;
        int[] gb = b.features.grams;
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < ga.length && j < gb.length) {
            if (ga[i] < gb[j]) {
                i++;
            } else if (ga[i] > gb[j]) {
                j++;
            } else {
                double w = idf(a.termIds[i]);
                dot += a.features.tf[i] * b.features.tf[j] * w * w;
                i++;
                j++;
            }
        }
        return dot == 0 ? 0 : Math.min(1, dot / (norm(a) * norm(b)));
    }

    private double norm(Entry e) {
        double s = 0;
        for (int i = 0; i < e.termIds.length; i++) {
            double w = e.features.tf[i] * idf(e.termIds[i]);
            s += w * w;
        }
        return Math.sqrt(s);
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
        Entry e = entries.get(id);
        if (e.removed) {
            return;
        }
        e.removed = true;
        for (int t : e.termIds) {
            df[t]--;
        }
        byId.remove(e.task.id());
        List<Integer> docIds = byDocument.get(e.task.document());
        if (docIds != null) {
            docIds.remove(Integer.valueOf(id));
            if (docIds.isEmpty()) {
                byDocument.remove(e.task.document());
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
