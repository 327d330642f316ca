package dev.policygraph.analysis.measures;

import dev.policygraph.analysis.similarity.PairKind;
import dev.policygraph.analysis.similarity.PairTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Links in columns, on which {@link MeasureRule} computes: tasks are numbered in the order of their ids (comparing
 * numbers compares ids), documents by number, and row i joins tasks {@code a[i]} and {@code b[i]} (as its link or
 * pair names them: a is the smaller id of a pair of the similarity engine). With millions of pairs the
 * rule's steps are array walks here instead of lookups in maps of ids (at 250,000 generated tasks, 6.9 million pairs:
 * the reciprocal marks and kept links took 147 s over maps of ids).
 */
final class LinkTable {

    private final String[] tasks;
    private final int[] documentOf;
    private final String[] documents;
    final int size;
    private final int[] a;
    private final int[] b;
    private final double[] score;
    private final PairKind[] kind;
    private final boolean[] reciprocal;
    /** The link each row was read from, when it was read from one (returned as it is). */
    private final @Nullable Link @Nullable [] source;

    private LinkTable(String[] tasks, int[] documentOf, String[] documents, int[] a, int[] b, double[] score,
                      PairKind[] kind, boolean[] reciprocal, @Nullable Link @Nullable [] source) {
        this.tasks = tasks;
        this.documentOf = documentOf;
        this.documents = documents;
        this.size = a.length;
        this.a = a;
        this.b = b;
        this.score = score;
        this.kind = kind;
        this.reciprocal = reciprocal;
        this.source = source;
    }

    /** The pairs of the table as rows, none marked reciprocal yet. */
    static LinkTable of(PairTable pairs) {
        int n = pairs.size();
        String[] tasks = new String[pairs.taskCount()];
        int[] documentOf = new int[tasks.length];
        for (int t = 0; t < tasks.length; t++) {
            tasks[t] = pairs.task(t);
            documentOf[t] = pairs.documentOf(t);
        }
        String[] documents = new String[pairs.documentCount()];
        for (int d = 0; d < documents.length; d++) {
            documents[d] = pairs.document(d);
        }
        int[] a = new int[n];
        int[] b = new int[n];
        double[] score = new double[n];
        PairKind[] kind = new PairKind[n];
        for (int i = 0; i < n; i++) {
            a[i] = pairs.a(i);
            b[i] = pairs.b(i);
            score[i] = pairs.score(i);
            kind[i] = pairs.kind(i);
        }
        return new LinkTable(tasks, documentOf, documents, a, b, score, kind, new boolean[n], null);
    }

    /** Numbers tasks and documents met as rows are added; {@link #build} numbers the tasks in the order of ids. */
    static final class Builder {
        private final Map<String, Integer> taskNumbers = new HashMap<>();
        private final List<String> taskIds = new ArrayList<>();
        private int[] taskDocuments = new int[16];
        private final Map<String, Integer> documentNumbers = new HashMap<>();
        private final List<String> documentIds = new ArrayList<>();
        private int rows;
        private int[] a = new int[16];
        private int[] b = new int[16];
        private double[] score = new double[16];
        private PairKind[] kind = new PairKind[16];
        private boolean[] reciprocal = new boolean[16];
        private @Nullable Link[] source = new Link[16];

        /** The (provisional) number of a task of the given document. */
        int task(String id, String document) {
            Integer n = taskNumbers.get(id);
            if (n == null) {
                n = taskIds.size();
                taskNumbers.put(id, n);
                taskIds.add(id);
                if (n == taskDocuments.length) {
                    taskDocuments = Arrays.copyOf(taskDocuments, n * 2);
                }
            }
            Integer d = documentNumbers.get(document);
            if (d == null) {
                d = documentIds.size();
                documentNumbers.put(document, d);
                documentIds.add(document);
            }
            taskDocuments[n] = d;
            return n;
        }

        void add(String taskA, String documentA, String taskB, String documentB, double s, PairKind k,
                 boolean r, @Nullable Link from) {
            if (rows == a.length) {
                int grown = rows * 2;
                a = Arrays.copyOf(a, grown);
                b = Arrays.copyOf(b, grown);
                score = Arrays.copyOf(score, grown);
                kind = Arrays.copyOf(kind, grown);
                reciprocal = Arrays.copyOf(reciprocal, grown);
                source = Arrays.copyOf(source, grown);
            }
            a[rows] = task(taskA, documentA);
            b[rows] = task(taskB, documentB);
            score[rows] = s;
            kind[rows] = k;
            reciprocal[rows] = r;
            source[rows] = from;
            rows++;
        }

