package dev.policygraph.graph;

import org.jspecify.annotations.Nullable;
import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Relationship;

/** The text a document was parsed from, on a node of its own so that reading documents stays light. */
@NodeEntity("DocumentSource")
public class DocumentSource extends GraphNode {

    private String text = "";

    @Relationship(type = "HAS_SOURCE", direction = Relationship.Direction.INCOMING)
    private @Nullable Document document;

    DocumentSource() {
    }

    DocumentSource(String id, String text) {
        super(id);
        this.text = text;
    }

    public String getText() {
        return text;
    }

    public @Nullable Document getDocument() {
        return document;
    }
}
