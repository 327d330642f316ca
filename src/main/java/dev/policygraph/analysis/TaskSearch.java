package dev.policygraph.analysis;

import dev.policygraph.graph.DueKind;
import dev.policygraph.graph.ProgressStatus;
import dev.policygraph.graph.Role;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.Target;
import dev.policygraph.graph.TaskKind;
import dev.policygraph.graph.Unit;
import dev.policygraph.persistence.GraphQueries;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.ReadQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds tasks by text, document, responsible units and role, missing responsibility, progress, lateness, deadline,
 * targets and kind: one sorted page at a time, their number or their counts by a dimension only when asked. Every
 * such query includes cypher/include/tasks-matching.cypher, the one home of the filter and of the definition of an
 * orphan (a task of kind task that no unit leads or shares): {@link #orphans} and {@link #orphanIds} ask it too.
 */
@Component
public class TaskSearch {

    /**
     * What to look for; null fields do not restrict.
     *
     * @param text             words of the title or text (CJK full-text, matched as a phrase)
     * @param documentId       one document
     * @param unitIds          tasks some of these units are responsible for (an empty list matches nothing)
     * @param roles            in one of these roles (only with unitIds)
     * @param orphan           true for orphans only, false for the other tasks
     * @param taskIds          only these tasks
     * @param statuses         in one of these progress states
     * @param overdue          true for overdue tasks only (on the clock's today), false for the others
     * @param dueFrom          due on or after this day (dated deadlines only)
     * @param dueTo            due on or before this day (dated deadlines only)
     * @param dueKinds         with a deadline of one of these kinds
     * @param hasTargets       true for tasks stating a quantified target, false for the others
     * @param leadByConvention true for tasks whose lead is the first listed unit by convention, false for the others
     * @param kind             of this kind only
     * @param unitName         instead of unitIds, the units of this name (canonically or as printed, within its
     *                         region when given), found by the search's own statement
     */
    public record Criteria(@Nullable String text, @Nullable String documentId, @Nullable List<String> unitIds,
                           Set<Role> roles, @Nullable Boolean orphan, @Nullable List<String> taskIds,
                           @Nullable Set<ProgressStatus> statuses, @Nullable Boolean overdue,
                           @Nullable LocalDate dueFrom, @Nullable LocalDate dueTo, @Nullable Set<DueKind> dueKinds,
                           @Nullable Boolean hasTargets, @Nullable Boolean leadByConvention,
                           @Nullable TaskKind kind, @Nullable UnitName unitName) {

        public Criteria {
            roles = roles.isEmpty() ? EnumSet.allOf(Role.class) : EnumSet.copyOf(roles);
            statuses = statuses == null || statuses.isEmpty() ? null : EnumSet.copyOf(statuses);
            dueKinds = dueKinds == null || dueKinds.isEmpty() ? null : EnumSet.copyOf(dueKinds);
            text = text == null || text.isBlank() ? null : text.strip();
            if (unitName != null && unitIds != null) {
                throw new IllegalArgumentException("Units are named by their ids or by a name, not both");
            }
        }

        /** Criteria naming units by their ids (or none). */
        public Criteria(@Nullable String text, @Nullable String documentId, @Nullable List<String> unitIds,
                        Set<Role> roles, @Nullable Boolean orphan, @Nullable List<String> taskIds,
                        @Nullable Set<ProgressStatus> statuses, @Nullable Boolean overdue,
                        @Nullable LocalDate dueFrom, @Nullable LocalDate dueTo, @Nullable Set<DueKind> dueKinds,
                        @Nullable Boolean hasTargets, @Nullable Boolean leadByConvention, @Nullable TaskKind kind) {
            this(text, documentId, unitIds, roles, orphan, taskIds, statuses, overdue, dueFrom, dueTo, dueKinds,
                    hasTargets, leadByConvention, kind, null);
        }

        /** The criteria of the filter before issue 10: text, document, units and roles, orphans, ids. */
        public Criteria(@Nullable String text, @Nullable String documentId, @Nullable List<String> unitIds,
                        Set<Role> roles, @Nullable Boolean orphan, @Nullable List<String> taskIds) {
            this(text, documentId, unitIds, roles, orphan, taskIds, null, null, null, null, null, null, null, null,
                    null);
        }

        public static Criteria any() {
            return new Criteria(null, null, null, Set.of(), null, null);
        }

        /** The same criteria, also requiring overdue to be {@code value}. */
        public Criteria withOverdue(boolean value) {
            return new Criteria(text, documentId, unitIds, roles, orphan, taskIds, statuses, value, dueFrom, dueTo,
                    dueKinds, hasTargets, leadByConvention, kind, unitName);
        }
    }

    /** Units by name (canonically or as printed), within {@code region} when not null: those of every region else. */
    public record UnitName(String name, @Nullable String region) {
    }

    /** How to order tasks. */
    public enum Sort {
        /** Document id, then reading order. */
        DOCUMENT,
        /** Due date (tasks without a dated deadline last). */
        DEADLINE,
        /** The number as printed, numerically where it is a number. */
        NUMBER,
        /** The name of the first lead unit (tasks without a lead last). */
        LEAD
    }

    /** The lists of a task a page can read with it (cypher/include/task-lists.cypher). */
    public enum TaskList {
        LEADS("leads"), CO_RESPONSIBLE("coResponsible"), TARGETS("targets");

        private final String column;

        TaskList(String column) {
            this.column = column;
        }

        /** The GraphQL field of Task, and the column of task-lists. */
        public String column() {
            return column;
        }
    }

    /** A task of a page and those of its lists that were asked for (null when not). */
    public record Row(Task task, @Nullable List<Unit> leads, @Nullable List<Unit> coResponsible,
                      @Nullable List<Target> targets) {
    }

    /** What tasks count by (see tasks-count-by.cypher). */
    public enum Dimension { DOCUMENT, REGION, KIND, STATUS, OVERDUE, DUE_YEAR }

    /** What the task tallies count by (task-tally.cypher). */
    private static final Set<Dimension> TALLIED = EnumSet.of(Dimension.KIND, Dimension.STATUS, Dimension.OVERDUE,
            Dimension.DUE_YEAR);

    /** A group of tasks and its size; {@code key} is null for the tasks without a value. */
    public record Count(@Nullable String key, @Nullable String label, long count) {
    }

    record Total(long count) {
    }

    /** The parameters of tasks-matching.cypher, and of the queries that include it. */
    record Parameters(String start, @Nullable String query, @Nullable List<String> taskIds,
                      @Nullable String documentId, @Nullable List<String> unitIds, List<String> relationshipTypes,
                      @Nullable Boolean orphan, @Nullable List<String> statuses, @Nullable Boolean overdue,
                      String today, @Nullable String dueFrom, @Nullable String dueTo, @Nullable List<String> dueKinds,
                      @Nullable Boolean hasTargets, @Nullable Boolean leadByConvention, @Nullable String kind,
                      String sort, boolean descending, long skip, long limit, @Nullable String dimension, long top,
                      List<String> unitRoles, List<String> lists, @Nullable String name, @Nullable String region) {
    }

    private final GraphQueries queries;
    private final Clock clock;

    TaskSearch(GraphQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The tasks matching {@code c} after the first {@code skip}, at most {@code limit}, in {@code sort} order. */
    public List<Task> find(Criteria c, Sort sort, boolean descending, long skip, long limit) {
        return find(c, sort, descending, skip, limit, Set.of()).stream().map(Row::task).toList();
    }

    /**
     * The page of {@link #find(Criteria, Sort, boolean, long, long)} with the lists of its tasks named in
     * {@code lists}, read in the same statement (lists not named are null).
     */
    public List<Row> find(Criteria c, Sort sort, boolean descending, long skip, long limit, Set<TaskList> lists) {
        // without an index to start from, document order is read in index order and stops at the page's end
        ReadQuery query = sort == Sort.DOCUMENT && !descending && start(c).equals("all")
                ? ReadQuery.TASKS_PAGE_IN_ORDER : ReadQuery.TASKS_PAGE;
        Parameters p = parameters(c, sort, descending, skip, limit, Dimension.DOCUMENT, 0, Set.of(),
                lists.stream().map(TaskList::column).toList());
        // the page's tasks and lists are made from their nodes' properties, not by OGM (the larger part of its time)
        return queries.entityRows(query, p).stream()
                .map(r -> new Row((Task) r.get("node"), GraphReader.entities(r.get("leads"), Unit.class),
                        GraphReader.entities(r.get("coResponsible"), Unit.class),
                        GraphReader.entities(r.get("targets"), Target.class)))
                .toList();
    }

    /** The tasks matching {@code c} in document and reading order. */
    public List<Task> find(Criteria c, long skip, long limit) {
        return find(c, Sort.DOCUMENT, false, skip, limit);
    }

    /**
     * How many tasks match {@code c}: without a filter from the count store, with one of kind, states and lateness
     * only from the task tallies (kept at write time), otherwise from the tasks.
     */
    public long count(Criteria c) {
        if (tallied(c) && c.kind() == null && c.statuses() == null && c.overdue() == null) {
            return queries.single(ReadQuery.TASKS_COUNT_ALL, Map.of(), Total.class).count();
        }
        if (tallied(c)) {
            return count(c, tallies());
        }
        return queries.single(ReadQuery.TASKS_COUNT, parameters(c, Sort.DOCUMENT, false, 0, 0, Dimension.DOCUMENT, 0,
                Set.of()), Total.class).count();
    }

    /**
     * The tasks matching {@code c} counted by {@code dimension}: the {@code top} largest groups, largest first. By
     * kind, state, lateness and deadline year with a filter of kind, states and lateness only, the task tallies
     * answer without reading a task.
     */
    public List<Count> countBy(Criteria c, Dimension dimension, int top) {
        if (tallied(c) && TALLIED.contains(dimension)) {
            return countBy(c, dimension, top, tallies());
        }
        return queries.list(ReadQuery.TASKS_COUNT_BY, parameters(c, Sort.DOCUMENT, false, 0, 0, dimension, top,
                Set.of()), Count.class);
    }

    /**
     * A task tally (task-tallies.cypher): how many tasks have this kind, state of progress, overdue day and deadline
     * year ('' for none).
     */
    public record Tally(String kind, String status, String overdueFrom, String dueYear, long count) {
    }

    /** Every task tally that counts tasks: one statement, which {@link #count(Criteria, List)} and
     * {@link #countBy(Criteria, Dimension, int, List)} count from, as often as a request needs. */
    public List<Tally> tallies() {
        return queries.list(ReadQuery.TASK_TALLIES, Map.of(), Tally.class);
    }

    /**
     * Whether the task tallies can count by {@code dimension} what {@code c} matches: {@link #tallied(Criteria)} and
     * a dimension they hold (kind, state, lateness, deadline year; or none, for the total).
     */
    public static boolean tallied(Criteria c, @Nullable Dimension dimension) {
        return tallied(c) && (dimension == null || TALLIED.contains(dimension));
    }

    /** How many tasks match {@code c} by the tallies, which must count it ({@link #tallied(Criteria)}). */
    public long count(Criteria c, List<Tally> tallies) {
        String today = today().toString();
        return tallies.stream().filter(t -> matches(c, t, today)).mapToLong(Tally::count).sum();
    }

    /**
     * The tasks matching {@code c} counted by {@code dimension} from the tallies, which must count them ({@link
     * #tallied(Criteria, Dimension)}): the {@code top} largest groups, largest first, then by key (null last).
     */
    public List<Count> countBy(Criteria c, Dimension dimension, int top, List<Tally> tallies) {
        if (!tallied(c, dimension)) {
            throw new IllegalArgumentException("The task tallies do not count by " + dimension + " with " + c);
        }
        String today = today().toString();
        Map<Optional<String>, Long> groups = new HashMap<>();
        for (Tally t : tallies) {
            if (matches(c, t, today)) {
                String key = switch (dimension) {
                    case KIND -> t.kind();
                    case STATUS -> t.status();
                    case OVERDUE -> String.valueOf(overdue(t, today));
                    default -> t.dueYear();
                };
                groups.merge(Optional.ofNullable(key == null || key.isEmpty() ? null : key), t.count(), Long::sum);
            }
        }
        return groups.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Optional<String>, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(e -> e.getKey().orElse(null), Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(top)
                .map(e -> new Count(e.getKey().orElse(null), null, e.getValue()))
                .toList();
    }

    /** Whether the tasks of a tally are of the kind, in one of the states and overdue or not as {@code c} asks. */
    private static boolean matches(Criteria c, Tally t, String today) {
        return t.count() > 0
                && (c.kind() == null || c.kind().code().equals(t.kind()))
                && (c.statuses() == null || c.statuses().stream().anyMatch(s -> s.name().equals(t.status())))
                && (c.overdue() == null || c.overdue() == overdue(t, today));
    }

    /** Overdue on {@code today} (ISO): from the tally's overdue day on, as Task.isOverdueOn and tasks-conditions. */
    private static boolean overdue(Tally t, String today) {
        return t.overdueFrom() != null && !t.overdueFrom().isEmpty() && t.overdueFrom().compareTo(today) <= 0;
    }

    /** Whether the task tallies can count what {@code c} matches: it asks for nothing but kind, states and lateness. */
    static boolean tallied(Criteria c) {
        return c.text() == null && c.documentId() == null && c.unitIds() == null && c.unitName() == null
                && c.orphan() == null
                && c.taskIds() == null && c.dueFrom() == null && c.dueTo() == null && c.dueKinds() == null
                && c.hasTargets() == null && c.leadByConvention() == null;
    }

    /** The tasks matching {@code c} counted by the units responsible in one of {@code roles} (any when empty). */
    public List<Count> countByUnit(Criteria c, Set<Role> roles, int top) {
        return queries.list(ReadQuery.TASKS_COUNT_BY_UNIT, parameters(c, Sort.DOCUMENT, false, 0, 0,
                Dimension.DOCUMENT, top, roles.isEmpty() ? EnumSet.allOf(Role.class) : roles), Count.class);
    }

    /** Orphan tasks in document and reading order; of one document when {@code documentId} is not null. */
    public List<Task> orphans(@Nullable String documentId) {
        return orphans(documentId, 0, Integer.MAX_VALUE);
    }

    /** The orphans of {@link #orphans(String)} after the first {@code skip}, at most {@code limit}. */
    public List<Task> orphans(@Nullable String documentId, long skip, long limit) {
        return find(new Criteria(null, documentId, null, Set.of(), true, null), skip, limit);
    }

    /** The ids of the orphans among these tasks. */
    public Set<String> orphanIds(Collection<String> taskIds) {
        Criteria c = new Criteria(null, null, null, Set.of(), true, List.copyOf(taskIds));
        return find(c, 0, taskIds.size()).stream().map(Task::getId).collect(Collectors.toSet());
    }

    /** The day the clock says it is: what overdue is measured against. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Parameters parameters(Criteria c, Sort sort, boolean descending, long skip, long limit,
                                  @Nullable Dimension dimension, long top, Set<Role> unitRoles) {
        return parameters(c, sort, descending, skip, limit, dimension, top, unitRoles, List.of());
    }

    private Parameters parameters(Criteria c, Sort sort, boolean descending, long skip, long limit,
                                  @Nullable Dimension dimension, long top, Set<Role> unitRoles, List<String> lists) {
        return new Parameters(start(c), c.text() == null ? null : phrase(c.text()), c.taskIds(), c.documentId(),
                c.unitIds(), c.roles().stream().map(Role::relationshipType).toList(), c.orphan(),
                c.statuses() == null ? null : c.statuses().stream().map(Enum::name).toList(), c.overdue(),
                today().toString(), text(c.dueFrom()), text(c.dueTo()),
                c.dueKinds() == null ? null : c.dueKinds().stream().map(Enum::name).toList(), c.hasTargets(),
                c.leadByConvention(), c.kind() == null ? null : c.kind().code(), sort.name(), descending, skip, limit,
                dimension == null ? null : dimension.name(), top, unitRoles.stream().map(Role::relationshipType).toList(),
                lists, c.unitName() == null ? null : c.unitName().name(),
                c.unitName() == null ? null : c.unitName().region());
    }

    /**
     * Where the query starts: the most selective index the criteria allow. Words, ids, units and a document name few
     * tasks; overdue tasks and a deadline range come from range indexes; a status from its index.
     */
    static String start(Criteria c) {
        if (c.text() != null) {
            return "text";
        }
        if (c.taskIds() != null) {
            return "ids";
        }
        if (c.unitIds() != null || c.unitName() != null) {
            return "units";
        }
        if (c.documentId() != null) {
            return "document";
        }
        if (Boolean.TRUE.equals(c.overdue())) {
            return "overdue";
        }
        if (c.dueFrom() != null || c.dueTo() != null) {
            return "due";
        }
        if (c.statuses() != null) {
            return "status";
        }
        return "all";
    }

    private static @Nullable String text(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** The text as one Lucene phrase, so that 学前教育 matches those four characters in a row. */
    static String phrase(String text) {
        return "\"" + text.strip().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
