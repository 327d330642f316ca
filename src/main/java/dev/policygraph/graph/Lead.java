package dev.policygraph.graph;

import org.neo4j.ogm.annotation.RelationshipEntity;

/** (:Unit)-[:LEADS {position}]->(:Task). */
@RelationshipEntity("LEADS")
public class Lead extends Responsibility {

    Lead() {
    }

    Lead(Unit unit, Task task, int position) {
        super(unit, task, position);
    }

    @Override
    public Role getRole() {
        return Role.LEAD;
    }
}
