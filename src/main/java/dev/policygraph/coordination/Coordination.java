package dev.policygraph.coordination;

import dev.policygraph.graph.Change;
import dev.policygraph.graph.Document;
import dev.policygraph.graph.ProgressStatus;
import dev.policygraph.graph.Role;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.Unit;
import dev.policygraph.persistence.GraphEntities;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.GraphWriter;
import dev.policygraph.persistence.ReadQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The coordinators' edits. Each one checks its input, then loads the few entities it changes, changes them with the
 * model's own methods and saves them with its {@link Change} in one transaction; a check that fails returns a
 * {@link UserError} and changes nothing. The same model methods apply the corrections again when a document is
 * ingested anew (loading.Corrections).
 */
@Component
public class Coordination {

    static final int MAX_NOTE = 2000;
    static final int MAX_NAME = 100;

    /** A check that failed: becomes the edit's {@link UserError}, before or inside the transaction (rolled back). */
    static final class Refusal extends RuntimeException {

        final @Nullable String field;

        Refusal(String message, @Nullable String field) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    record Keys(List<String> keys) {
    }

    record UnitName(String name, @Nullable String region) {
    }

    private final GraphEntities entities;
    private final GraphReader graph;
    private final GraphWriter writer;
    private final Clock clock;

    Coordination(GraphEntities entities, GraphReader graph, GraphWriter writer, Clock clock) {
        this.entities = entities;
        this.graph = graph;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Makes the unit responsible for the task in the role. The unit is looked up in the task's document's region (or
     * in {@code region}); a name not found there becomes a unit of that region.
     */
    public Edited<Task> assign(String actor, String taskId, String unitRef, @Nullable String region, Role role) {
        return edit(() -> {
            Task stored = task(taskId);
            String scope = region != null && !region.isBlank() ? region.strip() : regionOf(stored);
            // looked up in the task's region (or the one given): a plan's 区教委 is its own district's
            Unit found = unitOrNull(unitRef, "unit", scope.isEmpty() ? null : scope, scope);
            String name = name(unitRef, "unit");
            return entities.edit(edit -> {
                Task task = edit.load(Task.class, taskId, 1).orElseThrow(() -> noTask(taskId));
                Unit unit = found == null ? new Unit(scope, name)
                        : edit.load(Unit.class, found.getId(), 0).orElseThrow(() -> noUnit(unitRef, "unit"));
                if (found == null) {
                    unit.addAlias(name);
                }
                if (task.isAssigned(unit, role)) {
                    throw new Refusal(unit.getName() + " is already " + role.name() + " of task " + taskId, "unit");
                }
                task.assign(unit, role);
                edit.save(task, 1);
                edit.save(Change.assigned(actor, now(), task, documentOf(task), unit, role), 0);
                return task;
            });
        });
    }

    /** Ends the unit's responsibility for the task in the role, or in both roles when {@code role} is null. */
    public Edited<Task> remove(String actor, String taskId, String unitRef, @Nullable String region,
                               @Nullable Role role) {
        return edit(() -> {
            Task stored = task(taskId);
            Unit found = unit(unitRef, "unit", region, regionOf(stored));
            return entities.edit(edit -> {
                Task task = edit.load(Task.class, taskId, 1).orElseThrow(() -> noTask(taskId));
                Unit unit = edit.load(Unit.class, found.getId(), 0).orElseThrow(() -> noUnit(unitRef, "unit"));
                Instant now = now();
                boolean any = false;
                for (Role r : role == null ? List.of(Role.values()) : List.of(role)) {
                    if (task.unassign(unit, r)) {
                        any = true;
                        edit.save(Change.removed(actor, now, task, documentOf(task), unit, r), 0);
                    }
                }
                if (!any) {
                    throw new Refusal(unit.getName() + " is not " + (role == null ? "responsible for"
                            : role.name() + " of") + " task " + taskId, "unit");
                }
                edit.save(task, 1);
                return task;
            });
        });
    }

    /** Records where the task stands as of a day (today when null; never a future day). */
    public Edited<Task> reportProgress(String actor, String taskId, ProgressStatus status, @Nullable String note,
                                       @Nullable LocalDate asOf) {
        return edit(() -> {
            LocalDate today = LocalDate.now(clock);
            LocalDate day = asOf == null ? today : asOf;
            if (day.isAfter(today)) {
                throw new Refusal("asOf " + day + " is in the future (today is " + today + ")", "asOf");
            }
            String text = note == null || note.isBlank() ? null : note.strip();
            if (text != null && text.length() > MAX_NOTE) {
                throw new Refusal("The note has " + text.length() + " characters; at most " + MAX_NOTE, "note");
            }
            task(taskId);
            return entities.edit(edit -> {
                Task task = edit.load(Task.class, taskId, 1).orElseThrow(() -> noTask(taskId));
                if (task.getProgressAsOf() != null && day.isBefore(task.getProgressAsOf())) {
                    throw new Refusal("The task has a report as of " + task.getProgressAsOf() + ", later than "
                            + day, "asOf");
                }
                Instant now = now();
                task.reportProgress(status, text, day, actor, now);
                edit.save(task, 0);
                edit.save(Change.progress(actor, now, task, documentOf(task), status, text, day), 0);
                return task;
            });
        });
    }

    /** Merges {@code from} into {@code into}: see {@link Unit#mergeInto}; {@code from} is deleted. */
    public Edited<Unit> merge(String actor, String fromRef, String intoRef, @Nullable String region) {
        return edit(() -> {
            Unit from = unit(fromRef, "from", region, null);
            Unit into = unit(intoRef, "into", region, null);
            if (from.equals(into)) {
                throw new Refusal(fromRef + " and " + intoRef + " are the same unit", "into");
            }
            if (chainOf(into).contains(from.getId())) {
                throw new Refusal(into.getName() + " reports to " + from.getName() + "; give it another parent first "
                        + "(setUnitParent)", "into");
            }
            return entities.edit(edit -> {
                Unit stored = edit.load(Unit.class, from.getId(), 1).orElseThrow(() -> noUnit(fromRef, "from"));
                Unit target = edit.load(Unit.class, into.getId(), 1).orElseThrow(() -> noUnit(intoRef, "into"));
                stored.mergeInto(target);
                edit.save(target, 1);
                edit.delete(stored);
                edit.save(Change.merged(actor, now(), stored, target), 0);
                return target;
            });
        });
    }

    /** Records another name the unit is printed as. */
    public Edited<Unit> addAlias(String actor, String unitRef, @Nullable String region, String alias) {
        return edit(() -> {
            Unit found = unit(unitRef, "unit", region, null);
            String name = name(alias, "alias");
            if (found.getName().equals(name) || found.getAliases().contains(name)) {
                throw new Refusal(found.getName() + " is already called " + name, "alias");
            }
            List<Unit> others = graph.list(Unit.class, ReadQuery.UNITS_BY_NAME, new UnitName(name, found.getScope()));
            if (others.stream().anyMatch(u -> !u.equals(found) && u.getScope().equals(found.getScope()))) {
                throw new Refusal(name + " already names another unit of " + found.getScope()
                        + "; merge the two units instead", "alias");
            }
            return entities.edit(edit -> {
                Unit unit = edit.load(Unit.class, found.getId(), 0).orElseThrow(() -> noUnit(unitRef, "unit"));
                unit.addAlias(name);
                edit.save(unit, 0);
                edit.save(Change.aliased(actor, now(), unit, name), 0);
                return unit;
            });
        });
    }

    /** Sets the body the unit reports to; none when {@code parentRef} is null. */
    public Edited<Unit> setParent(String actor, String unitRef, @Nullable String region, @Nullable String parentRef) {
        return edit(() -> {
            Unit found = unit(unitRef, "unit", region, null);
            Unit parent = parentRef == null || parentRef.isBlank() ? null
                    : unit(parentRef, "parent", region, found.getScope());
            if (parent != null && chainOf(parent).contains(found.getId())) {
                throw new Refusal(parent.equals(found) ? found.getName() + " cannot report to itself"
                        : found.getName() + " cannot report to " + parent.getName() + ", which reports to it", "parent");
            }
            return entities.edit(edit -> {
                Unit unit = edit.load(Unit.class, found.getId(), 1).orElseThrow(() -> noUnit(unitRef, "unit"));
                Unit newParent = parent == null ? null
                        : edit.load(Unit.class, parent.getId(), 1).orElseThrow(() -> noUnit(parentRef, "parent"));
                unit.setParent(newParent);
                edit.save(unit, 1);
                edit.save(Change.parented(actor, now(), unit, newParent), 0);
                return unit;
            });
        });
    }

    /** Deletes the document and what is only its own; returns its id. */
    public Edited<String> deleteDocument(String actor, String documentId) {
        return edit(() -> {
            if (writer.delete(List.of(documentId), new GraphWriter.Audit(actor, now())) == 0) {
                throw new Refusal("There is no document " + documentId, "id");
            }
            return documentId;
        });
    }

    private <T> Edited<T> edit(Supplier<T> work) {
        try {
            return Edited.done(work.get());
        } catch (Refusal r) {
            return Edited.refused(r.getMessage(), r.field);
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private Task task(String taskId) {
        return graph.byIds(Task.class, ReadQuery.TASKS_BY_ID, List.of(taskId)).stream().findFirst()
                .orElseThrow(() -> noTask(taskId));
    }

    private String regionOf(Task task) {
        return graph.single(Document.class, ReadQuery.TASK_DOCUMENT, List.of(task.getId())).values().stream()
                .findFirst().map(d -> d.getRegion() == null ? "" : d.getRegion()).orElse("");
    }

    private static String documentOf(Task task) {
        if (task.getDocument() == null) {
            throw new IllegalStateException("Task " + task.getId() + " has no document");
        }
        return task.getDocument().getId();
    }

    private List<String> chainOf(Unit unit) {
        return graph.grouped(Unit.class, ReadQuery.UNIT_CHAIN, List.of(unit.getId())).get(unit.getId()).stream()
                .map(Unit::getId).toList();
    }

    /** The unit by id, else by canonical name or alias, of {@code region} (or preferably of {@code preferred}). */
    private Unit unit(String ref, String field, @Nullable String region, @Nullable String preferred) {
        Unit found = unitOrNull(ref, field, region, preferred);
        if (found == null) {
            throw noUnit(ref, field);
        }
        return found;
    }

    private @Nullable Unit unitOrNull(String ref, String field, @Nullable String region, @Nullable String preferred) {
        String name = name(ref, field);
        List<Unit> byId = graph.byIds(Unit.class, ReadQuery.UNITS_BY_ID, List.of(name));
        if (!byId.isEmpty()) {
            return byId.get(0);
        }
        String in = region == null || region.isBlank() ? null : region.strip();
        List<Unit> named = graph.list(Unit.class, ReadQuery.UNITS_BY_NAME, new UnitName(name, in));
        if (named.size() > 1 && preferred != null) {
            List<Unit> local = named.stream().filter(u -> u.getScope().equals(preferred)).toList();
            if (local.size() == 1) {
                return local.get(0);
            }
        }
        if (named.size() > 1) {
            throw new Refusal("Unit name '" + name + "' is used in several regions ("
                    + named.stream().map(Unit::getRegion).collect(Collectors.joining(", "))
                    + "); give region to choose one", field);
        }
        return named.isEmpty() ? null : named.get(0);
    }

    private static String name(String text, String field) {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty()) {
            throw new Refusal(field + " must not be empty", field);
        }
        if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new Refusal(field + " must be a name of at most " + MAX_NAME + " characters on one line", field);
        }
        return name;
    }

    private static Refusal noTask(String taskId) {
        return new Refusal("There is no task " + taskId, "taskId");
    }

    private static Refusal noUnit(String ref, String field) {
        return new Refusal("There is no unit called " + ref, field);
    }
}
