package dev.policygraph.graph;

import org.neo4j.ogm.annotation.RelationshipEntity;

/** (:Unit)-[:CO_RESPONSIBLE_FOR {position}]->(:Task). */
@RelationshipEntity("CO_RESPONSIBLE_FOR")
public class CoResponsibility extends Responsibility {

    CoResponsibility() {
    }

    CoResponsibility(Unit unit, Task task, int position) {
        super(unit, task, position);
    }

    @Override
    public Role getRole() {
        return Role.CO_RESPONSIBLE;
    }
}
