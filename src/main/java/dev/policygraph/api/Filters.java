package dev.policygraph.api;

import dev.policygraph.analysis.TaskSearch;
import dev.policygraph.graph.Unit;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.ReadQuery;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns the API's filters into search criteria: unit names into the ids of the units they name. */
@Component
class Filters {

    record UnitName(String name, @Nullable String region) {
    }

    private final GraphReader graph;

    Filters(GraphReader graph) {
        this.graph = graph;
    }

    TaskSearch.Criteria tasks(@Nullable TaskFilterInput filter) {
        TaskFilterInput f = filter == null ? TaskFilterInput.NONE : filter;
        if (f.dueAfter() != null && f.dueBefore() != null && f.dueAfter().isAfter(f.dueBefore())) {
            throw new InvalidRequestException("dueAfter " + f.dueAfter() + " is after dueBefore " + f.dueBefore());
        }
        // the units named are found by the search's statement itself (cypher/include/tasks-matching)
        TaskSearch.UnitName unitName = f.unit() == null ? null
                : new TaskSearch.UnitName(f.unit().strip(), blankToNull(f.region()));
        return new TaskSearch.Criteria(f.text(), f.documentId(), null, f.role() == null ? Set.of() : Set.of(f.role()),
                f.orphan(), null, f.status() == null || f.status().isEmpty() ? null : EnumSet.copyOf(f.status()),
                f.overdue(), f.dueAfter(), f.dueBefore(),
                f.dueKind() == null || f.dueKind().isEmpty() ? null : EnumSet.copyOf(f.dueKind()), f.hasTargets(),
                f.leadByConvention(), f.kind(), unitName);
    }

    /** The ids of the units called {@code name}, canonically or as printed, within {@code region} when given. */
    List<String> unitIds(String name, @Nullable String region) {
        return unitsNamed(name, region).stream().map(Unit::getId).toList();
    }

    List<Unit> unitsNamed(String name, @Nullable String region) {
        return graph.list(Unit.class, ReadQuery.UNITS_BY_NAME, new UnitName(name.strip(), blankToNull(region)));
    }

    /** The one unit called {@code name}; a name several regions use is an error listing them. */
    @Nullable Unit unit(String name, @Nullable String region) {
        return one(unitsNamed(name, region), name);
    }

    /** The one unit found for {@code name}, or null; several (of different regions) is an error listing them. */
    static @Nullable Unit one(List<Unit> found, String name) {
        if (found.size() > 1) {
            throw new InvalidRequestException("Unit name '" + name + "' is used in several regions ("
                    + found.stream().map(Unit::getRegion).collect(Collectors.joining(", "))
                    + "); give region to choose one");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
