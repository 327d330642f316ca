package dev.policygraph.persistence;

import dev.policygraph.graph.Task;
import dev.policygraph.graph.Unit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.ogm.drivers.bolt.transaction.BoltTransaction;
import org.neo4j.ogm.session.Session;
import org.neo4j.ogm.session.SessionFactory;
import org.neo4j.ogm.transaction.Transaction;
import org.springframework.stereotype.Component;

/**
 * Loads and saves single entities of {@code dev.policygraph.graph} and the small subgraphs around them through OGM:
 * the way edits of a few nodes and relationships reach the graph (whole documents are written in bulk by
 * {@link GraphWriter}). {@code depth} is OGM's: 0 for the entity alone, 1 with its relationships and neighbours, and
 * so on. Saving or deleting a task keeps the task tallies and the units' workloads ({@link TaskTally}) in the same
 * transaction, and saving a unit with its relationships counts its workload again; saving a task or
 * a unit with its relationships (depth 1 or more: its leads may change), or deleting one, stores again the ownership
 * conflicts of the tasks concerned in their measures (their groups, {@link OwnershipConflicts}), last in the
 * transaction.
 */
@Component
public class GraphEntities {

    /** Loads and saves within one session and transaction. */
    public interface Edit {

        <T> Optional<T> load(Class<T> type, String id, int depth);

        /**
         * Saves the entity and what it reaches to {@code depth}: relationships removed from what this edit loaded are
         * deleted, new ones created.
         */
        void save(Object entity, int depth);

        /** Deletes the entity and its relationships. */
        void delete(Object entity);
    }

    private final SessionFactory sessions;
    private final CypherQueries queries;

    GraphEntities(SessionFactory sessions, CypherQueries queries) {
        this.sessions = sessions;
        this.queries = queries;
    }

    /** The entity with this id and its relationships to {@code depth}, if there is one. */
    public <T> Optional<T> load(Class<T> type, String id, int depth) {
        Session session = sessions.openSession();
        try (Transaction tx = session.beginTransaction(Transaction.Type.READ_ONLY)) {
            Optional<T> found = Optional.ofNullable(session.load(type, id, depth));
            tx.commit();
            return found;
        } catch (RuntimeException e) {
            throw QueryDeadline.translate(e);
        }
    }

    /** Runs {@code work} in one write transaction: all its saves are in the graph afterwards, or none when it throws. */
    public <R> R edit(Function<Edit, R> work) {
        Session session = sessions.openSession();
        try (Transaction tx = session.beginTransaction(Transaction.Type.READ_WRITE)) {
            // the tallies are written in the edit's transaction, beside OGM (see TaskTally.add)
            SimpleQueryRunner driverTx = ((BoltTransaction) tx).nativeBoltTransaction();
            // what the edit touched, for the stored conflicts (OwnershipConflicts): the groups of the tasks saved,
            // and of the tasks the units saved lead, before and after; of the tasks and units deleted, before
            Set<String> tasks = new LinkedHashSet<>();
            Set<String> units = new LinkedHashSet<>();
            Set<OwnershipConflicts.Group> groups = new LinkedHashSet<>();
            R result = work.apply(new Edit() {
                @Override
                public <T> Optional<T> load(Class<T> type, String id, int depth) {
                    return Optional.ofNullable(session.load(type, id, depth));
                }

                @Override
                public void save(Object entity, int depth) {
                    // a task's counts move from its stored state to its new one (TaskTally)
                    List<String> task = entity instanceof Task t ? List.of(t.getId()) : List.of();
                    if (!task.isEmpty()) {
                        TaskTally.add(driverTx, queries, TaskTally.tasks(task, -1));
                    }
                    if (depth > 0) {
                        // the tasks a unit leads before the save, which may take some of its LEADS away
                        groups.addAll(OwnershipConflicts.groupsOf(driverTx, queries, task,
                                entity instanceof Unit u ? List.of(u.getId()) : List.of(), List.of()));
                    }
                    session.save(entity, depth);
                    if (!task.isEmpty()) {
                        TaskTally.add(driverTx, queries, TaskTally.tasks(task, 1));
                    }
                    if (depth > 0 && entity instanceof Unit u) {
                        TaskTally.recountUnits(driverTx, queries, List.of(u.getId()));
                    }
                    if (depth > 0) {
                        tasks.addAll(task);
                        if (entity instanceof Unit u) {
                            units.add(u.getId());
                        }
                    }
                }

                @Override
                public void delete(Object entity) {
                    if (entity instanceof Task t) {
                        TaskTally.add(driverTx, queries, TaskTally.tasks(List.of(t.getId()), -1));
                        groups.addAll(OwnershipConflicts.groupsOf(driverTx, queries, List.of(t.getId()), List.of(),
                                List.of()));
                    }
                    if (entity instanceof Unit u) {
                        // the measures of the tasks it leads, read before its LEADS go with it
                        groups.addAll(OwnershipConflicts.groupsOf(driverTx, queries, List.of(),
                                List.of(u.getId()), List.of()));
                    }
                    session.delete(entity);
                }
            });
            groups.addAll(OwnershipConflicts.groupsOf(driverTx, queries, tasks, units, List.of()));
            OwnershipConflicts.refresh(driverTx, queries, List.of(), groups);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            throw QueryDeadline.translate(e);
        }
    }
}
