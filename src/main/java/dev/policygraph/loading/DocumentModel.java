package dev.policygraph.loading;

import dev.policygraph.analysis.DuplicateRule;
import dev.policygraph.graph.Comparator;
import dev.policygraph.graph.Document;
import dev.policygraph.graph.DueKind;
import dev.policygraph.graph.NamedInRegion;
import dev.policygraph.graph.Role;
import dev.policygraph.graph.School;
import dev.policygraph.graph.Section;
import dev.policygraph.graph.Target;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.TaskKind;
import dev.policygraph.graph.Unit;
import dev.policygraph.ingest.DocumentMeta;
import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParseException;
import dev.policygraph.ingest.ParsedDocument;
import dev.policygraph.ingest.ParsedSection;
import dev.policygraph.ingest.ParsedTarget;
import dev.policygraph.ingest.ParsedTask;
import dev.policygraph.ingest.SchoolRef;
import dev.policygraph.ingest.TitleKey;
import dev.policygraph.ingest.UnitRef;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A parsed document as the graph model: a {@link Document} with its sections, tasks, targets, units and schools
 * linked. Identity: a document is its file name without extension; sections and tasks are qualified by it (document
 * id / section path, document id / task key, with ~position appended to a task key that occurs twice); targets are
 * document id / target-n; units and schools are qualified by the region they belong to (region/canonical name).
 */
final class DocumentModel {

    private DocumentModel() {
    }

    static String documentId(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** The document; a parse the model cannot hold (unknown kind, date not ISO) is a ParseException naming the file. */
    static Document of(ParsedDocument d) {
        try {
            return model(d);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new ParseException(d.file(), e.getMessage());
        }
    }

    private static Document model(ParsedDocument d) {
        String id = documentId(d.file());
        DocumentMeta meta = d.meta();
        Document document = new Document(id, d.file(), meta.title(), TitleKey.of(meta.title()), meta.issuer(),
                meta.docNumber(), meta.regionName(), meta.date() == null ? null : LocalDate.parse(meta.date()),
                d.contentHash(), d.fingerprint(), DocumentParser.VERSION,
                d.tasks().stream().filter(t -> TaskKind.of(t.kind()) == TaskKind.TASK).count(),
                d.tasks().stream().map(t -> t.key() + "|" + TitleKey.of(t.title())).distinct().count());
        document.setWarnings(d.warnings());
        document.setSource(d.text());
        Map<String, Unit> units = new HashMap<>();
        String scope = meta.regionName() == null ? "" : meta.regionName();
        for (String issuer : meta.issuers()) {
            document.addIssuer(units.computeIfAbsent(NamedInRegion.idOf(scope, issuer), k -> new Unit(scope, issuer)));
        }

        Map<String, Section> sections = new HashMap<>();
        for (int i = 0; i < d.sections().size(); i++) {
            ParsedSection s = d.sections().get(i);
            Section section = new Section(id + "/" + s.path(), s.path(), s.number(), s.title(), s.level(),
                    TaskKind.of(s.kind()), s.inferredNumber(), i);
            Section parent = s.parentPath() == null ? null : sections.get(s.parentPath());
            if (parent == null) {
                document.addSection(section);
            } else {
                parent.addSubsection(section);
            }
            sections.putIfAbsent(s.path(), section);
        }

        Map<String, Task> tasksByKey = new HashMap<>();
        Map<String, Task> tasksById = new HashMap<>();
        for (int i = 0; i < d.tasks().size(); i++) {
            ParsedTask t = d.tasks().get(i);
            String taskId = id + "/" + t.key();
            if (tasksById.containsKey(taskId)) {
                taskId = taskId + "~" + (i + 1);
            }
            Task task = new Task(taskId, t.key(), TaskKind.of(t.kind()), t.printedNumber(), t.title(), TitleKey.of(t.title()),
                    t.text(), t.clause(), t.deadline(), t.leadByConvention(), i);
            if (t.due() != null) {
                task.setDue(DueKind.valueOf(t.due().kind().name()), t.due().date());
            }
            tasksById.put(taskId, task);
            tasksByKey.putIfAbsent(t.key(), task);
            document.addTask(task);
            Section section = t.sectionPath() == null ? null : sections.get(t.sectionPath());
            if (section != null) {
                section.addTask(task);
            }
            assign(task, t.leads(), Role.LEAD, units);
            assign(task, t.co(), Role.CO_RESPONSIBLE, units);
        }

        markSketch(document);

        Map<String, School> schools = new HashMap<>();
        for (SchoolRef s : d.schools()) {
            String schoolScope = s.scope() == null ? "" : s.scope();
            School school = schools.computeIfAbsent(NamedInRegion.idOf(schoolScope, s.canonical()),
                    k -> new School(schoolScope, s.canonical()));
            school.addAlias(s.name());
            document.addSchool(school);
            for (String key : s.taskKeys()) {
                Task task = tasksByKey.get(key);
                if (task != null) {
                    task.addSchool(school);
                }
            }
        }

        for (int i = 0; i < d.targets().size(); i++) {
            ParsedTarget t = d.targets().get(i);
            Target target = new Target(id + "/target-" + (i + 1), t.text(), t.metric(), Comparator.of(t.comparator()),
                    t.value(), t.unit(), t.year(), i);
            document.addTarget(target);
            Task task = t.taskKey() == null ? null : tasksByKey.get(t.taskKey());
            if (task != null) {
                task.addTarget(target);
            }
        }
        return document;
    }

    /** Task keys (key | title key) of a document, in reading order, each once: what DuplicateRule compares. */
    static Set<String> taskKeys(Document document) {
        Set<String> keys = new LinkedHashSet<>();
        document.getTasks().forEach(t -> keys.add(t.getKey() + "|" + t.getTitleKey()));
        return keys;
    }

    /** Marks the tasks of the document's duplicate sketch, by which duplicates of nearly the same tasks are found. */
    private static void markSketch(Document document) {
        Set<String> sketch = new HashSet<>(DuplicateRule.sketch(taskKeys(document)));
        for (Task t : document.getTasks()) {
            String key = t.getKey() + "|" + t.getTitleKey();
            if (sketch.contains(key)) {
                t.setSketchKey(key);
            }
        }
    }

    private static void assign(Task task, List<UnitRef> refs, Role role, Map<String, Unit> units) {
        for (UnitRef ref : refs) {
            Unit unit = unit(units, ref.scope(), ref.canonical());
            unit.addAlias(ref.name());
            if (ref.parent() != null) {
                unit.reportTo(unit(units, ref.scope(), ref.parent()));
            }
            task.assign(unit, role);
        }
    }

    private static Unit unit(Map<String, Unit> units, @Nullable String scope, String name) {
        String s = scope == null ? "" : scope;
        return units.computeIfAbsent(NamedInRegion.idOf(s, name), k -> new Unit(s, name));
    }
}
