package dev.policygraph.loading;

import dev.policygraph.graph.Change;
import dev.policygraph.graph.ChangeAction;
import dev.policygraph.graph.Document;
import dev.policygraph.graph.Issuance;
import dev.policygraph.graph.Responsibility;
import dev.policygraph.graph.Role;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.Unit;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.ReadQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Applies the coordinators' corrections again to documents about to be written anew (a re-ingest, a changed file,
 * a parse by a newer parser), so that a fix is not undone by parsing the plan again. The corrections are the
 * {@link Change}s of the audit journal whose action {@link ChangeAction#isCorrection() is one}: those of units
 * (merges, aliases, parents) hold for every document naming the unit and are applied first; those of the
 * document's tasks (responsibilities assigned or removed, progress) follow in the order they were made, with units
 * merged away read as the unit they were merged into. Each is applied by the same model method as the edit that
 * recorded it ({@link Task#assign}, {@link Task#unassign}, {@link Task#reportProgress}, {@link Unit#mergeInto},
 * {@link Unit#setParent}). A correction made before a document was deleted no longer applies to it; one whose task or
 * unit the new version lacks is reported as a warning of the document.
 */
@Component
class Corrections {

    record Journal(List<String> ids, List<String> actions) {
    }

    record Actions(List<String> actions) {
    }

    private static final List<String> OF_TASKS = Arrays.stream(ChangeAction.values())
            .filter(a -> a.isCorrection() && !a.concernsUnits()).map(Enum::name).toList();
    private static final List<String> OF_UNITS = Arrays.stream(ChangeAction.values())
            .filter(ChangeAction::concernsUnits).map(Enum::name).toList();

    private final GraphReader graph;

    Corrections(GraphReader graph) {
        this.graph = graph;
    }

    /** Applies the corrections to the documents; returns, by document id, those that no longer apply. */
    Map<String, List<String>> apply(List<Document> documents) {
        Map<String, List<String>> notApplied = new HashMap<>();
        if (documents.isEmpty()) {
            return notApplied;
        }
        List<Change> ofUnits = graph.list(Change.class, ReadQuery.CHANGES_BY_ACTION, new Actions(OF_UNITS));
        List<Change> ofTasks = graph.list(Change.class, ReadQuery.CHANGES_OF_DOCUMENTS,
                new Journal(documents.stream().map(Document::getId).toList(), OF_TASKS));
        if (ofUnits.isEmpty() && ofTasks.isEmpty()) {
            return notApplied;
        }
        Map<String, String> mergedInto = new HashMap<>();
        ofUnits.stream().filter(c -> c.getAction() == ChangeAction.MERGE_UNITS)
                .forEach(c -> mergedInto.put(c.getUnitId(), c.getOtherUnitId()));
        for (Document d : documents) {
            List<String> problems = new ArrayList<>();
            Units units = new Units(d, mergedInto);
            ofUnits.forEach(c -> applyToUnits(c, units, problems));
            ofTasks.stream().filter(c -> d.getId().equals(c.getDocumentId()))
                    .forEach(c -> applyToTask(c, d, units, problems));
            if (!problems.isEmpty()) {
                notApplied.put(d.getId(), problems);
            }
        }
        return notApplied;
    }

    private void applyToUnits(Change c, Units units, List<String> problems) {
        Unit unit = units.inModel(c.getUnitId());
        if (unit == null) {
            return;
        }
        switch (c.getAction()) {
            case MERGE_UNITS -> {
                Unit into = units.find(c.getOtherUnitId());
                if (into == null || into.equals(unit)) {
                    problems.add(noLonger(c, "the unit it was merged into is gone"));
                } else {
                    unit.mergeInto(into);
                    units.replaced(unit, into);
                }
            }
            case ADD_UNIT_ALIAS -> unit.addAlias(c.getAlias());
            case SET_UNIT_PARENT -> {
                Unit parent = c.getOtherUnitId() == null ? null : units.find(c.getOtherUnitId());
                if (c.getOtherUnitId() != null && parent == null) {
                    problems.add(noLonger(c, "the parent unit is gone"));
                    return;
                }
                try {
                    unit.setParent(parent);
                } catch (IllegalArgumentException e) {
                    problems.add(noLonger(c, e.getMessage()));
                }
            }
            default -> throw new IllegalStateException("Not a correction of units: " + c.getAction());
        }
    }

    private void applyToTask(Change c, Document d, Units units, List<String> problems) {
        Task task = d.getTasks().stream().filter(t -> t.getId().equals(c.getTaskId())).findFirst().orElse(null);
        if (task == null) {
            problems.add(noLonger(c, "this version of the document has no task " + c.getTaskId()));
            return;
        }
        switch (c.getAction()) {
            case ASSIGN_RESPONSIBILITY, REMOVE_RESPONSIBILITY -> {
                Unit unit = units.find(c.getUnitId());
                Role role = c.getRole();
                if (unit == null || role == null) {
                    problems.add(noLonger(c, "the unit is gone"));
                } else if (c.getAction() == ChangeAction.REMOVE_RESPONSIBILITY) {
                    task.unassign(unit, role);
                } else if (!task.isAssigned(unit, role)) {
                    task.assign(unit, role);
                    units.add(unit);
                }
            }
            case REPORT_PROGRESS -> task.reportProgress(c.getStatus(), c.getNote(), c.getAsOf(), c.getActor(),
                    c.getInstant());
            default -> throw new IllegalStateException("Not a correction of tasks: " + c.getAction());
        }
    }

    private static String noLonger(Change c, String why) {
        return "a correction no longer applies (" + c.getSummary() + " by " + c.getActor() + " at " + c.getAt()
                + "): " + why;
    }

    /**
     * The units of one document's model by id, and those of the graph it needs besides (loaded once each). An id
     * merged away stands for the unit it was merged into.
     */
    private final class Units {

        private final Map<String, Unit> byId = new LinkedHashMap<>();
        private final Map<String, String> mergedInto;

        Units(Document d, Map<String, String> mergedInto) {
            this.mergedInto = mergedInto;
            for (Task t : d.getTasks()) {
                for (Role role : Role.values()) {
                    t.getResponsibilities(role).stream().map(Responsibility::getUnit).forEach(this::add);
                }
            }
            d.getIssuances().stream().map(Issuance::getUnit).forEach(this::add);
        }

        void add(Unit unit) {
            for (Unit u = unit; u != null && !byId.containsKey(u.getId()); u = u.getParent()) {
                byId.put(u.getId(), u);
            }
        }

        /** The unit of the model with this id, if the document names it. */
        @Nullable Unit inModel(@Nullable String id) {
            return id == null ? null : byId.get(id);
        }

        /** The unit with this id (or the one it was merged into): the model's, else the graph's, else null. */
        @Nullable Unit find(@Nullable String id) {
            String current = id;
            for (int hops = 0; current != null && mergedInto.containsKey(current) && hops < 100; hops++) {
                current = mergedInto.get(current);
            }
            if (current == null) {
                return null;
            }
            Unit unit = byId.get(current);
            if (unit == null) {
                unit = graph.byIds(Unit.class, ReadQuery.UNITS_BY_ID, List.of(current)).stream().findFirst()
                        .orElse(null);
                if (unit != null) {
                    byId.put(current, unit);
                }
            }
            return unit;
        }

        void replaced(Unit from, Unit into) {
            byId.remove(from.getId());
            add(into);
        }
    }
}
