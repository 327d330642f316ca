package dev.policygraph.loading;

import dev.policygraph.analysis.measures.Link;
import dev.policygraph.analysis.measures.MeasureGroup;
import dev.policygraph.analysis.measures.MeasureRule;
import dev.policygraph.analysis.similarity.PairKind;
import dev.policygraph.analysis.similarity.PairTable;
import dev.policygraph.analysis.similarity.SimilarPair;
import dev.policygraph.analysis.similarity.TaskIndex;
import dev.policygraph.analysis.similarity.TaskText;
import dev.policygraph.graph.Document;
import dev.policygraph.graph.SimilarityKind;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.TaskKind;
import dev.policygraph.persistence.DocumentWriteHook;
import dev.policygraph.persistence.GraphQueries;
import dev.policygraph.persistence.MeasureRows;
import dev.policygraph.persistence.MeasureStore;
import dev.policygraph.persistence.MeasureTransaction;
import dev.policygraph.persistence.ReadQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps (:Task)-[:SAME_MEASURE]->(:Task) and (:Measure)<-[:OF_MEASURE]-(:Task) right as documents are written, in
 * the transaction that writes them (it is the application's {@link DocumentWriteHook}), with the one in-memory
 * {@link TaskIndex} of the stored tasks of kind task.
 *
 * <p>Why here: the index mirrors what loading writes and must change exactly when a write commits, under the same
 * lock; analysis (which reads the graph for the API) must not depend on loading, and persistence knows nothing but
 * Neo4j. The API never reads the index: Task.similar and the measures come from the graph.
 *
 * <p>For each write: the documents removed or replaced leave the index and the new versions enter it; the pairs in
 * which their tasks take part ({@link TaskIndex#pairsOf}) are marked reciprocal by {@link MeasureRule#links}, and
 * those among the first {@link MeasureRule#LINKS_PER_TASK} links of either of their tasks ({@link MeasureRule#kept},
 * ranked with the stored links of the tasks of other documents) are stored as SAME_MEASURE links; the measures around
 * the changed tasks are grouped again ({@link #regroup}; a link across documents gathers at most
 * {@link MeasureRule#MAX_DUPLICATE_JOIN} tasks, so that is bounded too). When the
 * transaction fails, the index is put back from the graph for the documents the write touched.
 *
 * <p>The index is built at start-up (or before the first write of a command) from the graph, reading tasks a page at
 * a time and logging the time taken. When the stored links were computed by another {@link #VERSION} of this step
 * (or never), all of them and all measures are computed again from the index, written in bounded transactions.
 */
@Component
class SimilarTasks implements DocumentWriteHook {

    /** The derived-data state under which {@link #VERSION} is recorded. */
    static final String STATE = "same-measure";
    /**
     * Version of the stored links and measures: change it when the similarity engine's scoring or
     * {@link MeasureRule} changes, and the next start computes every link and measure again.
     */
    static final String VERSION = "7";
    /** Tasks read per query when the index is built. */
    static final int PAGE = 10_000;
    /** Links (or task memberships) written per transaction when everything is computed again. */
    static final int BATCH = 10_000;
    /** Measures read per query when the measures of removed documents are grouped again. */
    static final int MEASURES_READ = 500;

    private static final Logger log = LoggerFactory.getLogger(SimilarTasks.class);
    private static final String KIND = TaskKind.TASK.code();

    record Ids(List<String> ids) {
    }

    record Id(String id) {
    }

    record TextPage(String after, String kind, int limit) {
    }

    record DocumentTexts(List<String> ids, String kind) {
    }

    record StoredText(String id, String document, @Nullable String title, @Nullable String text) {

        TaskText asText() {
            return new TaskText(id, document, title, text);
        }
    }

    record TaskElement(String id, String element) {
    }

    record Kind(String kind) {
    }

    record TaskDocument(String task, String document) {
    }

    /** A stored SAME_MEASURE link as same-measure-links reads it: its tasks, without their documents. */
    record StoredLink(String a, String b, double score, PairKind kind, boolean reciprocal) {
    }

    record DocumentRegion(String document, @Nullable String region) {
    }

    record StoredMeasure(String id, PairKind kind, List<String> tasks, List<String> documents) {
    }

    record InsideLink(String measure, String a, String b, String aDocument, String bDocument, double score,
                      PairKind kind, boolean reciprocal) {

        /** The link, its ids taken through {@code same} (to hold each id once). */
        Link link(java.util.function.UnaryOperator<String> same) {
            return new Link(same.apply(a), same.apply(b), same.apply(aDocument), same.apply(bDocument), score, kind,
                    reciprocal);
        }
    }

    private final GraphQueries queries;
    private final MeasureStore store;
    private final RegionTable regions;
    private final ReentrantLock lock = new ReentrantLock();
    /** Null until built, and again when it may differ from the graph (rebuilt before the next write). */
    private @Nullable TaskIndex index;
    /**
     * Set when the index was freed ({@link #release}): deletions go on without it (the measures they change are read
     * from the graph), and the next write of documents builds it again.
     */
    private boolean released;
    /** Documents whose tasks the running write changed in the index. */
    private final Set<String> touched = new LinkedHashSet<>();
    /** Measures of the documents the running write removes, read before they go. */
    private final Set<String> measuresBefore = new LinkedHashSet<>();
    /** The index's part of the running write, started by {@link #prepare} on {@link #background}. */
    private @Nullable Prepared prepared;
    /** The one thread that finds a write's pairs while its statements run (made at the first write). */
    private java.util.concurrent.@Nullable ExecutorService background;

    SimilarTasks(GraphQueries queries, MeasureStore store, RegionTable regions) {
        this.queries = queries;
        this.store = store;
        this.regions = regions;
    }

    /** Builds the index from the graph unless built, and computes every link again when they are of another version. */
    void start() {
        lock.lock();
        try {
            ensureStarted();
        } finally {
            lock.unlock();
        }
    }

    /** The number of tasks indexed (for tests and logs). */
    int indexed() {
        lock.lock();
        try {
            return index == null ? 0 : index.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T around(Supplier<T> write) {
        lock.lock();
        try {
            if (!released) {
                ensureStarted();
            }
            touched.clear();
            measuresBefore.clear();
            try {
                return write.get();
            } catch (RuntimeException | Error e) {
                settle();
                restore();
                throw e;
            }
        } finally {
            settle();
            touched.clear();
            measuresBefore.clear();
            lock.unlock();
        }
    }

    /**
     * Starts the index's part of {@link #afterWrite} for these documents on the background thread: the documents
     * removed and the old versions leave the index, the new ones enter it, and the pairs of each are found. The
     * transaction's statements run meanwhile; none of them reads the index, and {@link #afterWrite} waits for it.
     */
    @Override
    public void prepare(List<Document> written, List<String> removed) {
        settle();
        if (released || index == null || written.isEmpty()) {
            return; // afterWrite does it all, as it always did
        }
        TaskIndex idx = index();
        touched.addAll(removed);
        written.forEach(d -> touched.add(d.getId()));
        List<Document> w = List.copyOf(written);
        List<String> r = List.copyOf(removed);
        prepared = new Prepared(w, r, background().submit(() -> find(idx, w, r)));
    }

    /** What the index gives for a write: the documents of its new tasks, and the pairs they take part in. */
    private record Found(Map<String, String> documentOf, Map<String, SimilarPair> pairs) {
    }

    /** The index's part of a write, started by {@link #prepare} for these lists. */
    private record Prepared(List<Document> written, List<String> removed, Future<Found> found) {

        boolean isFor(List<Document> w, List<String> r) {
            if (w.size() != written.size() || !r.equals(removed)) {
                return false;
            }
            for (int i = 0; i < w.size(); i++) {
                if (w.get(i) != written.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The index's part of {@link #prepare}d work, started for another write or not taken: waited for and dropped. */
    private void settle() {
        Prepared p = prepared;
        prepared = null;
        if (p != null) {
            try {
                p.found().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // its index changes are put back by restore() where the write fails
            }
        }
    }

    /** The found pairs of the {@link #prepare}d work for these lists, waited for; null when none was started. */
    private @Nullable Found take(List<Document> written, List<String> removed) {
        Prepared p = prepared;
        if (p == null || !p.isFor(written, removed)) {
            settle();
            return null;
        }
        prepared = null;
        long start = System.nanoTime();
        try {
            Found found = p.found().get();
            if (log.isDebugEnabled()) {
                log.debug("waited {} ms for the similar-task pairs of {} documents", (System.nanoTime() - start)
                        / 1_000_000, written.size());
            }
            return found;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the similar-task pairs were found", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private synchronized java.util.concurrent.ExecutorService background() {
        if (background == null) {
            background = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "similar-task-pairs");
                t.setDaemon(true);
                return t;
            });
        }
        return background;
    }

    /**
     * The index's part of a write: the documents removed and the old versions of those written leave the index, the
     * new versions enter it, and the pairs in which their tasks take part are found, the documents in order.
     */
    private static Found find(TaskIndex idx, List<Document> written, List<String> removed) {
        for (String id : removed) {
            idx.removeDocument(id);
        }
        Map<String, String> documentOf = new HashMap<>();
        for (Document d : written) {
            idx.removeDocument(d.getId());
            List<TaskText> texts = texts(d);
            texts.forEach(t -> documentOf.put(t.id(), t.document()));
            idx.addAll(texts);
        }
        Map<String, SimilarPair> pairs = new LinkedHashMap<>();
        for (Document d : written) {
            for (SimilarPair p : idx.pairsOf(d.getId())) {
                pairs.putIfAbsent(p.a() + "\n" + p.b(), p);
            }
        }
        return new Found(documentOf, pairs);
    }

    @Override
    public void release() {
        lock.lock();
        try {
            if (index != null) {
                index = null;
                released = true;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void beforeRemoval(MeasureTransaction tx, List<String> documentIds) {
        tx.list(ReadQuery.MEASURES_OF_DOCUMENTS, new Ids(documentIds), Id.class).forEach(m -> measuresBefore.add(m.id()));
    }

    @Override
    public void afterWrite(MeasureTransaction tx, List<Document> written, List<String> removed) {
        if (released && !written.isEmpty()) {
            // built from the graph as committed, the documents this transaction removes included (taken out below)
            ensureStarted();
        }
        TaskIndex idx = released ? new TaskIndex() : index();
        Found found = released ? null : take(written, removed);
        if (found == null) {
            touched.addAll(removed);
            written.forEach(d -> touched.add(d.getId()));
            found = find(idx, written, removed);
        }
        Map<String, String> documentOf = found.documentOf();
        Map<String, SimilarPair> pairs = found.pairs();
        List<String> partners = pairs.values().stream().flatMap(p -> java.util.stream.Stream.of(p.a(), p.b()))
                .filter(t -> !documentOf.containsKey(t)).distinct().toList();
        // the documents of the partners and of the tasks at the other ends of their links: from the index, which
        // holds every linked task with its document (the graph's, a task's document never changes), else from the
        // graph; expanding to each task's document in the graph was most of the statement below's work
        Map<String, String> same = new HashMap<>();
        documents(tx, idx, partners, documentOf, same);
        // the links of the tasks of other documents are ranked with the new ones (MeasureRule.kept); streamed, each
        // id held once: the partners of a batch of densely worded plans are a large share of the graph, and their
        // stored links as driver records all at once took a third of a 1 GB heap at 250k tasks
        List<Link> stored = new ArrayList<>();
        List<StoredLink> unplaced = new ArrayList<>();
        tx.forEach(ReadQuery.SAME_MEASURE_LINKS, new Ids(partners), StoredLink.class, l -> {
            String a = same.computeIfAbsent(l.a(), k -> k);
            String b = same.computeIfAbsent(l.b(), k -> k);
            String aDocument = documentOf.computeIfAbsent(a, idx::documentOf);
            String bDocument = documentOf.computeIfAbsent(b, idx::documentOf);
            if (aDocument == null || bDocument == null) {
                unplaced.add(new StoredLink(a, b, l.score(), l.kind(), l.reciprocal()));
            } else {
                stored.add(new Link(a, b, aDocument, bDocument, l.score(), l.kind(), l.reciprocal()));
            }
        });
        if (!unplaced.isEmpty()) {
            // kept in the order read (stored links rank in that order among equals)
            documents(tx, idx, unplaced.stream().flatMap(l -> java.util.stream.Stream.of(l.a(), l.b())).toList(),
                    documentOf, same);
            stored.clear();
            tx.forEach(ReadQuery.SAME_MEASURE_LINKS, new Ids(partners), StoredLink.class, l -> {
                String aDocument = documentOf.get(l.a());
                String bDocument = documentOf.get(l.b());
                if (aDocument != null && bDocument != null) { // a task without a document has no place to rank
                    stored.add(new Link(same.computeIfAbsent(l.a(), k -> k), same.computeIfAbsent(l.b(), k -> k),
                            aDocument, bDocument, l.score(), l.kind(), l.reciprocal()));
                }
            });
        }
        unplaced.clear();
        same.clear();
        List<Link> links = MeasureRule.kept(MeasureRule.links(pairs.values(), documentOf::get), stored);
        Set<String> seeds = new LinkedHashSet<>();
        written.forEach(d -> texts(d).forEach(t -> seeds.add(t.id())));
        // every link found here has a task of a written document, created in this transaction: none is stored yet;
        // each is created with its scope, from the regions its documents are issued in (those of the documents
        // written as they are linked below, the others' as stored), not scoped again by a statement of its own
        List<MeasureRows.DocumentRegion> issued = regions.links(written);
        Map<String, String> regionOf = regionsOf(tx, links, written, issued);
        tx.createPairs(links.stream().map(l -> row(l, regionOf)).toList(), seeds);

        regroup(tx, seeds, links, measuresBefore);
        tx.linkRegions(issued);
        measuresBefore.clear();
    }

    /**
     * The region (division code) each document at an end of these links is issued in, absent for none: for the
     * documents written, those they are linked to in this transaction ({@code issued}); for the others, as stored.
     */
    private static Map<String, String> regionsOf(MeasureTransaction tx, List<Link> links, List<Document> written,
                                                 List<MeasureRows.DocumentRegion> issued) {
        Map<String, String> out = new HashMap<>();
        issued.forEach(r -> out.put(r.document(), r.region()));
        Set<String> writtenIds = new HashSet<>();
        written.forEach(d -> writtenIds.add(d.getId()));
        Set<String> stored = new LinkedHashSet<>();
        for (Link l : links) {
            for (String d : List.of(l.aDocument(), l.bDocument())) {
                if (!writtenIds.contains(d)) {
                    stored.add(d);
                }
            }
        }
        if (!stored.isEmpty()) {
            tx.forEach(ReadQuery.DOCUMENTS_ISSUED_IN, new Ids(List.copyOf(stored)), DocumentRegion.class,
                    r -> out.put(r.document(), r.region()));
        }
        return out;
    }

    /**
     * Puts the document of each of these tasks into {@code documentOf} unless there: from the index, else (a task
     * the index does not hold) read from the graph, each id taken through {@code same} (to hold each once).
     */
    private static void documents(MeasureTransaction tx, TaskIndex idx, List<String> tasks,
                                  Map<String, String> documentOf, Map<String, String> same) {
        Set<String> missing = new LinkedHashSet<>();
        for (String t : tasks) {
            if (!documentOf.containsKey(t)) {
                String d = idx.documentOf(t);
                if (d != null) {
                    documentOf.put(t, d);
                } else {
                    missing.add(t);
                }
            }
        }
        if (!missing.isEmpty()) {
            tx.forEach(ReadQuery.TASK_DOCUMENTS, new Ids(List.copyOf(missing)), TaskDocument.class,
                    r -> documentOf.put(r.task(), same.computeIfAbsent(r.document(), k -> k)));
        }
    }

    /**
     * The measures after a write, touching only the measures it changes, each updated in place. The tasks left in
     * each measure of the documents removed ({@code before}) are grouped again among themselves, a measure at a time,
     * from the links between them ({@link MeasureRule#group(Collection)}; read {@link #MEASURES_READ} measures per
     * query); then the strong links just {@code created} (those of the tasks written, the {@code seeds}) join those
     * groups and the stored measures they reach, which stand as they are ({@link MeasureRule#group(Collection,
     * Collection, java.util.function.Function)}). Only measures that come out different are written, and a measure
     * that stays (by its id, or else the one that keeps most of its tasks) is updated in place
     * ({@link #changes}): only the OF_MEASURE links of the tasks joining or leaving it. A full recomputation, at the
     * next {@link #VERSION}, groups everything in the rule's order and may split a little differently.
     */
    private static void regroup(MeasureTransaction tx, Set<String> seeds, List<Link> created,
                                Collection<String> before) {
        Map<String, String> documentOf = new HashMap<>();
        List<MeasureGroup> standing = new ArrayList<>();
        // every stored measure the write may change, with its tasks as they stand
        Map<String, MeasureGroup> stored = new LinkedHashMap<>();
        List<String> removedIds = List.copyOf(before);
        for (int i = 0; i < removedIds.size(); i += MEASURES_READ) {
            Ids ids = new Ids(removedIds.subList(i, Math.min(removedIds.size(), i + MEASURES_READ)));
            // streamed, each id held once: a measure may hold a large share of the graph (generated plans: one of
            // 150,000 tasks with 1.35 million links inside), and its links as driver records all at once are over
            // a gigabyte
            Map<String, List<Link>> inside = new HashMap<>();
            Map<String, String> same = new HashMap<>();
            tx.forEach(ReadQuery.MEASURE_INSIDE_LINKS, ids, InsideLink.class, l -> inside
                    .computeIfAbsent(l.measure(), m -> new ArrayList<>())
                    .add(l.link(id -> same.computeIfAbsent(id, k -> k))));
            same.clear();
            for (StoredMeasure m : tx.list(ReadQuery.MEASURE_MEMBERS, ids, StoredMeasure.class)) {
                stored.put(m.id(), standing(m, documentOf));
                standing.addAll(MeasureRule.group(inside.getOrDefault(m.id(), List.of())));
            }
        }
        Set<String> reached = new LinkedHashSet<>();
        for (Link l : created) {
            if (MeasureRule.strong(l)) {
                reached.add(l.a());
                reached.add(l.b());
            }
        }
        reached.removeAll(seeds);
        for (StoredMeasure m : tx.list(ReadQuery.MEASURES_WITH_TASKS, new Ids(List.copyOf(reached)),
                StoredMeasure.class)) {
            if (!stored.containsKey(m.id())) { // else what is left of it was grouped again above
                MeasureGroup g = standing(m, documentOf);
                standing.add(g);
                stored.put(g.id(), g);
            }
        }
        // the measures of the documents removed lost tasks: their counts are written even where the rest stands
        changes(tx, stored, before, MeasureRule.group(created, standing, documentOf::get));
    }

    /** A stored measure as it stands: its tasks in order of id, their documents put into {@code documentOf}. */
    private static MeasureGroup standing(StoredMeasure m, Map<String, String> documentOf) {
        Map<String, String> members = new java.util.TreeMap<>();
        for (int i = 0; i < m.tasks().size(); i++) {
            members.put(m.tasks().get(i), m.documents().get(i));
        }
        documentOf.putAll(members);
        return new MeasureGroup(m.id(), m.kind(), List.copyOf(members.keySet()),
                (int) members.values().stream().distinct().count());
    }

    /**
     * Writes the {@code groups} over the {@code stored} measures they come from: a group is the stored measure of its
     * id, or else the stored measure (not taken by another group) that holds most of its tasks, updated in place (its
     * id too), or else a new measure; the stored measures no group takes are deleted. So a measure that loses a task
     * or two is not written again whole, whatever its id. The stored measures {@code lost} tasks that are gone from
     * the graph: they are written even when what is left of them stands as it was read.
     */
    private static void changes(MeasureTransaction tx, Map<String, MeasureGroup> stored, Collection<String> lost,
                                List<MeasureGroup> groups) {
        Map<String, String> storedOf = new HashMap<>();
        stored.values().forEach(m -> m.tasks().forEach(t -> storedOf.put(t, m.id())));
        Map<MeasureGroup, MeasureGroup> node = new java.util.IdentityHashMap<>();
        Set<String> taken = new HashSet<>();
        for (MeasureGroup g : groups) {
            MeasureGroup old = stored.get(g.id());
            if (old != null) {
                node.put(g, old);
                taken.add(old.id());
            }
        }
        for (MeasureGroup g : groups) {
            if (node.containsKey(g)) {
                continue;
            }
            Map<String, Integer> shared = new java.util.TreeMap<>();
            for (String t : g.tasks()) {
                String m = storedOf.get(t);
                if (m != null && !taken.contains(m)) {
                    shared.merge(m, 1, Integer::sum);
                }
            }
            shared.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(e -> {
                node.put(g, stored.get(e.getKey()));
                taken.add(e.getKey());
            });
        }
        List<String> removed = stored.keySet().stream().filter(id -> !taken.contains(id)).toList();
        List<MeasureRows.Measure> rows = new ArrayList<>();
        List<MeasureRows.MeasureChange> changed = new ArrayList<>();
        for (MeasureGroup g : groups) {
            MeasureGroup old = node.get(g);
            if (old == null) {
                rows.add(row(g));
            } else if (!g.equals(old) || lost.contains(old.id())) {
                changed.add(change(old, g));
            }
        }
        tx.replaceMeasures(removed, rows, changed);
    }

    // ---- start-up

    private TaskIndex index() {
        TaskIndex idx = index;
        if (idx == null) {
            throw new IllegalStateException("the similar-task index is not built");
        }
        return idx;
    }

    private void ensureStarted() {
        if (index != null) {
            return;
        }
        regions.ensureLoaded();
        long start = System.nanoTime();
        TaskIndex built = new TaskIndex();
        String after = "";
        int pages = 0;
        while (true) {
            List<StoredText> page = queries.list(ReadQuery.TASK_TEXTS, new TextPage(after, KIND, PAGE),
                    StoredText.class);
            built.addAll(page.stream().map(StoredText::asText).toList());
            pages++;
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }
        log.info("Indexed {} stored tasks for similar-task search in {} ms ({} pages of at most {})", built.size(),
                (System.nanoTime() - start) / 1_000_000, pages, PAGE);
        index = built;
        released = false;
        if (!VERSION.equals(RegionTable.state(queries, STATE))) {
            recomputeAll(built);
        }
    }

    /**
     * Computes every link and measure again from the index and replaces the stored ones, in transactions of at most
     * {@link #BATCH} rows; the version is recorded last, so an interrupted run is done again at the next start.
     */
    private void recomputeAll(TaskIndex idx) {
        long start = System.nanoTime();
        PairTable pairs = idx.allPairTable();
        long paired = System.nanoTime();
        MeasureRule.Computed computedLinks = MeasureRule.linksAndMeasures(pairs);
        List<Link> links = computedLinks.links();
        int found = pairs.size();
        pairs = null; // the pairs can go before the writes
        List<MeasureGroup> groups = computedLinks.measures();
        long computed = System.nanoTime();
        while (store.write(tx -> tx.deleteSomePairs(BATCH)) == BATCH) {
            // bounded transactions
        }
        while (store.write(tx -> tx.deleteSomeMeasures(BATCH)) == BATCH) {
            // bounded transactions
        }
        Map<String, String> elements = new HashMap<>();
        queries.list(ReadQuery.TASK_ELEMENTS, new Kind(KIND), TaskElement.class)
                .forEach(t -> elements.put(t.id(), t.element()));
        List<MeasureRows.ElementPair> pairRows = new ArrayList<>(links.size());
        for (Link l : links) {
            String a = elements.get(l.a());
            String b = elements.get(l.b());
            if (a != null && b != null) {
                pairRows.add(new MeasureRows.ElementPair(a, b, l.score(), SimilarityKind.valueOf(l.kind().name()),
                        l.reciprocal()));
            }
        }
        elements.clear();
        for (int i = 0; i < pairRows.size(); i += BATCH) {
            List<MeasureRows.ElementPair> batch = pairRows.subList(i, Math.min(pairRows.size(), i + BATCH));
            store.write(tx -> {
                tx.createNewPairs(batch);
                return null;
            });
        }
        long linked = System.nanoTime();
        List<MeasureRows.Measure> batch = new ArrayList<>();
        int size = 0;
        for (MeasureGroup g : groups) {
            batch.add(row(g));
            size += g.tasks().size();
            if (size >= BATCH) {
                writeMeasures(batch);
                batch = new ArrayList<>();
                size = 0;
            }
        }
        writeMeasures(batch);
        List<MeasureRows.DocumentRegion> regionLinks = new ArrayList<>();
        for (DocumentRegion d : queries.list(ReadQuery.DOCUMENT_REGIONS, Map.of(), DocumentRegion.class)) {
            regions.codeOf(d.region()).ifPresent(code -> regionLinks.add(new MeasureRows.DocumentRegion(d.document(),
                    code)));
        }
        for (int i = 0; i < regionLinks.size(); i += BATCH) {
            List<MeasureRows.DocumentRegion> part = regionLinks.subList(i, Math.min(regionLinks.size(), i + BATCH));
            store.write(tx -> {
                tx.linkRegions(part);
                return null;
            });
        }
        List<MeasureTransaction.LinkEnds> ends = links.stream().map(SimilarTasks::ends).toList();
        for (int i = 0; i < ends.size(); i += BATCH) {
            List<MeasureTransaction.LinkEnds> part = ends.subList(i, Math.min(ends.size(), i + BATCH));
            store.write(tx -> {
                tx.scopePairs(part);
                return null;
            });
        }
        store.write(tx -> {
            tx.setState(STATE, VERSION);
            return null;
        });
        long end = System.nanoTime();
        log.info("Computed all similar tasks again: {} pairs, {} links kept, {} measures of {} tasks in {} ms ({} ms "
                        + "pairs, {} ms links and measures, {} ms writing links, {} ms writing measures and regions)",
                found, links.size(), groups.size(), idx.size(), (end - start) / 1_000_000,
                (paired - start) / 1_000_000, (computed - paired) / 1_000_000, (linked - computed) / 1_000_000,
                (end - linked) / 1_000_000);
    }

    private void writeMeasures(List<MeasureRows.Measure> rows) {
        if (!rows.isEmpty()) {
            store.write(tx -> {
                tx.replaceMeasures(List.of(), rows);
                return null;
            });
        }
    }

    /** Puts the index back as the graph holds the documents the failed write touched; drops it if that fails too. */
    private void restore() {
        TaskIndex idx = index;
        if (idx == null || touched.isEmpty()) {
            return;
        }
        try {
            touched.forEach(idx::removeDocument);
            idx.addAll(queries.list(ReadQuery.DOCUMENT_TASK_TEXTS, new DocumentTexts(List.copyOf(touched), KIND),
                    StoredText.class).stream().map(StoredText::asText).toList());
        } catch (RuntimeException e) {
            log.warn("Could not put the similar-task index back after a failed write; it is built again before the "
                    + "next write: {}", e.getMessage());
            index = null;
        }
    }

    // ---- rows

    private static List<TaskText> texts(Document d) {
        List<TaskText> out = new ArrayList<>();
        for (Task t : d.getTasks()) {
            if (t.getKind() == TaskKind.TASK) {
                out.add(new TaskText(t.getId(), d.getId(), t.getTitle(), t.getText()));
            }
        }
        return out;
    }

    private static MeasureTransaction.LinkEnds ends(Link l) {
        return new MeasureTransaction.LinkEnds(l.a(), l.b(), l.aDocument(), l.bDocument());
    }

    private static MeasureRows.ScopedPair row(Link l, Map<String, String> regionOf) {
        return new MeasureRows.ScopedPair(l.a(), l.b(), l.score(), SimilarityKind.valueOf(l.kind().name()),
                l.reciprocal(), l.aDocument(), l.bDocument(), regionOf.get(l.aDocument()), regionOf.get(l.bDocument()));
    }

    private static MeasureRows.MeasureChange change(MeasureGroup old, MeasureGroup g) {
        Set<String> before = new HashSet<>(old.tasks());
        Set<String> after = new HashSet<>(g.tasks());
        return new MeasureRows.MeasureChange(old.id(), g.id(), SimilarityKind.valueOf(g.kind().name()), g.tasks().size(),
                g.documentCount(), g.tasks().stream().filter(t -> !before.contains(t)).toList(),
                old.tasks().stream().filter(t -> !after.contains(t)).toList());
    }

    private static MeasureRows.Measure row(MeasureGroup g) {
        return new MeasureRows.Measure(g.id(), SimilarityKind.valueOf(g.kind().name()), g.tasks().size(),
                g.documentCount(), g.tasks());
    }
}