        void add(Link l) {
            add(l.a(), l.aDocument(), l.b(), l.bDocument(), l.score(), l.kind(), l.reciprocal(), l);
        }

        /** The table, and in {@code numbers} (when given) the final number of each provisional one. */
        LinkTable build(int @Nullable [] numbers) {
            int n = taskIds.size();
            Integer[] byId = new Integer[n];
            for (int i = 0; i < n; i++) {
                byId[i] = i;
            }
            Arrays.sort(byId, Comparator.comparing(taskIds::get));
            int[] number = numbers != null ? numbers : new int[n];
            String[] tasks = new String[n];
            int[] documentOf = new int[n];
            for (int k = 0; k < n; k++) {
                number[byId[k]] = k;
                tasks[k] = taskIds.get(byId[k]);
                documentOf[k] = taskDocuments[byId[k]];
            }
            int[] ra = new int[rows];
            int[] rb = new int[rows];
            for (int i = 0; i < rows; i++) {
                ra[i] = number[a[i]];
                rb[i] = number[b[i]];
            }
            return new LinkTable(tasks, documentOf, documentIds.toArray(new String[0]), ra, rb,
                    Arrays.copyOf(score, rows), Arrays.copyOf(kind, rows), Arrays.copyOf(reciprocal, rows),
                    Arrays.copyOf(source, rows));
        }

        int taskCount() {
            return taskIds.size();
        }
    }

    int taskCount() {
        return tasks.length;
    }

    boolean reciprocal(int i) {
        return reciprocal[i];
    }

    boolean sameDocument(int i) {
        return documentOf[a[i]] == documentOf[b[i]];
    }

    /** {@link MeasureRule#strong}. */
    boolean strong(int i) {
        return kind[i] == PairKind.DUPLICATE || sameDocument(i) || reciprocal[i];
    }

    /**
     * When a strong row joins its tasks' groups ({@link #group}): 0 inside one document (it binds whatever the groups
     * hold), 1 a duplicate across documents, 2 a reciprocal overlap across documents.
     */
    int tier(int i) {
        return sameDocument(i) ? 0 : kind[i] == PairKind.DUPLICATE ? 1 : 2;
    }

    /** Row i as a link: the one it was read from, or a new one. */
    Link link(int i) {
        Link l = source == null ? null : source[i];
        return l != null ? l : new Link(tasks[a[i]], tasks[b[i]], documents[documentOf[a[i]]],
                documents[documentOf[b[i]]], score[i], kind[i], reciprocal[i]);
    }

    /**
     * Marks each row across documents reciprocal when each task is the other's best match in the other's document
     * among the rows (highest score, ties to the smaller id), as {@link MeasureRule#links} defines it. Runs on all
     * cores, a task at a time.
     */
    void markReciprocal() {
        int n = tasks.length;
        int[] start = new int[n + 1];
        for (int i = 0; i < size; i++) {
            if (!sameDocument(i)) {
                start[a[i] + 1]++;
                start[b[i] + 1]++;
            }
        }
        for (int t = 0; t < n; t++) {
            start[t + 1] += start[t];
        }
        int[] incident = new int[start[n]];
        int[] cursor = Arrays.copyOf(start, n);
        for (int i = 0; i < size; i++) {
            if (!sameDocument(i)) {
                incident[cursor[a[i]]++] = i;
                incident[cursor[b[i]]++] = i;
            }
        }
        boolean[] bestOfA = new boolean[size];
        boolean[] bestOfB = new boolean[size];
        ThreadLocal<int[]> scratch = ThreadLocal.withInitial(() -> {
            int[] best = new int[documents.length];
            Arrays.fill(best, -1);
            return best;
        });
        IntStream.range(0, n).parallel().forEach(t -> {
            int[] best = scratch.get();
            for (int k = start[t]; k < start[t + 1]; k++) {
                int i = incident[k];
                int other = a[i] == t ? b[i] : a[i];
                int d = documentOf[other];
                int current = best[d];
                if (current < 0 || score[i] > score[current]
                        || (score[i] == score[current] && other < (a[current] == t ? b[current] : a[current]))) {
                    best[d] = i;
                }
            }
            for (int k = start[t]; k < start[t + 1]; k++) {
                int i = incident[k];
                int other = a[i] == t ? b[i] : a[i];
                int winner = best[documentOf[other]];
                if (other == (a[winner] == t ? b[winner] : a[winner])) {
                    if (a[i] == t) {
                        bestOfA[i] = true;
                    } else {
                        bestOfB[i] = true;
                    }
                }
            }
            for (int k = start[t]; k < start[t + 1]; k++) {
                int i = incident[k];
                best[documentOf[a[i] == t ? b[i] : a[i]]] = -1;
            }
        });
        for (int i = 0; i < size; i++) {
            reciprocal[i] = bestOfA[i] && bestOfB[i];
        }
    }

