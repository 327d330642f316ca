package dev.policygraph.graph;

import java.util.List;
import org.neo4j.ogm.annotation.Id;
import org.neo4j.ogm.annotation.NodeEntity;

/** A responsible body, identified by its canonical name within a region scope. */
@NodeEntity("Unit")
public class Unit {

    @Id
    private String id;
    private String name;
    private String scope;
    private List<String> aliases;

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getScope() {
        return scope;
    }

    public List<String> getAliases() {
        return aliases == null ? List.of() : aliases;
    }

    /** The region the name is read in (same as scope). */
    public String getRegion() {
        return scope;
    }
}
