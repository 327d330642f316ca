package dev.policygraph.graph;

import java.util.ArrayList;
import java.util.List;
import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Relationship;

/** A school named in a plan, scoped by region; abbreviations are kept as aliases (衢职院). */
@NodeEntity("School")
public class School extends NamedInRegion {

    @Relationship(type = "NAMES", direction = Relationship.Direction.INCOMING)
    private List<Task> tasks = new ArrayList<>();
    @Relationship(type = "NAMES", direction = Relationship.Direction.INCOMING)
    private List<Document> documents = new ArrayList<>();

    School() {
    }

    public School(String scope, String name) {
        super(scope, name);
    }

    /** Tasks whose text names it. */
    public List<Task> getTasks() {
        return tasks;
    }

    /** Documents that name it. */
    public List<Document> getDocuments() {
        return documents;
    }
}
