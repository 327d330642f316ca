package dev.policygraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.neo4j.ogm.annotation.typeconversion.Convert;
import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Relationship;

/**
 * A numbered item of a document; its id is document id / key. Units that lead it or share it point at it.
 */
@NodeEntity("Task")
public class Task extends GraphNode {

    /** Section path / number within the document ({@code 二、(一)/3}); just the number at the top. */
    private String key = "";
    @Convert(TaskKind.Converter.class)
    private TaskKind kind = TaskKind.TASK;
    private String number = "";
    private String title = "";
    /** The title reduced for comparison (no spaces, no punctuation). */
    private String titleKey = "";
    private String text = "";
    private @Nullable String clause;
    private @Nullable String deadline;
    private boolean leadByConvention;
    private int position;

    @Relationship(type = "HAS_TASK", direction = Relationship.Direction.INCOMING)
    private @Nullable Document document;
    @Relationship(type = "CONTAINS", direction = Relationship.Direction.INCOMING)
    private @Nullable Section section;
    @Relationship(type = "LEADS", direction = Relationship.Direction.INCOMING)
    private List<Lead> leads = new ArrayList<>();
    @Relationship(type = "CO_RESPONSIBLE_FOR", direction = Relationship.Direction.INCOMING)
    private List<CoResponsibility> coResponsibilities = new ArrayList<>();
    @Relationship("NAMES")
    private List<School> schools = new ArrayList<>();
    @Relationship("SETS_TARGET")
    private List<Target> targets = new ArrayList<>();

    Task() {
    }

    /**
     * @param clause           the responsibility clause as printed, or null
     * @param deadline         when the task is due, as its clause prints it, or null
     * @param leadByConvention true when no lead was labelled and the first listed unit was taken as lead
     * @param position         reading order within the document
     */
    public Task(String id, String key, TaskKind kind, String number, String title, String titleKey, String text,
                @Nullable String clause, @Nullable String deadline, boolean leadByConvention, int position) {
        super(id);
        this.key = key;
        this.kind = kind;
        this.number = number;
        this.title = title;
        this.titleKey = titleKey;
        this.text = text;
        this.clause = clause;
        this.deadline = deadline;
        this.leadByConvention = leadByConvention;
        this.position = position;
    }

    public String getKey() {
        return key;
    }

    public TaskKind getKind() {
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

    public @Nullable String getClause() {
        return clause;
    }

    public @Nullable String getDeadline() {
        return deadline;
    }

    public boolean getLeadByConvention() {
        return leadByConvention;
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

    public @Nullable Section getSection() {
        return section;
    }

    void setSection(Section section) {
        this.section = section;
    }

    /** The responsibilities of the given role, in the order printed. */
    public List<? extends Responsibility> getResponsibilities(Role role) {
        List<? extends Responsibility> all = role == Role.LEAD ? leads : coResponsibilities;
        return all.stream().sorted(Comparator.comparingInt(Responsibility::getPosition)).toList();
    }

    /** Lead units in the order printed. */
    public List<Unit> getLeads() {
        return units(Role.LEAD);
    }

    /** Co-responsible units in the order printed. */
    public List<Unit> getCoResponsible() {
        return units(Role.CO_RESPONSIBLE);
    }

    private List<Unit> units(Role role) {
        return getResponsibilities(role).stream().map(Responsibility::getUnit).toList();
    }

    /** Makes {@code unit} responsible in {@code role}, after the units already responsible in it. */
    public Responsibility assign(Unit unit, Role role) {
        if (role == Role.LEAD) {
            Lead lead = new Lead(unit, this, leads.size());
            leads.add(lead);
            unit.getLeads().add(lead);
            return lead;
        }
        CoResponsibility co = new CoResponsibility(unit, this, coResponsibilities.size());
        coResponsibilities.add(co);
        unit.getCoResponsibilities().add(co);
        return co;
    }

    public List<School> getSchools() {
        return schools;
    }

    public void addSchool(School school) {
        if (!schools.contains(school)) {
            schools.add(school);
            school.getTasks().add(this);
        }
    }

    public List<Target> getTargets() {
        return targets;
    }

    public void addTarget(Target target) {
        targets.add(target);
        target.setTask(this);
    }
}
