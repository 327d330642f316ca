package dev.policygraph.graph;

import org.jspecify.annotations.Nullable;
import org.neo4j.ogm.annotation.typeconversion.Convert;
import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Relationship;

/**
 * A quantified target (到2027年 普惠性幼儿园比例 >= 95%). Its document sets it; so does its task, when a task states it.
 */
@NodeEntity("Target")
public class Target extends GraphNode {

    private String text = "";
    private String metric = "";
    @Convert(Comparator.Converter.class)
    private Comparator comparator = Comparator.EQUAL;
    private double value;
    /** %, 所, 个, 人 ... or "" when the value has no unit. */
    private String unit = "";
    private @Nullable Integer year;
    private int position;

    @Relationship(type = "SETS_TARGET", direction = Relationship.Direction.INCOMING)
    private @Nullable Document document;
    @Relationship(type = "SETS_TARGET", direction = Relationship.Direction.INCOMING)
    private @Nullable Task task;

    Target() {
    }

    /**
     * @param year     the year the target is due, or null
     * @param position reading order within the document
     */
    public Target(String id, String text, String metric, Comparator comparator, double value, String unit,
                  @Nullable Integer year, int position) {
        super(id);
        this.text = text;
        this.metric = metric;
        this.comparator = comparator;
        this.value = value;
        this.unit = unit;
        this.year = year;
        this.position = position;
    }

    public String getText() {
        return text;
    }

    public String getMetric() {
        return metric;
    }

    public Comparator getComparator() {
        return comparator;
    }

    public double getValue() {
        return value;
    }

    public String getUnit() {
        return unit;
    }

    public @Nullable Integer getYear() {
        return year;
    }

    public int getPosition() {
        return position;
    }

    public @Nullable Document getDocument() {
        return document;
    }

    void setDocument(Document document) {
        this.document = document;
    }

    /** The task stating it; null for a goal of the document as a whole. */
    public @Nullable Task getTask() {
        return task;
    }

    void setTask(Task task) {
        this.task = task;
    }
}