    /**
     * The given rows with those for which {@code first} holds first, each part strongest first, ties by the ids of
     * a, then b, then by place in {@code rows} (a stable sort, as the rule's comparators are used). Rows already
     * strongest first (as the similarity engine gives its pairs) are only partitioned.
     */
    int[] order(int[] rows, IntPredicate first) {
        return order(rows, (IntUnaryOperator) i -> first.test(i) ? 0 : 1);
    }

    /** The given rows by {@code tier} (0, 1, then 2), each tier strongest first as in the order above. */
    int[] order(int[] rows, IntUnaryOperator tier) {
        Comparator<Integer> strongest = (x, y) -> {
            int c = Double.compare(score[y], score[x]);
            if (c == 0) {
                c = Integer.compare(a[x], a[y]);
            }
            return c == 0 ? Integer.compare(b[x], b[y]) : c;
        };
        int[] sorted = rows;
        for (int k = 0; k + 1 < rows.length; k++) {
            if (strongest.compare(rows[k], rows[k + 1]) > 0) {
                Integer[] boxed = new Integer[rows.length];
                for (int j = 0; j < rows.length; j++) {
                    boxed[j] = rows[j];
                }
                Arrays.sort(boxed, strongest); // stable
                sorted = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
                break;
            }
        }
        int[] out = new int[sorted.length];
        int n = 0;
        for (int t = 0; t <= 2; t++) {
            for (int i : sorted) {
                if (tier.applyAsInt(i) == t) {
                    out[n++] = i;
                }
            }
        }
        return out;
    }

