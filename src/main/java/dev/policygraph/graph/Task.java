package dev.policygraph.graph;

import org.neo4j.ogm.annotation.Id;
import org.neo4j.ogm.annotation.NodeEntity;

/** A numbered task of a document. Units that lead it or share responsibility point at it. */
@NodeEntity("Task")
public class Task {

    @Id
    private String id;
    private String documentId;
    private String sectionId;
    private String key;
    private String kind;
    private String number;
    private String title;
    private String titleKey;
    private String text;
    private String clause;
    private String deadline;
    private Boolean leadByConvention;
    private Long position;

    public String getId() {
        return id;
    }

    public String getDocumentId() {
        return documentId;
    }

    public String getSectionId() {
        return sectionId;
    }

    public String getKey() {
        return key;
    }

    public String getKind() {
        return kind;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getTitleKey() {
        return titleKey;
    }

    public String getText() {
        return text;
    }

    public String getClause() {
        return clause;
    }

    public String getDeadline() {
        return deadline;
    }

    public Boolean getLeadByConvention() {
        return leadByConvention;
    }

    public Long getPosition() {
        return position;
    }
}
