package dev.policygraph.graph;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.neo4j.ogm.annotation.EndNode;
import org.neo4j.ogm.annotation.GeneratedValue;
import org.neo4j.ogm.annotation.Id;
import org.neo4j.ogm.annotation.RelationshipEntity;
import org.neo4j.ogm.annotation.StartNode;

/** (:Document)-[:ISSUED_BY {position}]->(:Unit): one of the bodies that issued a document, in the order printed. */
@RelationshipEntity("ISSUED_BY")
public class Issuance {

    @Id
    @GeneratedValue
    private @Nullable Long id;
    @StartNode
    private Document document;
    @EndNode
    private Unit unit;
    private int position;

    /** For OGM, which sets the fields afterwards. */
    Issuance() {
    }

    Issuance(Document document, Unit unit, int position) {
        this.document = document;
        this.unit = unit;
        this.position = position;
    }

    public Document getDocument() {
        return document;
    }

    public Unit getUnit() {
        return unit;
    }

    public int getPosition() {
        return position;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Issuance i && i.document.equals(document) && i.unit.equals(unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(document, unit);
    }
}