    /**
     * {@link MeasureRule#kept}: the rows below {@code linkCount} (the rest are the stored links, ranked but not
     * returned) among the first {@link MeasureRule#LINKS_PER_TASK} of either of their tasks, strong rows first.
     */
    int[] kept(int linkCount, IntPredicate stored) {
        int[] rows = IntStream.range(0, size).toArray();
        int[] order = order(rows, this::strong);
        int[] ranks = new int[tasks.length];
        int[] out = new int[Math.min(linkCount, size)];
        int n = 0;
        for (int i : order) {
            if ((ranks[a[i]] < MeasureRule.LINKS_PER_TASK || ranks[b[i]] < MeasureRule.LINKS_PER_TASK)
                    && i < linkCount && !stored.test(i)) {
                out[n++] = i;
            }
            ranks[a[i]]++;
            ranks[b[i]]++;
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * {@link MeasureRule#group(java.util.Collection, java.util.Collection, java.util.function.Function)} on the
     * strong {@code rows} and the standing {@code measures} (task numbers of each, and its kind).
     */
    List<MeasureGroup> group(int[] rows, List<int[]> measures, List<PairKind> measureKinds) {
        int n = tasks.length;
        int[] parent = new int[n];
        Arrays.fill(parent, -1);
        int[] sizes = new int[n];
        IntSet[] documentsOfRoot = new IntSet[n];
        boolean[] overlapping = new boolean[n];
        List<Integer> overlappingTasks = new ArrayList<>();
        for (int m = 0; m < measures.size(); m++) {
            int first = -1;
            for (int task : measures.get(m)) {
                int r = root(parent, sizes, documentsOfRoot, task);
                first = first < 0 ? r : union(parent, sizes, documentsOfRoot, find(parent, first), r);
            }
            if (measureKinds.get(m) == PairKind.OVERLAP && first >= 0) {
                overlappingTasks.add(first);
            }
        }
        int[] order = order(rows, this::tier);
        for (int i : order) {
            int ra = root(parent, sizes, documentsOfRoot, a[i]);
            int rb = root(parent, sizes, documentsOfRoot, b[i]);
            if (ra == rb) {
                continue;
            }
            int tier = tier(i);
            if (tier > 0 && (sizes[ra] + sizes[rb] > (tier == 1 ? MeasureRule.MAX_DUPLICATE_JOIN
                    : MeasureRule.MAX_OVERLAP_JOIN) || documentsOfRoot[ra].sharesAny(documentsOfRoot[rb]))) {
                continue;
            }
            union(parent, sizes, documentsOfRoot, ra, rb);
        }
        overlappingTasks.forEach(t -> overlapping[find(parent, t)] = true);
        for (int i : order) {
            int r = find(parent, a[i]);
            if (kind[i] != PairKind.DUPLICATE && r == find(parent, b[i])) {
                overlapping[r] = true;
            }
        }
        // the components: (root << 32 | task), so each is contiguous with its tasks in the order of their ids
        long[] members = new long[n];
        int count = 0;
        for (int t = 0; t < n; t++) {
            if (parent[t] >= 0) {
                members[count++] = ((long) find(parent, t) << 32) | t;
            }
        }
        Arrays.sort(members, 0, count);
        List<MeasureGroup> out = new ArrayList<>();
        for (int k = 0; k < count; ) {
            int root = (int) (members[k] >>> 32);
            int end = k;
            while (end < count && (int) (members[end] >>> 32) == root) {
                end++;
            }
            if (end - k >= 2) {
                List<String> ids = new ArrayList<>(end - k);
                IntSet documentsSeen = new IntSet();
                for (int j = k; j < end; j++) {
                    int task = (int) members[j];
                    ids.add(tasks[task]);
                    documentsSeen.add(documentOf[task]);
                }
                String id = MeasureRule.ID_PREFIX + ids.get(0);
                out.add(new MeasureGroup(id, overlapping[root] ? PairKind.OVERLAP : PairKind.DUPLICATE, ids,
                        documentsSeen.size()));
            }
            k = end;
        }
        out.sort(Comparator.comparing(MeasureGroup::id));
        return out;
    }

    private int root(int[] parent, int[] sizes, IntSet[] documentsOfRoot, int task) {
        if (parent[task] < 0) {
            parent[task] = task;
            sizes[task] = 1;
            IntSet documentSet = new IntSet();
            documentSet.add(documentOf[task]);
            documentsOfRoot[task] = documentSet;
            return task;
        }
        return find(parent, task);
    }

    /** Joins the groups of two roots; the smaller number (id) becomes the root. */
    private static int union(int[] parent, int[] sizes, IntSet[] documentsOfRoot, int ra, int rb) {
        if (ra == rb) {
            return ra;
        }
        int keep = Math.min(ra, rb);
        int gone = Math.max(ra, rb);
        parent[gone] = keep;
        IntSet da = documentsOfRoot[ra];
        IntSet db = documentsOfRoot[rb];
        IntSet merged = da.size() >= db.size() ? da : db;
        merged.addAll(merged == da ? db : da);
        documentsOfRoot[keep] = merged;
        documentsOfRoot[gone] = null;
        sizes[keep] = sizes[ra] + sizes[rb];
        return keep;
    }

    private static int find(int[] parent, int x) {
        int root = x;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[x] != root) {
            int next = parent[x];
            parent[x] = root;
            x = next;
        }
        return root;
    }

    /** A set of non-negative ints (open addressing). */
    static final class IntSet {
        private int[] slots = new int[4];
        private int size;

        IntSet() {
            Arrays.fill(slots, -1);
        }

        int size() {
            return size;
        }

        boolean contains(int x) {
            int mask = slots.length - 1;
            for (int i = mix(x) & mask; ; i = (i + 1) & mask) {
                if (slots[i] == x) {
                    return true;
                }
                if (slots[i] < 0) {
                    return false;
                }
            }
        }

        void add(int x) {
            if ((size + 1) * 2 > slots.length) {
                int[] old = slots;
                slots = new int[old.length * 2];
                Arrays.fill(slots, -1);
                size = 0;
                for (int y : old) {
                    if (y >= 0) {
                        add(y);
                    }
                }
            }
            int mask = slots.length - 1;
            for (int i = mix(x) & mask; ; i = (i + 1) & mask) {
                if (slots[i] == x) {
                    return;
                }
                if (slots[i] < 0) {
                    slots[i] = x;
                    size++;
                    return;
                }
            }
        }

        void addAll(IntSet other) {
            for (int y : other.slots) {
                if (y >= 0) {
                    add(y);
                }
            }
        }

        boolean sharesAny(IntSet other) {
            IntSet small = size <= other.size ? this : other;
            IntSet large = small == this ? other : this;
            for (int y : small.slots) {
                if (y >= 0 && large.contains(y)) {
                    return true;
                }
            }
            return false;
        }

        private static int mix(int x) {
            return x * 0x9E3779B9 >>> 7 ^ x;
        }
    }
}
