package dev.policygraph.analysis.measures;

import dev.policygraph.analysis.similarity.PairKind;
import dev.policygraph.analysis.similarity.PairTable;
import dev.policygraph.analysis.similarity.SimilarPair;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The one home of the rule that groups similar tasks into measures.
 *
 * <p>Similar pairs do not chain: a pre-school task overlaps a teacher task, which overlaps a vocational one, and the
 * connected components of all pairs merge unrelated measures (on the labelled seeds and national plans the largest
 * holds 21 tasks of four measures). A plan commits to a measure once, so across two documents a task is linked into
 * a measure only by its counterpart there: the link must be a <em>reciprocal best match</em> (each task is the
 * other's highest-scoring partner in the other's document, ties to the smaller id), as orthologous genes are found
 * between two genomes. A measure is then held together by the strong links:
 * <ul>
 *   <li>every pair inside one document (the engine holds those to much stricter thresholds);</li>
 *   <li>every DUPLICATE (the same task restated);</li>
 *   <li>an OVERLAP across documents that is a reciprocal best match.</li>
 * </ul>
 * Links inside one document bind: they join their tasks' groups whatever those hold. A link across documents,
 * duplicate or overlap, joins two groups only when no document has tasks in both, and only up to a size
 * ({@link #MAX_DUPLICATE_JOIN}, {@link #MAX_OVERLAP_JOIN}; see {@link #group}). Near-identical wording is not
 * transitive across plans: it drifts from one restatement to the next (X/1 ~ Y/1 ~ Z/2 ~ X/2), and while duplicates
 * bound across plans, 250,000 generated tasks written in batches chained into one measure of 149,626 tasks of 13,133
 * plans, about 11 tasks of each that nothing in their plan linked. So a measure holds, of each plan it spans, only
 * tasks that the plan's own links hold together (most often one task), and is never larger than the larger of
 * {@link #MAX_DUPLICATE_JOIN} and the tasks that one plan's own links hold together.
 *
 * <p>Whether a link is a reciprocal best match depends only on the pairs between its two documents, so it is fixed
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
     * the order in which a task's links are worth keeping: strong links first, then the strongest, ties by the ids of
     * a, then b. Plans that share much of their wording give a
     * task dozens of similar tasks (generated plans about 28 a task); beyond its closest counterparts they add nothing
     * to its measure and cost a stored link each.
     */
    public static final int LINKS_PER_TASK = 8;

    /**
     * The links of {@code links} worth storing: those among the first {@link #LINKS_PER_TASK} of either of their
     * tasks, in the order of {@link #LINKS_PER_TASK}, counting also the {@code stored} links of those tasks (links kept
     * before, when the later of their documents was written; they are ranked but not returned). Computed for all
     * links at once, a link is kept exactly when it is among the first of one of its tasks. Computed for the links of
     * a document written later, the tasks of other documents count their stored links, which hold their first links
     * as they were; a link of theirs pushed out of those first links by the new document stays stored until one of
     * its documents changes or everything is computed again.
     */
    public static List<Link> kept(Collection<Link> links, Collection<Link> stored) {
        LinkTable.Builder builder = new LinkTable.Builder();
        links.forEach(builder::add);
        stored.forEach(builder::add);
        LinkTable table = builder.build(null);
        Set<Link> old = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        old.addAll(stored);
        return links(table, table.kept(links.size(), i -> !old.isEmpty() && old.contains(table.link(i))));
    }

    /** The links and measures of all pairs at once: {@link #kept} of {@link #links}, and {@link #group} of those. */
    public record Computed(List<Link> links, List<MeasureGroup> measures) {
    }

    /**
     * {@link #kept}({@link #links}(pairs), none stored) and the {@link #group measures} of those links, computed on
     * the pairs' columns: the same links in the same order, and the same measures, as through the collections.
     */
    public static Computed linksAndMeasures(PairTable pairs) {
        LinkTable table = LinkTable.of(pairs);
        table.markReciprocal();
        int[] kept = table.kept(table.size, i -> false);
        int[] strong = java.util.Arrays.stream(kept).filter(table::strong).toArray();
        return new Computed(links(table, kept), table.group(strong, List.of(), List.of()));
    }

    private static List<Link> links(LinkTable table, int[] rows) {
        List<Link> out = new ArrayList<>(rows.length);
        for (int i : rows) {
            out.add(table.link(i));
        }
        return out;
    }

    /**
     * Most tasks an overlap across plans may gather into one measure. Plans that restate each other's measures in
     * shared words link counterparts across hundreds of plans (generated plans: one task in each of 1,000 plans), and
     * a measure that size tells a coordinator nothing and makes every plan written beside it group hundreds of tasks
     * again; the strongest overlaps form the measure first, so the cap keeps its core. Links inside one plan are not
     * capped; duplicates across plans by {@link #MAX_DUPLICATE_JOIN}.
     */
    public static final int MAX_OVERLAP_JOIN = 100;

    /**
     * Most tasks a duplicate across plans may gather into one measure. Even holding one task of each plan,
     * duplicates chain across the plans that restate a measure, and those grow with the corpus; so did the largest
     * measure without a cap (generated plans, grouped as written in batches of 5,000 tasks: 361 tasks at 25,000
     * tasks, 3,232 tasks of 3,228 plans at 250,000; grouped from scratch 191 and 1,909). Every write that reaches a
     * measure reads it whole and groups it again, so the cap bounds that work by construction; it is ten times
     * {@link #MAX_OVERLAP_JOIN}, as a restatement is surer than an overlap, and duplicates join before overlaps,
     * strongest first, so the cap keeps the closest wording.
     */
    public static final int MAX_DUPLICATE_JOIN = 1_000;

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
        LinkTable.Builder builder = new LinkTable.Builder();
        for (SimilarPair p : pairs) {
            String da = documentOf.apply(p.a());
            String db = documentOf.apply(p.b());
            if (da != null && db != null) {
                builder.add(p.a(), da, p.b(), db, p.score(), p.kind(), false, null);
            }
        }
        LinkTable table = builder.build(null);
        table.markReciprocal();
        return links(table, java.util.stream.IntStream.range(0, table.size).toArray());
    }

    /**
     * The measures: groups of two tasks or more held together by strong links, ordered by id; weak links are ignored.
     * Links inside one document join their groups first, whatever the groups hold; then duplicates across documents,
     * then reciprocal overlaps across documents, each strongest first (ties by task ids). A link across documents
     * joins two groups only when no document has tasks in both and the group it makes holds at most
     * {@link #MAX_DUPLICATE_JOIN} tasks (a duplicate) or {@link #MAX_OVERLAP_JOIN} (an overlap). Without that,
     * reciprocal overlaps between many plans percolate (on 20,000 generated tasks in 800 plans every task ended up in
     * one measure) and so do duplicates (see the class comment). So the tasks a measure holds of one plan are those
     * the plan's own links hold together (most often one).
     */
    public static List<MeasureGroup> group(Collection<Link> links) {
        return group(links, List.of(), t -> null);
    }

    /**
     * The measures when {@code links} join measures that stand: each of {@code measures} is held together as it is
     * (as if bound by links inside one document), and the links join the groups by the rule of
     * {@link #group(Collection)}, a stored measure counting its tasks and plans. The incremental step of a new
     * document: its links join the measures they reach, which are not taken apart (a grouping from scratch, in the
     * rule's order, may split them a little differently: there every duplicate joins before any overlap, here a new
     * duplicate may join a measure that overlaps formed and grow it beyond {@link #MAX_OVERLAP_JOIN}, never beyond
     * {@link #MAX_DUPLICATE_JOIN}); unchanged measures come back with their id, tasks and kind.
     *
     * @param documentOf the document of each task of {@code measures}
     */
    public static List<MeasureGroup> group(Collection<Link> links, Collection<MeasureGroup> measures,
                                           Function<String, String> documentOf) {
        LinkTable.Builder builder = new LinkTable.Builder();
        List<int[]> standing = new ArrayList<>();
        List<PairKind> kinds = new ArrayList<>();
        for (MeasureGroup m : measures) {
            standing.add(m.tasks().stream().mapToInt(task -> builder.task(task, documentOf.apply(task))).toArray());
            kinds.add(m.kind());
        }
        for (Link l : links) {
            if (strong(l)) {
                builder.add(l);
            }
        }
        int[] numbers = new int[builder.taskCount()];
        LinkTable table = builder.build(numbers);
        for (int[] tasks : standing) {
            for (int k = 0; k < tasks.length; k++) {
                tasks[k] = numbers[tasks[k]];
            }
        }
        return table.group(java.util.stream.IntStream.range(0, table.size).toArray(), standing, kinds);
    }
}
