package dev.policygraph.graph;

import org.neo4j.ogm.annotation.Id;
import org.neo4j.ogm.annotation.NodeEntity;

/** A heading of a document (一、 / (一) / 实施项目N). */
@NodeEntity("Section")
public class Section {

    @Id
    private String id;
    private String documentId;
    private String parentId;
    private String path;
    private String number;
    private String title;
    private Long level;
    private String kind;
    private Boolean inferredNumber;
    private Long position;

    public String getId() {
        return id;
    }

    public String getDocumentId() {
        return documentId;
    }

    public String getParentId() {
        return parentId;
    }

    public String getPath() {
        return path;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public Long getLevel() {
        return level;
    }

    public String getKind() {
        return kind;
    }

    public Boolean getInferredNumber() {
        return inferredNumber;
    }

    public Long getPosition() {
        return position;
    }
}
