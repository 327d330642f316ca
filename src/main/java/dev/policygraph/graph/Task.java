package dev.policygraph.graph;

import java.time.Instant;
import java.time.LocalDate;
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
    /** Key | title key when it is in its document's duplicate sketch (looked up by index), else null. */
    private @Nullable String sketchKey;
    /** The last day it is due by, for a deadline of kind DATE. */
    private @Nullable LocalDate dueDate;
    private @Nullable DueKind dueKind;
    /** The first day the task is overdue: the day after a dated deadline, unless it is done; null otherwise. */
    private @Nullable LocalDate overdueFrom;
    private ProgressStatus status = ProgressStatus.NOT_STARTED;
    private @Nullable String progressNote;
    private @Nullable LocalDate progressAsOf;
    private @Nullable String progressBy;
    private @Nullable Instant progressAt;

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

    public @Nullable String getSketchKey() {
        return sketchKey;
    }

    /** Marks the task as one of its document's duplicate sketch, under key | title key. */
    public void setSketchKey(@Nullable String sketchKey) {
        this.sketchKey = sketchKey;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public @Nullable DueKind getDueKind() {
        return dueKind;
    }

    /** Sets the deadline as read from the plan: a date (kind DATE), a recurring or continuing duty, or none. */
    public void setDue(@Nullable DueKind kind, @Nullable LocalDate date) {
        if (kind == DueKind.DATE && date == null) {
            throw new IllegalArgumentException("A dated deadline needs its date (task " + getId() + ")");
        }
        this.dueKind = kind;
        this.dueDate = kind == DueKind.DATE ? date : null;
        this.overdueFrom = overdueFrom();
    }

    /**
     * The one rule of lateness: a task is overdue from the day after a dated deadline until it is done. Recurring and
     * continuing duties, and tasks without a deadline, never are. Stored with the task so that queries compare it
     * with today ({@code overdueFrom <= today}) and can use an index. The parser only reads the deadline (ingest.Due);
     * this is the only place lateness is decided ({@code loading.OverdueRuleTest}).
     */
    private @Nullable LocalDate overdueFrom() {
        return dueKind == DueKind.DATE && dueDate != null && status != ProgressStatus.DONE ? dueDate.plusDays(1) : null;
    }

    public @Nullable LocalDate getOverdueFrom() {
        return overdueFrom;
    }

    /** True when the task is overdue on {@code today} (see {@link #overdueFrom()}). */
    public boolean isOverdueOn(LocalDate today) {
        return overdueFrom != null && !today.isBefore(overdueFrom);
    }

    public ProgressStatus getStatus() {
        return status == null ? ProgressStatus.NOT_STARTED : status;
    }

    /** The note of the last progress report, if any. */
    public @Nullable String getProgressNote() {
        return progressNote;
    }

    /** The day the last progress report speaks for. */
    public @Nullable LocalDate getProgressAsOf() {
        return progressAsOf;
    }

    /** Who made the last progress report. */
    public @Nullable String getProgressBy() {
        return progressBy;
    }

    /** When the last progress report was made. */
    public @Nullable Instant getProgressAt() {
        return progressAt;
    }

    /** Records where the task stands; a report for an earlier day than the last one's does not replace it. */
    public void reportProgress(ProgressStatus status, @Nullable String note, LocalDate asOf, String by, Instant at) {
        if (progressAsOf != null && asOf.isBefore(progressAsOf)) {
            return;
        }
        this.status = status;
        this.progressNote = note;
        this.progressAsOf = asOf;
        this.progressBy = by;
        this.progressAt = at;
        this.overdueFrom = overdueFrom();
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
        return assignAt(unit, role, nextPosition(role == Role.LEAD ? leads : coResponsibilities));
    }

    /** Makes {@code unit} responsible in {@code role} at the given position (the place of a unit merged into it). */
    Responsibility assignAt(Unit unit, Role role, int position) {
        if (role == Role.LEAD) {
            Lead lead = new Lead(unit, this, position);
            leads.add(lead);
            unit.getLeads().add(lead);
            return lead;
        }
        CoResponsibility co = new CoResponsibility(unit, this, position);
        coResponsibilities.add(co);
        unit.getCoResponsibilities().add(co);
        return co;
    }

    /**
     * Ends {@code unit}'s responsibility in {@code role}; returns false when it had none. The other units keep their
     * positions.
     */
    public boolean unassign(Unit unit, Role role) {
        List<? extends Responsibility> all = role == Role.LEAD ? leads : coResponsibilities;
        Responsibility found = all.stream().filter(r -> r.getUnit().equals(unit)).findFirst().orElse(null);
        if (found == null) {
            return false;
        }
        all.remove(found);
        (role == Role.LEAD ? unit.getLeads() : unit.getCoResponsibilities()).remove(found);
        return true;
    }

    /** True when {@code unit} is responsible for the task in {@code role}. */
    public boolean isAssigned(Unit unit, Role role) {
        return (role == Role.LEAD ? leads : coResponsibilities).stream().anyMatch(r -> r.getUnit().equals(unit));
    }

    private static int nextPosition(List<? extends Responsibility> all) {
        return all.stream().mapToInt(Responsibility::getPosition).max().orElse(-1) + 1;
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
