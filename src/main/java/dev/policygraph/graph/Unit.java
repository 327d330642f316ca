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
