package dev.policygraph.graph;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Relationship;

/** A government body or other responsible unit, scoped by region (衢州市/衢州市教育局). */
@NodeEntity("Unit")
public class Unit extends NamedInRegion {

    @Relationship("REPORTS_TO")
    private @Nullable Unit parent;
    @Relationship(type = "REPORTS_TO", direction = Relationship.Direction.INCOMING)
    private List<Unit> children = new ArrayList<>();
    @Relationship("LEADS")
    private List<Lead> leads = new ArrayList<>();
    @Relationship("CO_RESPONSIBLE_FOR")
    private List<CoResponsibility> coResponsibilities = new ArrayList<>();
    @Relationship(type = "ISSUED_BY", direction = Relationship.Direction.INCOMING)
    private List<Issuance> issued = new ArrayList<>();

    Unit() {
    }

    public Unit(String scope, String name) {
        super(scope, name);
    }

    /** The body it reports to (its people's government or party committee), when known. */
    public @Nullable Unit getParent() {
        return parent;
    }

    public void reportTo(Unit parent) {
        this.parent = parent;
        if (!parent.children.contains(this)) {
            parent.children.add(this);
        }
    }

    /**
     * Makes {@code newParent} the body it reports to, in place of the one it had; null for none. A unit cannot report
     * to itself or to a unit below it.
     */
    public void setParent(@Nullable Unit newParent) {
        for (Unit up = newParent; up != null; up = up.parent) {
            if (up.equals(this)) {
                throw new IllegalArgumentException(getName() + " cannot report to " + newParent.getName()
                        + ", which reports to it");
            }
        }
        if (parent != null) {
            parent.children.remove(this);
        }
        parent = null;
        if (newParent != null) {
            reportTo(newParent);
        }
    }

    /**
     * Merges this unit into {@code into}: its responsibilities (where {@code into} has none in the same role on the
     * same task, at their positions), issuances and the units reporting to it move to {@code into}, which keeps this
     * unit's name and aliases as aliases of its own. This unit is left without relationships, to be deleted.
     */
    public void mergeInto(Unit into) {
        if (into.equals(this)) {
            throw new IllegalArgumentException("A unit cannot be merged into itself: " + getName());
        }
        into.addAlias(getName());
        getAliases().forEach(into::addAlias);
        for (Lead lead : List.copyOf(leads)) {
            move(lead, into);
        }
        for (CoResponsibility co : List.copyOf(coResponsibilities)) {
            move(co, into);
        }
        for (Issuance issuance : List.copyOf(issued)) {
            Document document = issuance.getDocument();
            document.getIssuances().remove(issuance);
            issued.remove(issuance);
            if (!document.getIssuers().contains(into)) {
                Issuance moved = new Issuance(document, into, issuance.getPosition());
                document.getIssuances().add(moved);
                into.issued.add(moved);
            }
        }
        for (Unit child : List.copyOf(children)) {
            if (!child.equals(into)) {
                child.setParent(into);
            } else {
                child.setParent(null);
            }
        }
        if (parent != null && into.parent == null && !parent.equals(into)) {
            into.reportTo(parent);
        }
        setParent(null);
    }

    private void move(Responsibility r, Unit into) {
        Task task = r.getTask();
        Role role = r.getRole();
        task.unassign(this, role);
        if (!task.isAssigned(into, role)) {
            task.assignAt(into, role, r.getPosition());
        }
    }

    public List<Unit> getChildren() {
        return children;
    }

    public List<Lead> getLeads() {
        return leads;
    }

    public List<CoResponsibility> getCoResponsibilities() {
        return coResponsibilities;
    }

    public List<Issuance> getIssued() {
        return issued;
    }
}
