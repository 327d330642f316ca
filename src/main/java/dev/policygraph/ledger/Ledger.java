package dev.policygraph.ledger;

import dev.policygraph.analysis.TaskSearch;
import dev.policygraph.graph.DueKind;
import dev.policygraph.graph.ProgressStatus;
import dev.policygraph.graph.Role;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.TaskKind;
import dev.policygraph.graph.Unit;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.ReadQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rows of the ledger for a filter, read a page at a time (the tasks, then their units for the page alone) so that
 * a ledger of any size streams in bounded memory.
 */
@Component
public class Ledger {

    /** The columns a supervision office uses, in order. */
    public static final List<String> COLUMNS = List.of("序号", "任务", "牵头单位", "配合单位", "完成时限", "进展", "状态");

    static final int PAGE = 500;

    /**
     * Which tasks the ledger lists; null fields do not restrict. Only work tasks (kind task) unless {@code kind}.
     *
     * @param documentId one plan
     * @param unit       a unit's canonical name or printed alias (with region when several regions use it)
     * @param role       how that unit is responsible; either when null
     * @param statuses   in one of these states
     * @param overdue    true for overdue tasks only
     */
    public record Filter(@Nullable String documentId, @Nullable String unit, @Nullable String region,
                         @Nullable Role role, @Nullable Set<ProgressStatus> statuses, @Nullable Boolean overdue,
                         @Nullable LocalDate dueAfter, @Nullable LocalDate dueBefore, @Nullable TaskKind kind) {

        public static Filter all() {
            return new Filter(null, null, null, null, null, null, null, null, null);
        }
    }

    /** One line of the ledger: the cells of {@link #COLUMNS}. */
    public record Row(int number, String task, String leads, String coResponsible, String deadline, String progress,
                      String status) {

        public List<String> cells() {
            return List.of(String.valueOf(number), task, leads, coResponsible, deadline, progress, status);
        }
    }

    record UnitName(String name, @Nullable String region) {
    }

    private final TaskSearch search;
    private final GraphReader graph;

    Ledger(TaskSearch search, GraphReader graph) {
        this.search = search;
        this.graph = graph;
    }

    /** The criteria of the filter: a unit name that names no unit matches nothing; one used in several regions is an error. */
    public TaskSearch.Criteria criteria(Filter f) {
        List<String> unitIds = null;
        if (f.unit() != null && !f.unit().isBlank()) {
            List<Unit> units = graph.list(Unit.class, ReadQuery.UNITS_BY_NAME, new UnitName(f.unit().strip(),
                    f.region() == null || f.region().isBlank() ? null : f.region().strip()));
            if (units.size() > 1) {
                throw new IllegalArgumentException("Unit name '" + f.unit() + "' is used in several regions ("
                        + units.stream().map(Unit::getRegion).collect(Collectors.joining(", "))
                        + "); give the region too");
            }
            unitIds = units.stream().map(Unit::getId).toList();
        }
        return new TaskSearch.Criteria(null, f.documentId(), unitIds, f.role() == null ? Set.of() : Set.of(f.role()),
                null, null, f.statuses(), f.overdue(), f.dueAfter(), f.dueBefore(), null, null, null,
                f.kind() == null ? TaskKind.TASK : f.kind());
    }

    /** Hands every row of the ledger to {@code out}, in document and reading order; returns how many. */
    public int rows(Filter filter, Consumer<Row> out) {
        TaskSearch.Criteria criteria = criteria(filter);
        LocalDate today = search.today();
        int number = 0;
        for (long skip = 0; ; skip += PAGE) {
            List<Task> tasks = search.find(criteria, skip, PAGE);
            if (tasks.isEmpty()) {
                return number;
            }
            List<String> ids = tasks.stream().map(Task::getId).toList();
            Map<String, List<Unit>> leads = graph.grouped(Unit.class, ReadQuery.TASK_LEADS, ids);
            Map<String, List<Unit>> co = graph.grouped(Unit.class, ReadQuery.TASK_CO_RESPONSIBLE, ids);
            for (Task t : tasks) {
                out.accept(new Row(++number, t.getText().isBlank() ? t.getTitle() : t.getText(),
                        names(leads.get(t.getId())), names(co.get(t.getId())), deadline(t), progress(t),
                        status(t, today)));
            }
            if (tasks.size() < PAGE) {
                return number;
            }
        }
    }

    private static String names(@Nullable List<Unit> units) {
        return units == null ? "" : units.stream().map(Unit::getName).collect(Collectors.joining("、"));
    }

    /** The deadline as the plan prints it; else the date read from it; else the kind of duty. */
    static String deadline(Task t) {
        if (t.getDeadline() != null && !t.getDeadline().isBlank()) {
            return t.getDeadline();
        }
        if (t.getDueDate() != null) {
            return t.getDueDate().toString();
        }
        if (t.getDueKind() == DueKind.RECURRING) {
            return "定期";
        }
        return t.getDueKind() == DueKind.CONTINUOUS ? "长期" : "";
    }

    static String progress(Task t) {
        if (t.getProgressAsOf() == null) {
            return "";
        }
        String note = t.getProgressNote() == null ? "" : t.getProgressNote();
        return note + (note.isEmpty() ? "" : " ") + "（截至" + t.getProgressAsOf() + "，" + t.getProgressBy() + "）";
    }

    static String status(Task t, LocalDate today) {
        return t.getStatus().label() + (t.isOverdueOn(today) ? "（逾期）" : "");
    }
}
