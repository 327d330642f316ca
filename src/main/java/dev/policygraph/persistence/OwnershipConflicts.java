package dev.policygraph.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SimpleQueryRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stored ownership conflicts (OwnershipConflict nodes, V015): what the rule of
 * cypher/include/measure-conflicts-of.cypher gives, written for what a change may alter, in the transaction of that
 * change, so that reading them (a page, the count, a measure's) never works them out. A conflict depends on the tasks
 * of its measure, their documents, their lead units and the documents' regions, and its tasks lie in one plan or one
 * region: so a task that joins or leaves a measure, or whose leads or plan's region change, alters only the conflicts
 * of that measure in its plan's region (or in its plan, when it has none), a {@link Group}. Every write notes the
 * groups of the tasks it changes as they were before ({@link #groupsOf}, read before the change) and as they are
 * after, and stores those groups again; a measure created, deleted or whose id changed is stored again whole (both
 * by cypher/write/conflicts-refresh.cypher, in one statement):
 * <ul>
 *   <li>documents written, replaced or deleted ({@link GraphWriter}: the groups of their tasks before and after,
 *   and through {@link MeasureTransaction} those of the tasks that join or leave the measures the derived writes
 *   update, the measures they create or delete whole, and the groups of the documents whose region they link);</li>
 *   <li>the coordinators' edits ({@link GraphEntities#edit}: the groups of the tasks saved with their relationships
 *   and of the tasks that a unit saved with its relationships, or deleted, leads);</li>
 *   <li>bulk writes of measures in transactions of their own ({@link MeasureStore}: the same as the derived writes;
 *   measures deleted without naming them take their conflicts with them).</li>
 * </ul>
 * Built from every measure once, at the first start with the schema of V015 or when {@link #VERSION} changes
 * ({@link #build}).
 */
final class OwnershipConflicts {

    /** The GraphState that says the conflicts were built from every measure by this version of the rule. */
    static final String STATE = "ownership-conflicts";
    /** Change it with the rule (measure-conflicts-of.cypher): the next start builds every conflict again. */
    static final String VERSION = "1";
    /** Measures refreshed, or conflicts deleted, per transaction when all of them are built. */
    static final int BATCH = 200;

    private static final Logger log = LoggerFactory.getLogger(OwnershipConflicts.class);
    /** Regions, then plans without one (region null), each in order of id: the order the groups are written in. */
    private static final Comparator<List<@Nullable String>> PLACE_ORDER = Comparator
            .comparing((List<@Nullable String> p) -> p.get(0), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(p -> p.get(1), Comparator.nullsLast(Comparator.naturalOrder()));

    /** The parameters of conflict-groups.cypher. */
    record Changed(List<String> tasks, List<String> units, List<String> documents) {
    }

    /**
     * The conflicts of one measure in one region ({@code document} null), or in one plan without a region
     * ({@code region} null): every conflict lies in one group (conflict-groups.cypher).
     */
    record Group(String measure, @Nullable String region, @Nullable String document) {
    }

    /** A group row of conflicts-refresh.cypher: the measures of one region, or of one plan without one. */
    record GroupRow(@Nullable String region, @Nullable String document, List<String> measures) {
    }

    /** The parameters of conflicts-refresh.cypher: measures stored again whole, and groups. */
    record Refresh(List<String> measureIds, List<GroupRow> groups) {
    }

    record Id(String id) {
    }

    record IdPage(String after, long limit) {
    }

    record DeleteSome(boolean orphaned, long limit) {
    }

    record Deleted(long deleted) {
    }

    record StateKey(String id) {
    }

    record State(String id, String version) {
    }

    record Version(@Nullable String version) {
    }

    private OwnershipConflicts() {
    }

    /**
     * The groups whose conflicts a change of these tasks, of these units' leads or of these documents may alter, as
     * the graph stands now: read before such a change and again after it.
     */
    static Set<Group> groupsOf(SimpleQueryRunner tx, CypherQueries queries, Collection<String> tasks,
                               Collection<String> units, Collection<String> documents) {
        Set<Group> out = new LinkedHashSet<>();
        if (tasks.isEmpty() && units.isEmpty() && documents.isEmpty()) {
            return out;
        }
        out.addAll(tx.run(queries.read(ReadQuery.CONFLICT_GROUPS), Parameters.of(new Changed(List.copyOf(tasks),
                List.copyOf(units), List.copyOf(documents)))).list(r -> RecordMapper.map(r, Group.class)));
        return out;
    }

    /**
     * Stores again the conflicts of the measures {@code whole} (none for a measure that no longer exists), and of the
     * other measures in the {@code groups} only.
     */
    static void refresh(SimpleQueryRunner tx, CypherQueries queries, Collection<String> whole,
                        Collection<Group> groups) {
        long start = System.nanoTime();
        Set<String> wholeIds = new LinkedHashSet<>(whole);
        Map<List<@Nullable String>, Set<String>> measures = new TreeMap<>(PLACE_ORDER);
        for (Group g : groups) {
            if (!wholeIds.contains(g.measure())) {
                List<@Nullable String> place = Arrays.asList(g.region(), g.region() == null ? g.document() : null);
                measures.computeIfAbsent(place, p -> new TreeSet<>()).add(g.measure());
            }
        }
        if (!wholeIds.isEmpty() || !measures.isEmpty()) {
            List<GroupRow> rows = new ArrayList<>();
            measures.forEach((place, ids) -> rows.add(new GroupRow(place.get(0), place.get(1), List.copyOf(ids))));
            tx.run(queries.write(WriteQuery.CONFLICTS_REFRESH), Parameters.of(new Refresh(List.copyOf(wholeIds),
                    rows))).consume();
        }
        if (log.isDebugEnabled()) {
            log.debug("Stored again the conflicts of {} measures whole and of {} groups in {} regions or plans: {} ms",
                    whole.size(), groups.size(), measures.size(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Stores again the conflicts of these measures whole (none for a measure that no longer exists). */
    static void refresh(SimpleQueryRunner tx, CypherQueries queries, Collection<String> measureIds) {
        refresh(tx, queries, measureIds, List.of());
    }

    /** Deletes at most {@code limit} stored conflicts whose measure does not exist; returns how many. */
    static long deleteOrphaned(SimpleQueryRunner tx, CypherQueries queries, long limit) {
        return deleteSome(tx, queries, true, limit);
    }

    /** Builds every conflict from the rule when they were not built by this {@link #VERSION} (or never). */
    static void build(Driver driver, CypherQueries queries) {
        String version;
        try (var session = driver.session()) {
            version = session.executeRead(tx -> tx.run(queries.read(ReadQuery.GRAPH_STATE),
                    Parameters.of(new StateKey(STATE))).list(r -> RecordMapper.map(r, Version.class))).get(0)
                    .version();
        }
        if (!VERSION.equals(version)) {
            rebuild(driver, queries);
        }
    }

    /**
     * Deletes every stored conflict and stores those of every measure again, in transactions of {@link #BATCH}
     * measures; the version is recorded last, so an interrupted build is done again at the next start.
     */
    static void rebuild(Driver driver, CypherQueries queries) {
        long start = System.nanoTime();
        try (var session = driver.session()) {
            while (session.executeWrite(tx -> deleteSome(tx, queries, false, BATCH * 10L)) == BATCH * 10L) {
                // bounded transactions
            }
            String after = "";
            long measures = 0;
            while (true) {
                String from = after;
                List<String> ids = session.executeRead(tx -> tx.run(queries.read(ReadQuery.MEASURE_IDS_PAGE),
                        Parameters.of(new IdPage(from, BATCH))).list(r -> RecordMapper.map(r, Id.class))).stream()
                        .map(Id::id).toList();
                if (ids.isEmpty()) {
                    break;
                }
                session.executeWrite(tx -> {
                    refresh(tx, queries, ids);
                    return null;
                });
                measures += ids.size();
                after = ids.get(ids.size() - 1);
            }
            session.executeWrite(tx -> tx.run(queries.write(WriteQuery.GRAPH_STATE_SET),
                    Parameters.of(new State(STATE, VERSION))).consume());
            log.info("Stored the ownership conflicts of {} measures in {} ms", measures,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static long deleteSome(SimpleQueryRunner tx, CypherQueries queries, boolean orphaned, long limit) {
        return tx.run(queries.write(WriteQuery.CONFLICTS_DELETE_SOME), Parameters.of(new DeleteSome(orphaned, limit)))
                .list(r -> RecordMapper.map(r, Deleted.class)).get(0).deleted();
    }
}
