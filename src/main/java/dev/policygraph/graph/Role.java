package dev.policygraph.graph;

/** How a unit is responsible for a task, and the relationship type that says so. */
public enum Role {
    /** The unit leads the task (牵头单位, or the first listed 责任单位 by convention): (:Unit)-[:LEADS]->(:Task). */
    LEAD("LEADS"),
    /** The unit shares responsibility (责任单位 / 配合单位): (:Unit)-[:CO_RESPONSIBLE_FOR]->(:Task). */
    CO_RESPONSIBLE("CO_RESPONSIBLE_FOR");

    private final String relationshipType;

    Role(String relationshipType) {
        this.relationshipType = relationshipType;
    }

    public String relationshipType() {
        return relationshipType;
    }
}
