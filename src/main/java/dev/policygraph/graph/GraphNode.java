package dev.policygraph.graph;

import java.util.Objects;
import org.neo4j.ogm.annotation.Id;

/**
 * A node with an assigned id. The id is its identity: two instances with the same class and id are equal, whichever
 * session or query produced them (GraphQL batch loading keys results by them). Abstract and not annotated, so it
 * gives its subclasses no label of its own.
 */
public abstract class GraphNode {

    @Id
    private String id;

    /** For OGM, which sets the id afterwards. */
    protected GraphNode() {
        this.id = "";
    }

    protected GraphNode(String id) {
        if (id.isBlank()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " needs an id");
        }
        this.id = id;
    }

    public String getId() {
        return id;
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && id.equals(((GraphNode) other).id);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass().getName(), id);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + id + ")";
    }
}
