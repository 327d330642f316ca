package dev.policygraph.graph;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.neo4j.ogm.annotation.NodeEntity;

/**
 * One write to the graph, as the audit journal records it: who ({@code actor}), what ({@code action} and the fields
 * it uses) and when ({@code at}). Changes are only ever added. The corrections among them ({@link ChangeAction})
 * are also the journal that {@code loading} applies again to a document written anew, so that a coordinator's fix
 * outlives a re-ingest.
 *
 * <p>Unlike every other node, a change names what it is about by id ({@code documentId}, {@code taskId},
 * {@code unitId}, {@code otherUnitId}) rather than by a relationship: it must outlive what it names (a deleted
 * document, a task replaced by a re-ingest, a unit merged away), and a relationship would go with it.
 */
@NodeEntity("Change")
public class Change extends GraphNode {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static long lastMicros;

    private ChangeAction action = ChangeAction.INGEST_DOCUMENT;
    private String actor = "";
    /** UTC, fixed width with microseconds, strictly increasing within a JVM: text order is time order. */
    private String at = "";
    private String summary = "";
    private @Nullable String documentId;
    private @Nullable String taskId;
    private @Nullable String unitId;
    /** The other unit: the one merged into, or the new parent. */
    private @Nullable String otherUnitId;
    private @Nullable Role role;
    private @Nullable ProgressStatus status;
    private @Nullable String note;
    private @Nullable LocalDate asOf;
    private @Nullable String alias;

    Change() {
    }

    private Change(ChangeAction action, String actor, Instant now, String summary) {
        this(action, actor, stamp(now), summary);
    }

    private Change(ChangeAction action, String actor, String at, String summary) {
        super("change/" + at + "/" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000)));
        if (actor.isBlank()) {
            throw new IllegalArgumentException("A change needs the name of who made it");
        }
        this.action = action;
        this.actor = actor;
        this.at = at;
        this.summary = summary;
    }

    /** The time as stored: fixed-width UTC, later than any earlier stamp of this JVM. */
    static synchronized String stamp(Instant now) {
        long micros = Math.max(now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000, lastMicros + 1);
        lastMicros = micros;
        return STAMP.format(Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1_000));
    }

    public static Change ingested(String actor, Instant now, String documentId, String file, String outcome) {
        Change c = new Change(ChangeAction.INGEST_DOCUMENT, actor, now, outcome + " " + documentId + " from " + file);
        c.documentId = documentId;
        return c;
    }

    public static Change deleted(String actor, Instant now, String documentId) {
        Change c = new Change(ChangeAction.DELETE_DOCUMENT, actor, now, "deleted " + documentId);
        c.documentId = documentId;
        return c;
    }

    public static Change assigned(String actor, Instant now, Task task, String documentId, Unit unit, Role role) {
        Change c = new Change(ChangeAction.ASSIGN_RESPONSIBILITY, actor, now,
                "made " + unit.getName() + " " + role.name() + " of " + task.getId());
        c.documentId = documentId;
        c.taskId = task.getId();
        c.unitId = unit.getId();
        c.role = role;
        return c;
    }

    public static Change removed(String actor, Instant now, Task task, String documentId, Unit unit, Role role) {
        Change c = new Change(ChangeAction.REMOVE_RESPONSIBILITY, actor, now,
                "removed " + unit.getName() + " as " + role.name() + " of " + task.getId());
        c.documentId = documentId;
        c.taskId = task.getId();
        c.unitId = unit.getId();
        c.role = role;
        return c;
    }

    public static Change progress(String actor, Instant now, Task task, String documentId, ProgressStatus status,
                                  @Nullable String note, LocalDate asOf) {
        Change c = new Change(ChangeAction.REPORT_PROGRESS, actor, now,
                status.name() + " as of " + asOf + " for " + task.getId());
        c.documentId = documentId;
        c.taskId = task.getId();
        c.status = status;
        c.note = note;
        c.asOf = asOf;
        return c;
    }

    public static Change merged(String actor, Instant now, Unit from, Unit into) {
        Change c = new Change(ChangeAction.MERGE_UNITS, actor, now, "merged " + from.getId() + " into " + into.getId());
        c.unitId = from.getId();
        c.otherUnitId = into.getId();
        return c;
    }

    public static Change aliased(String actor, Instant now, Unit unit, String alias) {
        Change c = new Change(ChangeAction.ADD_UNIT_ALIAS, actor, now, "named " + unit.getId() + " also " + alias);
        c.unitId = unit.getId();
        c.alias = alias;
        return c;
    }

    public static Change parented(String actor, Instant now, Unit unit, @Nullable Unit parent) {
        Change c = new Change(ChangeAction.SET_UNIT_PARENT, actor, now, parent == null
                ? unit.getId() + " reports to no unit" : unit.getId() + " reports to " + parent.getId());
        c.unitId = unit.getId();
        c.otherUnitId = parent == null ? null : parent.getId();
        return c;
    }

    public ChangeAction getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public String getAt() {
        return at;
    }

    public Instant getInstant() {
        return Instant.parse(at);
    }

    /** What happened, in a line. */
    public String getSummary() {
        return summary;
    }

    public @Nullable String getDocumentId() {
        return documentId;
    }

    public @Nullable String getTaskId() {
        return taskId;
    }

    public @Nullable String getUnitId() {
        return unitId;
    }

    public @Nullable String getOtherUnitId() {
        return otherUnitId;
    }

    public @Nullable Role getRole() {
        return role;
    }

    public @Nullable ProgressStatus getStatus() {
        return status;
    }

    public @Nullable String getNote() {
        return note;
    }

    public @Nullable LocalDate getAsOf() {
        return asOf;
    }

    public @Nullable String getAlias() {
        return alias;
    }
}
