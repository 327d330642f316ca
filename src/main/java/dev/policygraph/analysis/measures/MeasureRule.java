package dev.policygraph.analysis.measures;

import dev.policygraph.analysis.similarity.PairKind;
import dev.policygraph.analysis.similarity.SimilarPair;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The one home of the rule that groups similar tasks into measures.
 *
 * <p>Similar pairs do not chain: a pre-school task overlaps a teacher task, which overlaps a vocational one, and the
 * connected components of all pairs merge unrelated measures (on the labelled seeds and national plans the largest
 * holds 21 tasks of four measures). A plan commits to a measure once, so across two documents a task is linked into
 * a measure only by its counterpart there: the link must be a <em>reciprocal best match</em> (each task is the
 * other's highest-scoring partner in the other's document, ties to the smaller id), as orthologous genes are found
 * between two genomes. A measure is then held together by the strong links, where a reciprocal overlap does not join
 * two groups that already hold tasks of one plan ({@link #group}):
 * <ul>
 *   <li>every DUPLICATE (the same task restated: near-identical wording is transitive);</li>
 *   <li>every pair inside one document (the engine holds those to much stricter thresholds);</li>
 *   <li>an OVERLAP across documents that is a reciprocal best match.</li>
 * </ul>
 * Whether a link is a reciprocal best match depends only on the pairs between its two documents, so it is fixed
 * when the later of them is written and stays right while neither changes; a measure changes only where a document
 * adds or removes strong links (the graph step groups again the measures those links touch).
 */
public final class MeasureRule {

    /** Prefix of a measure's id, followed by its smallest task id. */
    public static final String ID_PREFIX = "measure:";

    private MeasureRule() {
    }

    /**
     * Most links kept for one task: a link is kept when it is among the {@value} first links of either of its tasks in
     * the order {@link #KEEP_FIRST} (strong links, then the strongest). Plans that share much of their wording give a
     * task dozens of similar tasks (generated plans about 28 a task); beyond its closest counterparts they add nothing
     * to its measure and cost a stored link each.
     */
    public static final int LINKS_PER_TASK = 8;

    /** The order in which a task's links are worth keeping: strong ones first, then the strongest, ties by task ids. */
    private static final java.util.Comparator<Link> KEEP_FIRST = java.util.Comparator
            .comparing((Link l) -> !strong(l)).thenComparing(Link::score, java.util.Comparator.reverseOrder())
            .thenComparing(Link::a).thenComparing(Link::b);

    /**
     * The links of {@code links} worth storing: those among the first {@link #LINKS_PER_TASK} of either of their
     * tasks, in the order {@link #KEEP_FIRST}, counting also the {@code stored} links of those tasks (links kept
     * before, when the later of their documents was written; they are ranked but not returned). Computed for all
     * links at once, a link is kept exactly when it is among the first of one of its tasks. Computed for the links of
     * a document written later, the tasks of other documents count their stored links, which hold their first links
     * as they were; a link of theirs pushed out of those first links by the new document stays stored until one of
     * its documents changes or everything is computed again.
     */
    public static List<Link> kept(Collection<Link> links, Collection<Link> stored) {
        Link[] all = new Link[links.size() + stored.size()];
        int n = 0;
        Set<Link> old = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Link l : links) {
            all[n++] = l;
        }
        for (Link l : stored) {
            all[n++] = l;
            old.add(l);
        }
        java.util.Arrays.parallelSort(all, KEEP_FIRST);
        Map<String, int[]> ranks = new HashMap<>();
        List<Link> out = new ArrayList<>();
        for (Link l : all) {
            int[] ra = ranks.computeIfAbsent(l.a(), k -> new int[1]);
            int[] rb = ranks.computeIfAbsent(l.b(), k -> new int[1]);
            if ((ra[0] < LINKS_PER_TASK || rb[0] < LINKS_PER_TASK) && !old.contains(l)) {
                out.add(l);
            }
            ra[0]++;
            rb[0]++;
        }
        return out;
    }

    /**
     * Most tasks an overlap across plans may gather into one measure. Plans that restate each other's measures in
     * shared words link counterparts across hundreds of plans (generated plans: one task in each of 1,000 plans), and
     * a measure that size tells a coordinator nothing and makes every plan written beside it group hundreds of tasks
     * again; the strongest overlaps form the measure first, so the cap keeps its core. Duplicates and links inside one
     * plan are not capped.
     */
    public static final int MAX_OVERLAP_JOIN = 100;

    /** A link that holds a measure together. */
    public static boolean strong(Link link) {
        return link.kind() == PairKind.DUPLICATE || link.sameDocument() || link.reciprocal();
    }

    /**
     * The pairs as links, each marked reciprocal when its tasks are each other's best match in the other's document.
     * Pairs whose task has no known document are left out. For the marks to be right, {@code pairs} must hold every
     * pair between the documents of each pair it holds (as {@code TaskIndex.pairsOf} of a document gives them).
     */
    public static List<Link> links(Collection<SimilarPair> pairs, Function<String, String> documentOf) {
        Map<String, Map<String, Best>> best = new HashMap<>();
        List<SimilarPair> known = new ArrayList<>();
        for (SimilarPair p : pairs) {
            String da = documentOf.apply(p.a());
            String db = documentOf.apply(p.b());
            if (da == null || db == null) {
                continue;
            }
            known.add(p);
            if (!da.equals(db)) {
                offer(best, p.a(), db, p.b(), p.score());
                offer(best, p.b(), da, p.a(), p.score());
            }
        }
        List<Link> out = new ArrayList<>(known.size());
        for (SimilarPair p : known) {
            String da = documentOf.apply(p.a());
            String db = documentOf.apply(p.b());
            boolean reciprocal = !da.equals(db) && best.get(p.a()).get(db).task.equals(p.b())
                    && best.get(p.b()).get(da).task.equals(p.a());
            out.add(new Link(p.a(), p.b(), da, db, p.score(), p.kind(), reciprocal));
        }
        return out;
    }

    private record Best(String task, double score) {
    }

    private static void offer(Map<String, Map<String, Best>> best, String task, String otherDocument, String other,
                              double score) {
        Map<String, Best> byDocument = best.computeIfAbsent(task, k -> new HashMap<>());
        Best b = byDocument.get(otherDocument);
        if (b == null || score > b.score || (score == b.score && other.compareTo(b.task) < 0)) {
            byDocument.put(otherDocument, new Best(other, score));
        }
    }

    /**
     * The measures: groups of two tasks or more held together by strong links, ordered by id; weak links are ignored.
     * Links that bind (duplicates, and links inside one document) always join their groups; a reciprocal overlap
     * joins two groups only when no document has tasks in both, strongest overlaps first (ties by task ids). Without
     * that, reciprocal overlaps between many plans percolate: on 20,000 generated tasks in 800 plans every task ended
     * up in one measure. So a measure holds, besides restatements, at most one task of each plan it spans, and an
     * overlap does not make a group larger than {@link #MAX_OVERLAP_JOIN} tasks.
     */
    public static List<MeasureGroup> group(Collection<Link> links) {
        return group(links, List.of(), t -> null);
    }

    /**
     * The measures when {@code links} join measures that stand: each of {@code measures} is held together as it is
     * (as if bound by duplicates), and the links join the groups by the rule of {@link #group(Collection)}, a stored
     * measure counting its tasks and plans. The incremental step of a new document: its links join the measures they
     * reach, which are not taken apart (a grouping from scratch, in the rule's order, may split them a little
     * differently); unchanged measures come back with their id, tasks and kind.
     *
     * @param documentOf the document of each task of {@code measures}
     */
    public static List<MeasureGroup> group(Collection<Link> links, Collection<MeasureGroup> measures,
                                           Function<String, String> documentOf) {
        List<Link> strong = new ArrayList<>();
        for (Link l : links) {
            if (strong(l)) {
                strong.add(l);
            }
        }
        strong.sort(BINDING_FIRST);
        Map<String, String> parent = new HashMap<>();
        Map<String, String> documents = new HashMap<>();
        Map<String, Set<String>> documentsOfRoot = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        Set<String> overlappingTasks = new HashSet<>();
        for (MeasureGroup m : measures) {
            String first = null;
            for (String task : m.tasks()) {
                String document = documentOf.apply(task);
                documents.put(task, document);
                String r = root(parent, documentsOfRoot, task, document);
                sizes.putIfAbsent(r, 1);
                if (first == null) {
                    first = r;
                } else {
                    first = union(parent, documentsOfRoot, sizes, find(parent, first), r);
                }
            }
            if (m.kind() == PairKind.OVERLAP && first != null) {
                overlappingTasks.add(first);
            }
        }
        for (Link l : strong) {
            documents.put(l.a(), l.aDocument());
            documents.put(l.b(), l.bDocument());
            String ra = root(parent, documentsOfRoot, l.a(), l.aDocument());
            String rb = root(parent, documentsOfRoot, l.b(), l.bDocument());
            sizes.putIfAbsent(ra, 1);
            sizes.putIfAbsent(rb, 1);
            if (ra.equals(rb)) {
                continue;
            }
            if (!binds(l) && (sizes.get(ra) + sizes.get(rb) > MAX_OVERLAP_JOIN
                    || shareAny(documentsOfRoot.get(ra), documentsOfRoot.get(rb)))) {
                continue;
            }
            union(parent, documentsOfRoot, sizes, ra, rb);
        }
        Map<String, TreeSet<String>> components = new HashMap<>();
        for (String task : parent.keySet()) {
            components.computeIfAbsent(find(parent, task), k -> new TreeSet<>()).add(task);
        }
        Set<String> overlapping = new HashSet<>();
        overlappingTasks.forEach(t -> overlapping.add(find(parent, t)));
        for (Link l : strong) {
            String r = find(parent, l.a());
            if (l.kind() != PairKind.DUPLICATE && r.equals(find(parent, l.b()))) {
                overlapping.add(r);
            }
        }
        Map<String, MeasureGroup> out = new TreeMap<>();
        components.forEach((root, tasks) -> {
            if (tasks.size() < 2) {
                return;
            }
            String id = ID_PREFIX + tasks.first();
            int documentCount = (int) tasks.stream().map(documents::get).distinct().count();
            out.put(id, new MeasureGroup(id, overlapping.contains(root) ? PairKind.OVERLAP : PairKind.DUPLICATE,
                    List.copyOf(tasks), documentCount));
        });
        return List.copyOf(out.values());
    }

    /** Joins the groups of two roots; the smaller id becomes the root (the result does not depend on link order). */
    private static String union(Map<String, String> parent, Map<String, Set<String>> documentsOfRoot,
                                Map<String, Integer> sizes, String ra, String rb) {
        if (ra.equals(rb)) {
            return ra;
        }
        String keep = ra.compareTo(rb) < 0 ? ra : rb;
        String gone = keep.equals(ra) ? rb : ra;
        parent.put(gone, keep);
        Set<String> da = documentsOfRoot.get(ra);
        Set<String> db = documentsOfRoot.get(rb);
        Set<String> merged = da.size() >= db.size() ? da : db;
        merged.addAll(merged == da ? db : da);
        documentsOfRoot.put(keep, merged);
        documentsOfRoot.remove(gone);
        sizes.put(keep, sizes.get(ra) + sizes.get(rb));
        sizes.remove(gone);
        return keep;
    }

    /**
     * Whether the two sets share an element, looking up the elements of the smaller one (Collections.disjoint walks
     * its second argument whatever its size, which made grouping quadratic in the size of the largest group).
     */
    private static boolean shareAny(Set<String> x, Set<String> y) {
        Set<String> small = x.size() <= y.size() ? x : y;
        Set<String> large = small == x ? y : x;
        for (String e : small) {
            if (large.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** A duplicate, or a link inside one document: it joins its tasks' groups whatever documents they span. */
    private static boolean binds(Link l) {
        return l.kind() == PairKind.DUPLICATE || l.sameDocument();
    }

    /** Binding links first, then the strongest; ties by task ids, so that the order of the input does not matter. */
    private static final java.util.Comparator<Link> BINDING_FIRST = java.util.Comparator
            .comparing((Link l) -> !binds(l)).thenComparing(Link::score, java.util.Comparator.reverseOrder())
            .thenComparing(Link::a).thenComparing(Link::b);

    private static String root(Map<String, String> parent, Map<String, Set<String>> documentsOfRoot, String task,
                               String document) {
        if (parent.putIfAbsent(task, task) == null) {
            documentsOfRoot.put(task, new HashSet<>(Set.of(document)));
            return task;
        }
        return find(parent, task);
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (true) {
            String p = parent.get(root);
            if (p == null || p.equals(root)) {
                break;
            }
            root = p;
        }
        // path compression
        String y = x;
        while (!y.equals(root)) {
            String next = parent.get(y);
            parent.put(y, root);
            y = next;
        }
        return root;
    }
}
