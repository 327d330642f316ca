package dev.policygraph.graph;

import java.util.List;
import org.neo4j.ogm.annotation.Id;

/**
 * A node named within a region: its id is region/canonical name, and it keeps every name it was printed as.
 * Abstract and not annotated, so it gives its subclasses no label of its own.
 */
public abstract class NamedInRegion {

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

    /** The region the name is read in (same as scope). */
    public String getRegion() {
        return scope;
    }

    public List<String> getAliases() {
        return aliases == null ? List.of() : aliases;
    }
}
