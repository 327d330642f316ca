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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Documents of {@code dev.policygraph.graph} as the {@code $rows} of the bulk write queries (cypher/write), one list
 * per query for a whole batch. A row says where a node goes (the ids of the nodes it hangs off) and, in {@code node},
 * its properties: exactly those of its entity, so that OGM reads back what was written.
 */
record DocumentRows(List<NodeRow<DocumentNode>> documents, List<SourceRow> sources, List<SectionRow> sections,
                    List<TaskRow> tasks, List<TargetRow> targets, List<NamedRow> units, List<NamedRow> schools,
                    List<IssuerRow> issuers, List<ResponsibilityRow> responsibilities, List<ReportsToRow> reportsTo,
                    List<MentionRow> mentions) {

    record NodeRow<N>(N node) {
    }

    record DocumentNode(String id, String file, @Nullable String title, String titleKey, @Nullable String issuer,
                        @Nullable String docNumber, @Nullable String region, @Nullable String date, String contentHash,
                        String fingerprint, String parserVersion, long taskCount, long taskKeyCount,
                        @Nullable List<String> warnings) {
    }

    record SourceRow(String documentId, SourceNode node) {
    }

    record SourceNode(String id, String text) {
    }

    record SectionRow(String documentId, @Nullable String parentId, SectionNode node) {
    }

    record SectionNode(String id, String path, String number, String title, int level, String kind,
                       boolean inferredNumber, int position) {
    }

    record TaskRow(String documentId, @Nullable String sectionId, TaskNode node) {
    }

    record TaskNode(String id, String key, String kind, String number, String title, String titleKey, String text,
                    @Nullable String clause, @Nullable String deadline, boolean leadByConvention, int position) {
    }

    record TargetRow(String documentId, @Nullable String taskId, TargetNode node) {
    }

    record TargetNode(String id, String text, String metric, String comparator, double value, String unit,
                      @Nullable Integer year, int position) {
    }

    /** A unit or school: merged by id, its aliases added. */
    record NamedRow(String id, String name, String scope, List<String> aliases) {
    }

    record IssuerRow(String documentId, String unitId, int position) {
    }

    record ResponsibilityRow(String unitId, String taskId, String type, int position) {
    }

    record ReportsToRow(String unitId, String parentId) {
    }

    record MentionRow(String documentId, String schoolId, List<String> taskIds) {
    }

    static DocumentRows of(List<Document> documents) {
        Builder b = new Builder();
        documents.forEach(b::add);
        return new DocumentRows(b.documents, b.sources, b.sections, b.tasks, b.targets, named(b.units),
                named(b.schools), b.issuers, b.responsibilities, List.copyOf(b.reportsTo), b.mentions);
    }

    private static List<NamedRow> named(Map<String, NamedRow> byId) {
        return List.copyOf(byId.values());
    }

    private static final class Builder {
        final List<NodeRow<DocumentNode>> documents = new ArrayList<>();
        final List<SourceRow> sources = new ArrayList<>();
        final List<SectionRow> sections = new ArrayList<>();
        final List<TaskRow> tasks = new ArrayList<>();
        final List<TargetRow> targets = new ArrayList<>();
        final Map<String, NamedRow> units = new LinkedHashMap<>();
        final Map<String, NamedRow> schools = new LinkedHashMap<>();
        final List<IssuerRow> issuers = new ArrayList<>();
        final List<ResponsibilityRow> responsibilities = new ArrayList<>();
        final Set<ReportsToRow> reportsTo = new LinkedHashSet<>();
        final List<MentionRow> mentions = new ArrayList<>();

        void add(Document d) {
            String id = d.getId();
            documents.add(new NodeRow<>(new DocumentNode(id, d.getFile(), d.getTitle(), d.getTitleKey(), d.getIssuer(),
                    d.getDocNumber(), d.getRegion(), d.getDate() == null ? null : d.getDate().toString(),
                    d.getContentHash(), d.getFingerprint(), d.getParserVersion(), d.getTaskCount(),
                    d.getTaskKeyCount(), d.getWarnings().isEmpty() ? null : d.getWarnings())));
            if (d.getSource() != null) {
                sources.add(new SourceRow(id, new SourceNode(d.getSource().getId(), d.getSource().getText())));
            }
            for (Issuance i : d.getIssuances()) {
                unit(i.getUnit());
                issuers.add(new IssuerRow(id, i.getUnit().getId(), i.getPosition()));
            }
            d.getSections().forEach(s -> section(id, null, s));
            for (Task t : d.getTasks()) {
                tasks.add(new TaskRow(id, t.getSection() == null ? null : t.getSection().getId(),
                        new TaskNode(t.getId(), t.getKey(), t.getKind().code(), t.getNumber(), t.getTitle(),
                                t.getTitleKey(), t.getText(), t.getClause(), t.getDeadline(), t.getLeadByConvention(),
                                t.getPosition())));
                for (Role role : Role.values()) {
                    for (Responsibility r : t.getResponsibilities(role)) {
                        unit(r.getUnit());
                        responsibilities.add(new ResponsibilityRow(r.getUnit().getId(), t.getId(),
                                role.relationshipType(), r.getPosition()));
                    }
                }
            }
            for (School s : d.getSchools()) {
                merge(schools, s);
                mentions.add(new MentionRow(id, s.getId(), s.getTasks().stream()
                        .filter(t -> t.getDocument() == d).map(Task::getId).toList()));
            }
            for (Target g : d.getTargets()) {
                targets.add(new TargetRow(id, g.getTask() == null ? null : g.getTask().getId(),
                        new TargetNode(g.getId(), g.getText(), g.getMetric(), g.getComparator().symbol(), g.getValue(),
                                g.getUnit(), g.getYear(), g.getPosition())));
            }
        }

        private void section(String documentId, @Nullable String parentId, Section s) {
            sections.add(new SectionRow(documentId, parentId, new SectionNode(s.getId(), s.getPath(), s.getNumber(),
                    s.getTitle(), s.getLevel(), s.getKind().code(), s.getInferredNumber(), s.getPosition())));
            s.getSubsections().forEach(sub -> section(documentId, s.getId(), sub));
        }

        /** The unit and the bodies above it. */
        private void unit(Unit u) {
            merge(units, u);
            Unit parent = u.getParent();
            if (parent != null && reportsTo.add(new ReportsToRow(u.getId(), parent.getId()))) {
                unit(parent);
            }
        }

        private static void merge(Map<String, NamedRow> rows, NamedInRegion n) {
            NamedRow known = rows.get(n.getId());
            List<String> aliases = new ArrayList<>(known == null ? List.of() : known.aliases());
            n.getAliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
            rows.put(n.getId(), new NamedRow(n.getId(), n.getName(), n.getScope(), aliases));
        }
    }
}
