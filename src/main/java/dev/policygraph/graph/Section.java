package dev.policygraph.graph;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.neo4j.ogm.annotation.typeconversion.Convert;
import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Relationship;

/**
 * A heading of a document (一、 / (一) / 实施项目N). A top-level section hangs off its document, a lower one off its
 * parent section; its id is document id / path.
 */
@NodeEntity("Section")
public class Section extends GraphNode {

    private String path = "";
    private String number = "";
    private String title = "";
    private int level;
    @Convert(TaskKind.Converter.class)
    private TaskKind kind = TaskKind.OTHER;
    private boolean inferredNumber;
    private int position;

    @Relationship(type = "HAS_SECTION", direction = Relationship.Direction.INCOMING)
    private @Nullable Document document;
    @Relationship(type = "HAS_SUBSECTION", direction = Relationship.Direction.INCOMING)
    private @Nullable Section parent;
    @Relationship("HAS_SUBSECTION")
    private List<Section> subsections = new ArrayList<>();
    @Relationship("CONTAINS")
    private List<Task> tasks = new ArrayList<>();

    Section() {
    }

    /**
     * @param path           the numbers from the top down, e.g. 二、(一); unique within the document
     * @param number         this heading's own number as printed
     * @param level          1 for 一、, 2 for (一), 3 for 实施项目N
     * @param kind           what the top-level section above it is about
     * @param inferredNumber true when the document printed the heading without its number
     * @param position       reading order within the document
     */
    public Section(String id, String path, String number, String title, int level, TaskKind kind,
                   boolean inferredNumber, int position) {
        super(id);
        this.path = path;
        this.number = number;
        this.title = title;
        this.level = level;
        this.kind = kind;
        this.inferredNumber = inferredNumber;
        this.position = position;
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

    public int getLevel() {
        return level;
    }

    public TaskKind getKind() {
        return kind;
    }

    public boolean getInferredNumber() {
        return inferredNumber;
    }

    public int getPosition() {
        return position;
    }

    /** The document, for a top-level section; null for a subsection (see its parent). */
    public @Nullable Document getDocument() {
        return document;
    }

    void setDocument(Document document) {
        this.document = document;
    }

    public @Nullable Section getParent() {
        return parent;
    }

    public List<Section> getSubsections() {
        return subsections;
    }

    public void addSubsection(Section section) {
        subsections.add(section);
        section.parent = this;
    }

    public List<Task> getTasks() {
        return tasks;
    }

    public void addTask(Task task) {
        tasks.add(task);
        task.setSection(this);
    }
}
