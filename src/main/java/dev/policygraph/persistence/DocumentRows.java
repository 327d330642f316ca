package dev.policygraph.persistence;

import dev.policygraph.graph.Document;
import dev.policygraph.graph.Issuance;
import dev.policygraph.graph.NamedInRegion;
import dev.policygraph.graph.Responsibility;
import dev.policygraph.graph.Role;
import dev.policygraph.graph.School;
import dev.policygraph.graph.Section;
import dev.policygraph.graph.Target;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Documents of {@code dev.policygraph.graph} as the {@code $rows} of the bulk write queries (cypher/write) for a whole
 * batch: the units and schools they name (merged first, being shared across documents), then one row per document
 * with everything that is its own nested in it, then the REPORTS_TO links between units. A {@code node} is exactly
 * the properties of its entity, so that OGM reads back what was written; within a document, parts refer to each
 * other by their position in its lists.
 */
record DocumentRows(List<NamedRow> units, List<NamedRow> schools, List<DocumentRow> documents,
                    List<ReportsToRow> reportsTo) {

    /** A unit or school: merged by id, its aliases added. */
    record NamedRow(String id, String name, String scope, List<String> aliases) {
    }

    record DocumentRow(DocumentNode node, @Nullable SourceNode source, List<SectionRow> sections, List<TaskRow> tasks,
                       List<TargetRow> targets, List<IssuerRow> issuers, List<ResponsibilityRow> responsibilities,
                       List<MentionRow> schools) {
    }

    record DocumentNode(String id, String file, @Nullable String title, String titleKey, @Nullable String issuer,
                        @Nullable String docNumber, @Nullable String region, @Nullable String date, String contentHash,
                        String fingerprint, String parserVersion, long taskCount, long taskKeyCount,
                        @Nullable List<String> warnings, @Nullable String originalName, @Nullable String originalType,
                        @Nullable String originalMediaType, long originalSize, @Nullable String originalSha256) {
    }

    record SourceNode(String id, String text) {
    }

    /** @param parent the position of the parent section in the document's sections; null at the top */
    record SectionRow(@Nullable Integer parent, SectionNode node) {
    }

    record SectionNode(String id, String path, String number, String title, int level, String kind,
                       boolean inferredNumber, int position) {
    }

    /** @param section the position of its section in the document's sections; null outside sections */
    record TaskRow(@Nullable Integer section, TaskNode node) {
    }

    record TaskNode(String id, String key, String kind, String number, String title, String titleKey, String text,
                    @Nullable String clause, @Nullable String deadline, boolean leadByConvention, int position,
                    @Nullable String sketchKey,
                    @Nullable String dueDate, @Nullable String dueKind, @Nullable String overdueFrom, String status,
                    @Nullable String progressNote, @Nullable String progressAsOf, @Nullable String progressBy,
                    @Nullable String progressAt) {
    }

    /** @param task the position of the task stating it in the document's tasks; null for a goal of the document */
    record TargetRow(@Nullable Integer task, TargetNode node) {
    }

    record TargetNode(String id, String text, String metric, String comparator, double value, String unit,
                      @Nullable Integer year, int position) {
    }

    record IssuerRow(String unitId, int position) {
    }

    /** @param type the relationship type of the role ({@link Role#relationshipType()}) */
    record ResponsibilityRow(int task, String unitId, String type, int position) {
    }

    /** @param tasks positions of the document's tasks that name the school */
    record MentionRow(String schoolId, List<Integer> tasks) {
    }

    record ReportsToRow(String unitId, String parentId) {
    }

    /** Tasks of one task tally (task-tally-add-created): '' for a value a task does not have. */
    record TallyRow(String kind, String status, String overdueFrom, String dueYear, long count) {
    }

    /** Responsibilities of one unit for tasks (unit-workload-add-created). */
    record WorkloadRow(String unitId, long count) {
    }

    /**
     * The tasks of these documents counted by task tally, as task-tally-add counts them once stored: kind, state of
     * progress, overdue day and the first four characters of the deadline, '' for none.
     */
    List<TallyRow> tallies() {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        for (DocumentRow d : documents) {
            for (TaskRow t : d.tasks()) {
                TaskNode n = t.node();
                String due = n.dueDate() == null ? "" : n.dueDate().length() <= 4 ? n.dueDate()
                        : n.dueDate().substring(0, 4);
                counts.merge(List.of(n.kind(), n.status(), n.overdueFrom() == null ? "" : n.overdueFrom(), due), 1L,
                        Long::sum);
            }
        }
        List<TallyRow> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new TallyRow(k.get(0), k.get(1), k.get(2), k.get(3), n)));
        return out;
    }

    /**
     * The responsibilities for the tasks of these documents counted by unit (each one relationship, as
     * documents-create writes them), as unit-workload-add counts them once stored.
     */
    List<WorkloadRow> workloads() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (DocumentRow d : documents) {
            d.responsibilities().forEach(r -> counts.merge(r.unitId(), 1L, Long::sum));
        }
        List<WorkloadRow> out = new ArrayList<>();
        counts.forEach((u, n) -> out.add(new WorkloadRow(u, n)));
        return out;
    }

    static DocumentRows of(List<Document> documents) {
        Map<String, NamedRow> units = new LinkedHashMap<>();
        Map<String, NamedRow> schools = new LinkedHashMap<>();
        Set<ReportsToRow> reportsTo = new LinkedHashSet<>();
        List<DocumentRow> rows = new ArrayList<>();
        for (Document d : documents) {
            rows.add(document(d, units, schools, reportsTo));
        }
        return new DocumentRows(List.copyOf(units.values()), List.copyOf(schools.values()), rows,
                List.copyOf(reportsTo));
    }

    private static DocumentRow document(Document d, Map<String, NamedRow> units, Map<String, NamedRow> schools,
                                        Set<ReportsToRow> reportsTo) {
        DocumentNode node = new DocumentNode(d.getId(), d.getFile(), d.getTitle(), d.getTitleKey(), d.getIssuer(),
                d.getDocNumber(), d.getRegion(), d.getDate() == null ? null : d.getDate().toString(),
                d.getContentHash(), d.getFingerprint(), d.getParserVersion(), d.getTaskCount(), d.getTaskKeyCount(),
                d.getWarnings().isEmpty() ? null : d.getWarnings(), d.getOriginalName(), d.getOriginalType(),
                d.getOriginalMediaType(), d.getOriginalSize(), d.getOriginalSha256());
        SourceNode source = d.getSource() == null ? null
                : new SourceNode(d.getSource().getId(), d.getSource().getText());

        List<SectionRow> sections = new ArrayList<>();
        Map<Section, Integer> sectionAt = new HashMap<>();
        d.getSections().forEach(s -> section(s, null, sections, sectionAt));

        List<TaskRow> tasks = new ArrayList<>();
        Map<Task, Integer> taskAt = new HashMap<>();
        Map<List<Object>, ResponsibilityRow> responsibilities = new LinkedHashMap<>();
        for (Task t : d.getTasks()) {
            int at = tasks.size();
            taskAt.put(t, at);
            tasks.add(new TaskRow(t.getSection() == null ? null : sectionAt.get(t.getSection()),
                    new TaskNode(t.getId(), t.getKey(), t.getKind().code(), t.getNumber(), t.getTitle(),
                            t.getTitleKey(), t.getText(), t.getClause(), t.getDeadline(), t.getLeadByConvention(),
                            t.getPosition(), t.getSketchKey(), text(t.getDueDate()), t.getDueKind() == null ? null : t.getDueKind().name(),
                            text(t.getOverdueFrom()), t.getStatus().name(), t.getProgressNote(),
                            text(t.getProgressAsOf()), t.getProgressBy(), text(t.getProgressAt()))));
            for (Role role : Role.values()) {
                for (Responsibility r : t.getResponsibilities(role)) {
                    unit(r.getUnit(), units, reportsTo);
                    // a unit listed twice in one role is one relationship, at its last position
                    responsibilities.put(List.of(at, r.getUnit().getId(), role),
                            new ResponsibilityRow(at, r.getUnit().getId(), role.relationshipType(), r.getPosition()));
                }
            }
        }

        List<TargetRow> targets = new ArrayList<>();
        for (Target g : d.getTargets()) {
            targets.add(new TargetRow(g.getTask() == null ? null : taskAt.get(g.getTask()),
                    new TargetNode(g.getId(), g.getText(), g.getMetric(), g.getComparator().symbol(), g.getValue(),
                            g.getUnit(), g.getYear(), g.getPosition())));
        }

        List<IssuerRow> issuers = new ArrayList<>();
        for (Issuance i : d.getIssuances()) {
            unit(i.getUnit(), units, reportsTo);
            issuers.add(new IssuerRow(i.getUnit().getId(), i.getPosition()));
        }

        List<MentionRow> mentions = new ArrayList<>();
        for (School s : d.getSchools()) {
            merge(schools, s);
            mentions.add(new MentionRow(s.getId(), s.getTasks().stream().filter(taskAt::containsKey)
                    .map(taskAt::get).toList()));
        }
        return new DocumentRow(node, source, sections, tasks, targets, issuers,
                List.copyOf(responsibilities.values()), mentions);
    }

    /** Dates and instants as OGM stores them: ISO-8601 text. */
    private static @Nullable String text(@Nullable Object temporal) {
        return temporal == null ? null : temporal.toString();
    }

    /** The section and, after it, its subsections: parents always before their children. */
    private static void section(Section s, @Nullable Integer parent, List<SectionRow> rows, Map<Section, Integer> at) {
        int position = rows.size();
        at.put(s, position);
        rows.add(new SectionRow(parent, new SectionNode(s.getId(), s.getPath(), s.getNumber(), s.getTitle(),
                s.getLevel(), s.getKind().code(), s.getInferredNumber(), s.getPosition())));
        s.getSubsections().forEach(sub -> section(sub, position, rows, at));
    }

    /** The unit and the bodies above it. */
    private static void unit(Unit u, Map<String, NamedRow> units, Set<ReportsToRow> reportsTo) {
        merge(units, u);
        Unit parent = u.getParent();
        if (parent != null && reportsTo.add(new ReportsToRow(u.getId(), parent.getId()))) {
            unit(parent, units, reportsTo);
        }
    }

    private static void merge(Map<String, NamedRow> rows, NamedInRegion n) {
        NamedRow known = rows.get(n.getId());
        List<String> aliases = new ArrayList<>(known == null ? List.of() : known.aliases());
        n.getAliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
        rows.put(n.getId(), new NamedRow(n.getId(), n.getName(), n.getScope(), aliases));
    }
}
