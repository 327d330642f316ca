package dev.policygraph.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * A node named within a region: its id is region/canonical name ({@link #idOf}), and it keeps every name it was
 * printed as. Abstract and not annotated, so it gives its subclasses no label of its own.
 */
public abstract class NamedInRegion extends GraphNode {

    private String name = "";
    private String scope = "";
    private List<String> aliases = new ArrayList<>();

    NamedInRegion() {
    }

    NamedInRegion(String scope, String name) {
        super(idOf(scope, name));
        this.name = name;
        this.scope = scope;
    }

    /** The id of the node called {@code name} in region {@code scope}: scope/name, or the name without a scope. */
    public static String idOf(String scope, String name) {
        return scope.isEmpty() ? name : scope + "/" + name;
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

    /** Records a name it was printed as (once). */
    public void addAlias(String printed) {
        if (aliases == null) {
            aliases = new ArrayList<>();
        }
        if (!aliases.contains(printed)) {
            aliases.add(printed);
        }
    }
}
