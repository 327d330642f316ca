package dev.policygraph.graph;

import org.neo4j.ogm.annotation.Id;
import org.neo4j.ogm.annotation.NodeEntity;

/** A quantified target (到2027年 普惠性幼儿园比例 >= 95%). */
@NodeEntity("Target")
public class Target {

    @Id
    private String id;
    private String documentId;
    private String taskId;
    private String text;
    private String metric;
    private String comparator;
    private Double value;
    private String unit;
    private Long year;

    public String getId() {
        return id;
    }

    public String getDocumentId() {
        return documentId;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getText() {
        return text;
    }

    public String getMetric() {
        return metric;
    }

    public String getComparator() {
        return comparator;
    }

    public Double getValue() {
        return value;
    }

    public String getUnit() {
        return unit;
    }

    public Long getYear() {
        return year;
    }
}
