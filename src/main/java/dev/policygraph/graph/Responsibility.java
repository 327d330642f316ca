package dev.policygraph.graph;

import java.util.Objects;
import org.neo4j.ogm.annotation.EndNode;
import org.neo4j.ogm.annotation.GeneratedValue;
import org.neo4j.ogm.annotation.Id;
import org.neo4j.ogm.annotation.StartNode;
import org.jspecify.annotations.Nullable;

/**
 * A unit's responsibility for a task: a LEADS or CO_RESPONSIBLE_FOR relationship with the position at which the
 * plan lists the unit. One per (unit, task, role): that is its identity.
 */
public abstract class Responsibility {

    @Id
    @GeneratedValue
    private @Nullable Long id;
    @StartNode
    private Unit unit;
    @EndNode
    private Task task;
    private int position;

    /** For OGM, which sets the fields afterwards. */
    Responsibility() {
    }

    Responsibility(Unit unit, Task task, int position) {
        this.unit = unit;
        this.task = task;
        this.position = position;
    }

    public abstract Role getRole();

    public Unit getUnit() {
        return unit;
    }

    public Task getTask() {
        return task;
    }

    /** 0 for the first unit the plan lists in this role. */
    public int getPosition() {
        return position;
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof Responsibility r && r.getRole() == getRole() && r.unit.equals(unit)
                && r.task.equals(task);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getRole(), unit, task);
    }

    @Override
    public String toString() {
        return unit.getId() + " -" + getRole() + "-> " + task.getId();
    }
}
